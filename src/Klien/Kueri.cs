namespace Kinerja.Klien;

/// <summary>A path with its query string, leaving out empty values: a list's filters are optional.</summary>
public static class Kueri
{
    public static string Dari(string path, params (string Nama, object? Nilai)[] nilai)
    {
        var isi = nilai.Where(n => n.Nilai is not null && n.Nilai.ToString() is { Length: > 0 })
            .Select(n => $"{n.Nama}={Uri.EscapeDataString(Convert.ToString(n.Nilai, System.Globalization.CultureInfo.InvariantCulture)!)}")
            .ToList();
        return isi.Count == 0 ? path : $"{path}?{string.Join('&', isi)}";
    }
}
