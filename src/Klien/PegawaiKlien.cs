namespace Kinerja.Klien;

public sealed record Disparitas(string Kode, string Jenis, string Keterangan, IReadOnlyDictionary<string, string>? Nilai = null);

public sealed record Penyelesaian(string Kode, string Nilai, string Alasan, string Oleh);

/// <summary>What one source says of the person (NIK masked where the API masks it).</summary>
public sealed record RekamanSumber(string Sumber, string? Nip, string? Nik, string? Nama, DateOnly? TanggalLahir, string? JenisKelamin,
    string? Npsn, string? Nuptk, string? StatusKepegawaian, string? Jenjang);

/// <param name="Nip">Null for a non-ASN teacher, known by <see cref="PegawaiId"/> (<c>nuptk:</c> and the NUPTK).</param>
public sealed record Pegawai(string? Nip, string? Nama, string? Npsn, string? Jenjang, string StatusPadan, IReadOnlyList<Disparitas> Disparitas,
    string? Nik = null, string? Wilayah = null, string? NamaIbuKandung = null, IReadOnlyList<Penyelesaian>? Penyelesaian = null,
    IReadOnlyList<RekamanSumber>? Menurut = null, string? PegawaiId = null, string? StatusKepegawaian = null)
{
    /// <summary>The id the API's routes take.</summary>
    public string Id => PegawaiId ?? Nip ?? "";
}

/// <summary>One school's count per key, as every service's <c>…/ringkasan/sekolah</c> answers.</summary>
public sealed record JumlahSekolah(string Npsn, IReadOnlyDictionary<string, long> Jumlah);

/// <summary>The caller's own contact (<c>/api/pegawai/saya/kontak</c>).</summary>
public sealed record Kontak(string? Email, bool PengingatEmail, long Versi);

public sealed record SaringanPegawai(string? Npsn, string? StatusPadan, string? JenisDisparitas, int Page);

public sealed class PegawaiKlien(HttpClient http) : ApiKlien(http)
{
    private const string Dasar = "/api/pegawai";

    public Task<Pegawai> PegawaiAsync(string nip, CancellationToken ct) => AmbilAsync<Pegawai>($"{Dasar}/{Uri.EscapeDataString(nip)}", ct);

    public Task<Versi<Pegawai>> BacaAsync(string nip, CancellationToken ct) => BacaAsync<Pegawai>($"{Dasar}/{Uri.EscapeDataString(nip)}", ct);

    public Task<Halaman<Pegawai>> DaftarAsync(SaringanPegawai s, CancellationToken ct) =>
        AmbilAsync<Halaman<Pegawai>>(Kueri.Dari(Dasar, ("npsn", s.Npsn), ("statusPadan", s.StatusPadan), ("jenisDisparitas", s.JenisDisparitas),
            ("page", s.Page), ("pageSize", 50)), ct);

    public Task<IReadOnlyList<JumlahSekolah>> RingkasanSekolahAsync(CancellationToken ct) =>
        AmbilAsync<IReadOnlyList<JumlahSekolah>>($"{Dasar}/ringkasan/sekolah", ct);

    public Task<IReadOnlyList<EntriRiwayat>> RiwayatAsync(string nip, CancellationToken ct) =>
        AmbilAsync<IReadOnlyList<EntriRiwayat>>($"{Dasar}/{Uri.EscapeDataString(nip)}/riwayat", ct);

    public Task<Hasil<Pegawai>> SelesaikanAsync(string nip, string kode, PenyelesaianDisparitas isi, CancellationToken ct) =>
        KirimAsync<Pegawai>(ApiDataPegawai.Selesaikan(nip, kode, isi), null, ct);

    public Task<Versi<Kontak>> KontakAsync(CancellationToken ct) => BacaAsync<Kontak>($"{Dasar}/saya/kontak", ct);

    public Task<Hasil<Kontak>> AturKontakAsync(IsiKontak isi, string? etag, CancellationToken ct) => KirimAsync<Kontak>(ApiDataPegawai.Kontak(isi), etag, ct);

    /// <summary>A principal's school (or a penilai-ks's principals), every page of it.</summary>
    public Task<IReadOnlyList<Pegawai>> SemuaAsync(string? npsn, CancellationToken ct) =>
        SemuaHalamanAsync<Pegawai>(page => Kueri.Dari(Dasar, ("npsn", npsn), ("page", page), ("pageSize", 200)), ct);
}
