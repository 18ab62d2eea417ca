using Kinerja.DataPegawai.Sekolah;
using Kinerja.ServiceDefaults.Problems;
using Domain = Kinerja.DataPegawai.Sekolah.Sekolah;

namespace Kinerja.DataPegawai.Tests.Sekolah;

/// <summary>Given events, when a command, then events or a refusal: no database.</summary>
public class SekolahTests
{
    private const string Npsn = "20219999";
    private const string Kepala = "197505102000031002";
    private static readonly DateOnly Hari = new(2026, 1, 5);

    private static Domain Terdaftar() => Domain.Create(new SekolahDidaftarkan(Npsn, "SD Negeri 1", "3273"));

    [Fact]
    public void registering_a_new_school_records_it()
    {
        var events = Domain.Simpan(null, Npsn, "SD Negeri 1", "3273");
        Assert.Equal([new SekolahDidaftarkan(Npsn, "SD Negeri 1", "3273")], events);
    }

    [Fact]
    public void saving_what_the_school_already_says_appends_nothing() =>
        Assert.Empty(Domain.Simpan(Terdaftar(), Npsn, "SD Negeri 1", "3273"));

    [Fact]
    public void renaming_a_school_records_the_change()
    {
        var events = Domain.Simpan(Terdaftar(), Npsn, "SD Negeri 1 Bandung", "3273");
        Assert.Equal([new SekolahDiperbarui(Npsn, "SD Negeri 1 Bandung", "3273")], events);
    }

    [Fact]
    public void assigning_a_principal_carries_the_school_wilayah()
    {
        var events = Terdaftar().TugaskanKepala(Kepala, plt: false, Hari);
        Assert.Equal([new KepalaSekolahDitugaskan(Npsn, Kepala, false, Hari, "3273")], events);
    }

    [Fact]
    public void repeating_the_current_assignment_appends_nothing()
    {
        var sekolah = Terdaftar().Apply(new KepalaSekolahDitugaskan(Npsn, Kepala, false, Hari, "3273"));
        Assert.Empty(sekolah.TugaskanKepala(Kepala, plt: false, Hari.AddDays(3)));
    }

    [Fact]
    public void a_plt_becoming_definitive_is_a_new_assignment()
    {
        var sekolah = Terdaftar().Apply(new KepalaSekolahDitugaskan(Npsn, Kepala, true, Hari, "3273"));
        var events = sekolah.TugaskanKepala(Kepala, plt: false, Hari.AddMonths(1));
        Assert.Single(events);
        Assert.False(((KepalaSekolahDitugaskan)events[0]).Plt);
    }

    [Fact]
    public void a_new_principal_cannot_start_before_the_current_one()
    {
        var sekolah = Terdaftar().Apply(new KepalaSekolahDitugaskan(Npsn, Kepala, false, Hari, "3273"));
        var error = Assert.Throws<KonflikException>(() => sekolah.TugaskanKepala("198001012005011001", false, Hari.AddDays(-1)));
        Assert.Contains("2026-01-05", error.Message);
    }
}
