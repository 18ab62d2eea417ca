namespace Kinerja.Domain.Tests.Observasi;

using Kinerja.Observasi.Katalog;
using Microsoft.Extensions.Configuration;

/// <summary>Issue 30, item 6: the focus behaviours a sub-indicator is observed by, built in where a source gives them.</summary>
public class PerilakuFokusTests
{
    private static PerilakuFokus Dari(Dictionary<string, string?>? konfigurasi = null) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(konfigurasi ?? []).Build());

    [Fact]
    public void penerapan_disiplin_positif_is_observed_by_pmms_three_focus_behaviours()
    {
        var fokus = Dari().Untuk("G-MK-2");
        Assert.Equal(["RDK", "PPS", "RST"], fokus.Select(p => p.Kode));
        Assert.Contains("restitusi", fokus[2].Nama, StringComparison.Ordinal);
    }

    [Fact]
    public void configuration_overrides_and_a_sub_indicator_without_a_source_has_none()
    {
        Assert.Empty(Dari().Untuk("G-AK-2"));
        var dikonfigurasi = Dari(new() { ["PerilakuFokus:G-AK-2:0:Kode"] = "CTH", ["PerilakuFokus:G-AK-2:0:Nama"] = "contoh kontekstual" }).Untuk("G-AK-2");
        Assert.Equal(new Perilaku("CTH", "contoh kontekstual"), Assert.Single(dikonfigurasi));
    }
}
