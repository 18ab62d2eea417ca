namespace Kinerja.Domain.Tests.Perencanaan;

using Kinerja.Perencanaan.Periode;
using Microsoft.Extensions.Configuration;

/// <summary>The windows of a year from configuration, and one year's moved by whole dates (a Dinas extending a deadline).</summary>
public class JendelaTests
{
    private sealed class Jam(DateTimeOffset kini) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => kini;
    }

    private static Jendela Dari(DateTimeOffset kini, params (string Kunci, string Nilai)[] pengaturan) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(pengaturan.ToDictionary(p => p.Kunci, p => (string?)p.Nilai)).Build(), new Jam(kini));

    [Fact]
    public void by_default_january_plans_and_july_adjusts_each_year()
    {
        var j = Dari(new DateTimeOffset(2026, 1, 15, 3, 0, 0, TimeSpan.Zero)).Untuk(2026);
        Assert.Equal(new Rentang(new(2026, 1, 1), new(2026, 1, 31)), j.Perencanaan);
        Assert.Equal(new Rentang(new(2026, 7, 1), new(2026, 7, 31)), j.Penyesuaian);
        Assert.True(j.DalamPerencanaan);
    }

    [Fact]
    public void one_years_window_moved_by_whole_dates_lets_its_late_plans_be_written_and_leaves_the_other_years_alone()
    {
        var jendela = Dari(new DateTimeOffset(2026, 2, 10, 3, 0, 0, TimeSpan.Zero), ("Periode:Tahun:2026:Perencanaan:Selesai", "2026-02-15"),
            ("Periode:Perencanaan:Mulai", "01-02"));
        var diperpanjang = jendela.Untuk(2026);
        Assert.Equal(new Rentang(new(2026, 1, 2), new(2026, 2, 15)), diperpanjang.Perencanaan);
        Assert.True(diperpanjang.DalamPerencanaan);
        Assert.Equal(new Rentang(new(2027, 1, 2), new(2027, 1, 31)), jendela.Untuk(2027).Perencanaan);
    }
}
