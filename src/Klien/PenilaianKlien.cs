namespace Kinerja.Klien;

using System.Text.Json.Serialization;

public sealed record Nilai(string HasilKerja, string PerilakuKerja, string UmpanBalik, [property: JsonPropertyName("penilaiNip")] string PenilaiId);

/// <param name="AngkaKredit">Null, with <paramref name="Koefisien"/>, for a non-ASN teacher: no jenjang, no angka kredit.</param>
public sealed record HasilPenilaian(string HasilKerja, string PerilakuKerja, string Predikat, decimal? AngkaKredit, decimal? Koefisien, int Bulan,
    [property: JsonPropertyName("penilaiNip")] string PenilaiId, DateTimeOffset DitetapkanPada, int KoreksiKe, string? Nama = null, string? Alasan = null);

/// <summary>What finalising would fix now, computed by Penilaian from the same matrix (the rater's preview).</summary>
public sealed record PratinjauPredikat(string HasilKerja, string PerilakuKerja, string Predikat, decimal? AngkaKredit, decimal? Koefisien, int Bulan);

public sealed record Penilaian(Guid Id, long Version, [property: JsonPropertyName("nip")] string PegawaiId, int Tahun, string Npsn, string Peran, string Status, Nilai? Nilai, HasilPenilaian? Hasil,
    IReadOnlyList<string>? Aksi = null, int? DibacaKoreksiKe = null)
{
    public bool MilikKepalaSekolah => Peran == "KepalaSekolah";

    /// <summary>Whether the caller may do this now, as the service says (<c>aksi</c>): <c>nilai</c>, <c>tetapkan</c>, <c>koreksi</c>, <c>dibaca</c>.</summary>
    public bool Boleh(string aksi) => Aksi?.Contains(aksi) == true;
}

public sealed class PenilaianKlien(HttpClient http) : ApiKlien(http)
{
    private const string Dasar = ApiPenilaian.Dasar;

    public Task<Versi<Penilaian>> PenilaianAsync(Guid id, CancellationToken ct) => BacaAsync<Penilaian>($"{Dasar}/{id}", ct);

    public Task<Halaman<Penilaian>> DaftarAsync(int tahun, CancellationToken ct) => AmbilAsync<Halaman<Penilaian>>($"{Dasar}?tahun={tahun}&pageSize=200", ct);

    /// <summary>One person's assessments of every year (or of <paramref name="tahun"/>) they can be read in.</summary>
    public Task<Halaman<Penilaian>> MilikAsync(string pegawai, int? tahun, CancellationToken ct) =>
        AmbilAsync<Halaman<Penilaian>>(Kueri.Dari(Dasar, ("pegawai", pegawai), ("tahun", tahun), ("pageSize", 200)), ct);

    public Task<PratinjauPredikat> PratinjauAsync(Guid id, CancellationToken ct) => AmbilAsync<PratinjauPredikat>($"{Dasar}/{id}/pratinjau", ct);

    public Task<IReadOnlyList<EntriRiwayat>> RiwayatAsync(Guid id, CancellationToken ct) => AmbilAsync<IReadOnlyList<EntriRiwayat>>($"{Dasar}/{id}/riwayat", ct);

    public Task<Hasil<Penilaian>> NilaiAsync(Guid id, IsiNilai isi, string? etag, CancellationToken ct) =>
        KirimAsync<Penilaian>(ApiPenilaian.Nilai(id, isi), etag, ct);

    public Task<Hasil<Penilaian>> KoreksiAsync(Guid id, IsiKoreksi isi, string? etag, CancellationToken ct) =>
        KirimAsync<Penilaian>(ApiPenilaian.Koreksi(id, isi), etag, ct);

    public Task<Hasil<Penilaian>> TetapkanAsync(Guid id, string? etag, CancellationToken ct) => KirimAsync<Penilaian>(ApiPenilaian.Tetapkan(id), etag, ct);

    public Task<Hasil<Penilaian>> DibacaAsync(Guid id, string? etag, CancellationToken ct) => KirimAsync<Penilaian>(ApiPenilaian.Dibaca(id), etag, ct);
}
