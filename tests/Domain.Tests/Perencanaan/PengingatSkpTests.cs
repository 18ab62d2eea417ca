namespace Kinerja.Domain.Tests.Perencanaan;

using Kinerja.Perencanaan.Pengingat;
using Kinerja.Perencanaan.Periode;
using Kinerja.ServiceDefaults.Pengingat;

/// <summary>When the planning window's reminders are due, and how a reminder's key names its stream.</summary>
public class PengingatSkpTests
{
    private static readonly Rentang Januari = new(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31));

    private static int? Pada(int hari) => PengingatSkp.TahapBatas(new JendelaTahun(new DateOnly(2027, 1, hari), Januari, new(new(2027, 7, 1), new(2027, 7, 31))));

    [Fact]
    public void the_seven_day_reminder_from_seven_days_before_the_close_and_the_one_day_reminder_from_the_day_before_until_the_last_day()
    {
        Assert.Null(Pada(23));
        Assert.Equal(7, Pada(24));
        // a job that was down on the 24th still sends it later: the occasion is "7 days or fewer", not "exactly 7"
        Assert.Equal(7, Pada(29));
        Assert.Equal(1, Pada(30));
        Assert.Equal(1, Pada(31));
        Assert.Null(PengingatSkp.TahapBatas(new JendelaTahun(new DateOnly(2027, 2, 1), Januari, new(new(2027, 7, 1), new(2027, 7, 31)))));
    }

    [Fact]
    public void a_key_names_one_stream_on_every_instance_and_different_keys_never_share_one()
    {
        var kunci = "batas-perencanaan:2027:7:198807072012012007";
        Assert.Equal(Pengingat.IdDari(kunci), Pengingat.IdDari(kunci));
        Assert.NotEqual(Pengingat.IdDari(kunci), Pengingat.IdDari("batas-perencanaan:2027:1:198807072012012007"));
        Assert.Equal(8, Pengingat.IdDari(kunci).Version);
        Assert.Equal(Pengingat.IdDari(kunci), new Pengingat(kunci, JenisPengingat.BatasPerencanaan, "x", "j", "i", "/").Id);
    }
}
