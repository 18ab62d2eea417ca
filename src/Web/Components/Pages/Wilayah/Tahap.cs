namespace Kinerja.Web.Components.Pages.Wilayah;

using Kinerja.Web.Components.UI;

/// <summary>
/// The rows of each stage's summary from its counts, in the order of the year, each linked to the list it counts.
/// <paramref name="npsn"/> narrows the links to one school and <paramref name="tahun"/> keeps a past year chosen; <c>tautan: false</c> leaves the numbers unlinked (a principal's own page).
/// </summary>
public static class Tahap
{
    public static IReadOnlyList<RingkasanTahap.Batang> Data(IReadOnlyDictionary<string, long> n, string? npsn, bool tautan = true, int? tahun = null) =>
    [
        new("Padan", n.GetValueOrDefault("Padan"), tautan ? Kueri("/pegawai", npsn, ("statusPadan", "Padan"), tahun) : null, "hijau"),
        new("Belum padan", n.GetValueOrDefault("BelumPadan"), tautan ? Kueri("/pegawai", npsn, ("statusPadan", "BelumPadan"), tahun) : null, "kuning"),
    ];

    public static IReadOnlyList<RingkasanTahap.Batang> Skp(IReadOnlyDictionary<string, long> n, string? npsn, bool tautan = true, int? tahun = null) =>
        Teks.StatusSkpSemua.Select(s => new RingkasanTahap.Batang(Teks.StatusSkpSingkat(s), n.GetValueOrDefault(s),
            tautan ? Kueri("/wilayah/skp", npsn, ("status", s), tahun) : null, s == "Disepakati" ? "hijau" : null)).ToList();

    public static IReadOnlyList<RingkasanTahap.Batang> Siklus(IReadOnlyDictionary<string, long> n, string? npsn, bool tautan = true, int? tahun = null) =>
        Teks.TahapSiklusSemua.Select(t => new RingkasanTahap.Batang(Teks.TahapSiklus(t), n.GetValueOrDefault(t),
            tautan ? Kueri("/wilayah/siklus", npsn, ("tahap", t), tahun) : null, t == "Selesai" ? "hijau" : null)).ToList();

    public static IReadOnlyList<RingkasanTahap.Batang> Penilaian(IReadOnlyDictionary<string, long> n, string? npsn, bool tautan = true, int? tahun = null) =>
        Teks.StatusPenilaianSemua.Select(s => new RingkasanTahap.Batang(Teks.StatusPenilaian(s), n.GetValueOrDefault(s),
            tautan ? Kueri("/wilayah/penilaian", npsn, ("status", s), tahun) : null, s == "Ditetapkan" ? "hijau" : null)).ToList();

    public static IReadOnlyList<RingkasanTahap.Batang> Predikat(IReadOnlyDictionary<string, long> n, string? npsn, bool tautan = true, int? tahun = null) =>
        Teks.PredikatSemua.Select(p => new RingkasanTahap.Batang(Teks.Predikat(p), n.GetValueOrDefault(p),
            tautan ? Kueri("/wilayah/penilaian", npsn, ("predikat", p), tahun) : null)).ToList();

    /// <summary>A list's address, narrowed; a past year (<paramref name="tahun"/>) carried on, this year left out.</summary>
    public static string Kueri(string path, string? npsn, (string, object?) saringan, int? tahun) => Klien.Kueri.Dari(path, ("npsn", npsn), saringan, ("tahun", tahun));
}
