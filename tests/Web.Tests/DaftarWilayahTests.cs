namespace Kinerja.Web.Tests;

using Kinerja.Web.Data;

/// <summary>Issue 25, item 2: the Kemendagri codes ship with their names; an unknown code shows the code alone.</summary>
public sealed class DaftarWilayahTests
{
    [Theory]
    [InlineData("3273", "Kota Bandung (3273)")]
    [InlineData("3204", "Kabupaten Bandung (3204)")]
    [InlineData("32", "Jawa Barat (32)")]
    [InlineData("96", "Papua Barat Daya (96)")]
    [InlineData("9999", "9999")]
    [InlineData(null, "-")]
    public void a_region_is_shown_by_its_name_and_code(string? kode, string teks) => Assert.Equal(teks, DaftarWilayah.Teks(kode));

    [Fact]
    public void the_list_has_every_province_and_kabupaten_kota_of_kepmendagri_2025()
    {
        var kode = Enumerable.Range(11, 86).Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).Where(k => DaftarWilayah.NamaDari(k) is not null).ToList();
        Assert.Equal(38, kode.Count);
        var kabupatenKota = Enumerable.Range(1100, 8700).Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Count(k => DaftarWilayah.NamaDari(k) is not null);
        Assert.Equal(514, kabupatenKota);
    }
}
