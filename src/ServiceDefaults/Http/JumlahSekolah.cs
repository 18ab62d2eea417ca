namespace Kinerja.ServiceDefaults.Http;

/// <summary>
/// One school's count per key (a status, a step, a predikat): the shape of every service's per-school progress
/// (<c>…/ringkasan/sekolah</c>), so a dashboard lays the stages side by side without knowing each service.
/// </summary>
public sealed record JumlahSekolah(string Npsn, IReadOnlyDictionary<string, long> Jumlah)
{
    /// <summary>Counts (school, key) pairs, schools in NPSN order.</summary>
    public static IReadOnlyList<JumlahSekolah> Hitung(IEnumerable<(string Npsn, string Kunci)> baris) =>
        baris.GroupBy(b => b.Npsn, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new JumlahSekolah(g.Key, g.GroupBy(b => b.Kunci, StringComparer.Ordinal).ToDictionary(x => x.Key, x => (long)x.Count())))
            .ToList();
}
