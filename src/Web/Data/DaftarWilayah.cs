namespace Kinerja.Web.Data;

using System.Collections.Frozen;

/// <summary>
/// The names of Indonesia's provinces and kabupaten/kota by their Kemendagri codes (kode-wilayah.csv: 38 provinces and
/// 514 kabupaten/kota, Kepmendagri No 300.2.2-2138 Tahun 2025, as compiled by cahyadsn/wilayah, MIT), so a page says
/// "Kota Bandung (3273)" where it had only the code. A code the list does not know is shown as it is.
/// </summary>
public static class DaftarWilayah
{
    private static readonly Lazy<FrozenDictionary<string, string>> Nama = new(Muat);

    /// <summary>The region's name, or null for a code the list does not have.</summary>
    public static string? NamaDari(string? kode) => kode is null ? null : Nama.Value.GetValueOrDefault(kode);

    /// <summary>"Kota Bandung (3273)"; the code alone when unknown; "-" when there is none.</summary>
    public static string Teks(string? kode) =>
        string.IsNullOrWhiteSpace(kode) ? "-" : NamaDari(kode) is { } nama ? $"{nama} ({kode})" : kode;

    private static FrozenDictionary<string, string> Muat()
    {
        using var stream = typeof(DaftarWilayah).Assembly.GetManifestResourceStream("Kinerja.Web.Data.kode-wilayah.csv")
            ?? throw new InvalidOperationException("kode-wilayah.csv is not embedded in Web.");
        using var reader = new StreamReader(stream);
        var nama = new Dictionary<string, string>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } baris)
        {
            var koma = baris.IndexOf(',', StringComparison.Ordinal);
            if (koma > 0)
            {
                nama[baris[..koma]] = baris[(koma + 1)..];
            }
        }

        return nama.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
