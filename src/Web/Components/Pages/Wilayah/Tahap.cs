namespace Kinerja.Web.Components.Pages.Wilayah;

using Kinerja.Web.Components.UI;

/// <summary>
/// The rows of each stage's summary from its counts, in the order of the year, each linked to the list it counts.
/// <paramref name="npsn"/> narrows the links to one school; a null link base leaves the numbers unlinked (a principal's own page).
/// </summary>
public static class Tahap
{
    public static IReadOnlyList<RingkasanTahap.Batang> Data(IReadOnlyDictionary<string, long> n, string? npsn, bool tautan = true) =>
    [
        new("Padan", n.GetValueOrDefault("Padan"), tautan ? Kueri("/pegawai", npsn, ("statusPadan", "Padan")) : null, "hijau"),
        new("Belum padan", n.GetValueOrDefault("BelumPadan"), tautan ? Kueri("/pegawai", npsn, ("statusPadan", "BelumPadan")) : null, "kuning"),
    ];

    public static IReadOnlyList<RingkasanTahap.Batang> Skp(IReadOnlyDictionary<string, long> n, string? npsn, bool tautan = true) =>
        Teks.StatusSkpSemua.Select(s => new RingkasanTahap.Batang(Teks.StatusSkpSingkat(s), n.GetValueOrDefault(s),
            tautan ? Kueri("/wilayah/skp", npsn, ("status", s)) : null, s == "Disepakati" ? "hijau" : null)).ToList();

    public static IReadOnlyList<RingkasanTahap.Batang> Siklus(IReadOnlyDictionary<string, long> n, string? npsn, bool tautan = true) =>
        Teks.TahapSiklusSemua.Select(t => new RingkasanTahap.Batang(Teks.TahapSiklus(t), n.GetValueOrDefault(t),
            tautan ? Kueri("/wilayah/siklus", npsn, ("tahap", t)) : null, t == "Selesai" ? "hijau" : null)).ToList();

    public static IReadOnlyList<RingkasanTahap.Batang> Penilaian(IReadOnlyDictionary<string, long> n, string? npsn, bool tautan = true) =>
        Teks.StatusPenilaianSemua.Select(s => new RingkasanTahap.Batang(Teks.StatusPenilaian(s), n.GetValueOrDefault(s),
            tautan ? Kueri("/wilayah/penilaian", npsn, ("status", s)) : null, s == "Ditetapkan" ? "hijau" : null)).ToList();

    public static IReadOnlyList<RingkasanTahap.Batang> Predikat(IReadOnlyDictionary<string, long> n, string? npsn, bool tautan = true) =>
        Teks.PredikatSemua.Select(p => new RingkasanTahap.Batang(Teks.Predikat(p), n.GetValueOrDefault(p),
            tautan ? Kueri("/wilayah/penilaian", npsn, ("predikat", p)) : null)).ToList();

    private static string Kueri(string path, string? npsn, (string, object?) saringan) => Klien.Kueri.Dari(path, ("npsn", npsn), saringan);
}
