namespace Kinerja.Web.Layanan;

public sealed record KepalaSekolah(string Nip, bool Plt, DateOnly BerlakuSejak);

public sealed record Sekolah(string Npsn, string Nama, string Wilayah, KepalaSekolah? Kepala);

/// <summary>Schools and their principals, for the operator of a wilayah.</summary>
public sealed class SekolahKlien(HttpClient http) : ApiKlien(http)
{
    private const string Dasar = "/api/sekolah";

    public Task<Halaman<Sekolah>> DaftarAsync(string? cari, int page, CancellationToken ct) =>
        AmbilAsync<Halaman<Sekolah>>(Kueri.Dari(Dasar, ("cari", cari), ("page", page), ("pageSize", 50)), ct);

    /// <summary>Every school of the wilayah, for the dashboard's per-school table and names.</summary>
    public Task<IReadOnlyList<Sekolah>> SemuaAsync(CancellationToken ct) =>
        SemuaHalamanAsync<Sekolah>(page => Kueri.Dari(Dasar, ("page", page), ("pageSize", 200)), ct);

    public Task<Versi<Sekolah>> SekolahAsync(string npsn, CancellationToken ct) => BacaAsync<Sekolah>($"{Dasar}/{Uri.EscapeDataString(npsn)}", ct);

    public Task<IReadOnlyList<EntriRiwayat>> RiwayatAsync(string npsn, CancellationToken ct) =>
        AmbilAsync<IReadOnlyList<EntriRiwayat>>($"{Dasar}/{Uri.EscapeDataString(npsn)}/riwayat", ct);

    public Task<Hasil<Sekolah>> SimpanAsync(string npsn, string? nama, string? wilayah, CancellationToken ct) =>
        KirimAsync<Sekolah>(HttpMethod.Put, $"{Dasar}/{Uri.EscapeDataString(npsn)}", new { nama, wilayah }, null, ct);

    public Task<Hasil<Sekolah>> TugaskanKepalaAsync(string npsn, string? nip, bool plt, DateOnly? berlakuSejak, CancellationToken ct) =>
        KirimAsync<Sekolah>(HttpMethod.Put, $"{Dasar}/{Uri.EscapeDataString(npsn)}/kepala", new { nip, plt, berlakuSejak }, null, ct);
}
