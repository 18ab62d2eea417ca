namespace Kinerja.Klien;

public sealed record KepalaSekolah(string Nip, bool Plt, DateOnly BerlakuSejak);

/// <summary>The penilai-ks the operator assigned the school: they rate its principal from <see cref="BerlakuSejak"/>.</summary>
public sealed record PenilaiSekolah(string Nip, DateOnly BerlakuSejak);

/// <param name="NamaKepala">On a single school's read: the principal's name.</param>
/// <param name="NamaPenilai">On a single school's read: the penilai-ks's name, when they are a pegawai known here.</param>
public sealed record Sekolah(string Npsn, string Nama, string Wilayah, KepalaSekolah? Kepala, string? NamaKepala = null,
    PenilaiSekolah? Penilai = null, string? NamaPenilai = null);

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

    public Task<Hasil<Sekolah>> SimpanAsync(string npsn, SimpanSekolah isi, CancellationToken ct) =>
        KirimAsync<Sekolah>(ApiDataPegawai.Sekolah(npsn, isi), null, ct);

    public Task<Hasil<Sekolah>> TugaskanKepalaAsync(string npsn, TugaskanKepala isi, CancellationToken ct) =>
        KirimAsync<Sekolah>(ApiDataPegawai.Kepala(npsn, isi), null, ct);

    public Task<Hasil<Sekolah>> TugaskanPenilaiAsync(string npsn, TugaskanPenilai isi, CancellationToken ct) =>
        KirimAsync<Sekolah>(ApiDataPegawai.Penilai(npsn, isi), null, ct);
}
