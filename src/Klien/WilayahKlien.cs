namespace Kinerja.Klien;

public sealed record Rentang(DateOnly Mulai, DateOnly Selesai);

public sealed record Jendela(int Tahun, DateOnly HariIni, Rentang Perencanaan, Rentang Penyesuaian);

/// <summary>The four stages of a wilayah, per school, as the four services count them.</summary>
public sealed record KemajuanWilayah(IReadOnlyList<JumlahSekolah> Data, IReadOnlyList<JumlahSekolah> Skp, IReadOnlyList<JumlahSekolah> Siklus,
    IReadOnlyList<JumlahSekolah> Penilaian);

public sealed record PegawaiLokal(string Id, string Nama, string Jenjang, string Npsn);

public sealed record PosisiFeed(long Posisi, long Jumlah, DateTimeOffset? Terakhir = null);

public sealed record BarisDistribusi(string Npsn, string? Jenjang, string Predikat, long Jumlah);

/// <summary>What an operator reads about the wilayah's year across the services: progress, the lists behind it, and the reports.</summary>
public sealed class WilayahKlien(HttpClient http) : ApiKlien(http)
{
    public async Task<KemajuanWilayah> KemajuanAsync(int tahun, CancellationToken ct)
    {
        var data = AmbilAsync<IReadOnlyList<JumlahSekolah>>("/api/pegawai/ringkasan/sekolah", ct);
        var skp = AmbilAsync<IReadOnlyList<JumlahSekolah>>($"/api/perencanaan/skp/ringkasan/sekolah?tahun={tahun}", ct);
        var siklus = AmbilAsync<IReadOnlyList<JumlahSekolah>>($"/api/observasi/siklus/ringkasan/sekolah?tahun={tahun}", ct);
        var penilaian = AmbilAsync<IReadOnlyList<JumlahSekolah>>($"/api/penilaian/ringkasan/sekolah?tahun={tahun}", ct);
        await Task.WhenAll(data, skp, siklus, penilaian);
        return new KemajuanWilayah(data.Result, skp.Result, siklus.Result, penilaian.Result);
    }

    public Task<Halaman<Skp>> SkpAsync(int tahun, string? npsn, string? status, int page, CancellationToken ct) =>
        AmbilAsync<Halaman<Skp>>(Kueri.Dari("/api/perencanaan/skp", ("tahun", tahun), ("npsn", npsn), ("status", status), ("page", page), ("pageSize", 50)), ct);

    public Task<Halaman<PegawaiLokal>> BelumMulaiAsync(int tahun, string? npsn, int page, CancellationToken ct) =>
        AmbilAsync<Halaman<PegawaiLokal>>(Kueri.Dari("/api/perencanaan/skp/belum-mulai", ("tahun", tahun), ("npsn", npsn), ("page", page), ("pageSize", 50)), ct);

    public Task<Halaman<PosisiSiklus>> SiklusAsync(int tahun, string? npsn, string? tahap, int page, CancellationToken ct) =>
        AmbilAsync<Halaman<PosisiSiklus>>(Kueri.Dari("/api/observasi/siklus", ("tahun", tahun), ("npsn", npsn), ("tahap", tahap), ("page", page), ("pageSize", 50)), ct);

    public Task<Halaman<Penilaian>> PenilaianAsync(int tahun, string? npsn, string? status, string? predikat, int page, CancellationToken ct) =>
        AmbilAsync<Halaman<Penilaian>>(Kueri.Dari("/api/penilaian", ("tahun", tahun), ("npsn", npsn), ("status", status), ("predikat", predikat),
            ("page", page), ("pageSize", 50)), ct);

    public Task<IReadOnlyList<BarisDistribusi>> DistribusiAsync(string wilayah, int tahun, CancellationToken ct) =>
        AmbilAsync<IReadOnlyList<BarisDistribusi>>(Kueri.Dari("/api/penilaian/distribusi/rinci", ("wilayah", wilayah), ("tahun", tahun)), ct);

    public Task<PosisiFeed> PosisiFeedAsync(string wilayah, int tahun, CancellationToken ct) =>
        AmbilAsync<PosisiFeed>(Kueri.Dari("/api/penilaian/predikat/posisi", ("wilayah", wilayah), ("tahun", tahun)), ct);

    /// <summary>
    /// An e-Kinerja export as the API gives it (JSON or CSV), for a download; the body is passed through, not parsed.
    /// <paramref name="skp"/>: the agreed plans' export (Perencanaan), else the results' (Penilaian).
    /// </summary>
    public Task<HttpResponseMessage> EksporAsync(string wilayah, int tahun, string format, bool skp, CancellationToken ct) =>
        Http.GetAsync(Kueri.Dari(skp ? "/api/perencanaan/ekspor/e-kinerja" : "/api/penilaian/ekspor/e-kinerja", ("wilayah", wilayah), ("tahun", tahun),
            ("format", format == "csv" ? "csv" : null)), HttpCompletionOption.ResponseHeadersRead, ct);
}
