namespace Kinerja.Klien;

using System.Text.Json.Serialization;


public sealed record Butir(string Kode, string Teks);

public sealed record SubIndikator(string Kode, string Aspek, string Nama, string Definisi);

public sealed record Kelompok(string Kode, string Nama, IReadOnlyList<Butir> Indikator);

public sealed record PerPeran<T>(IReadOnlyList<T> Guru, IReadOnlyList<T> KepalaSekolah);

/// <summary>The catalog as <c>GET /api/perencanaan/katalog</c> gives it: Web never keeps a copy of its texts.</summary>
/// <param name="TugasPokok">A teacher's duties; a principal's are <paramref name="TugasPokokKepalaSekolah"/> (Pasal 8).</param>
/// <param name="KegiatanPengembanganKompetensi">The activities a–r of Juknis Pasal 14, which a cycle's step D names.</param>
public sealed record Katalog(IReadOnlyList<Butir> TugasPokok, PerPeran<SubIndikator> PraktikKinerja, IReadOnlyList<Kelompok> Kompetensi,
    IReadOnlyList<Kelompok> PerilakuKerja, PerPeran<Butir> RencanaHasilKerja, IReadOnlyList<Butir> KegiatanPengembanganKompetensi,
    IReadOnlyList<Butir> TugasPokokKepalaSekolah, IReadOnlyList<Butir> AspekHasilKerja, IReadOnlyList<Butir> PerspektifHasilKerja)
{
    public IReadOnlyList<Butir> TugasPokokUntuk(bool kepala) => kepala ? TugasPokokKepalaSekolah : TugasPokok;

    /// <summary>A principal's RHK by its catalog text, as a teacher's RHK that intervenes it names it; the code when unknown.</summary>
    public string NamaRhkKepala(string kode) => TeksRhk(kepala: true, kode) ?? kode;

    // What a plan's codes stand for, by the plan's role (kepala: a principal's plan); null for a code the catalog
    // does not know, so each page says what it shows instead. The plan's summary and its printed form both read these.
    public string? TeksTugasPokok(bool kepala, string? kode) => TugasPokokUntuk(kepala).FirstOrDefault(b => b.Kode == kode)?.Teks;

    public string? NamaPraktikKinerja(bool kepala, string? kode) =>
        (kepala ? PraktikKinerja.KepalaSekolah : PraktikKinerja.Guru).FirstOrDefault(s => s.Kode == kode)?.Nama;

    public string? TeksKompetensi(string? kode) => Kompetensi.SelectMany(k => k.Indikator).FirstOrDefault(i => i.Kode == kode)?.Teks;

    public string? NamaPerilaku(string kode) => PerilakuKerja.FirstOrDefault(k => k.Kode == kode)?.Nama;

    public string? TeksRhk(bool kepala, string kode) =>
        (kepala ? RencanaHasilKerja.KepalaSekolah : RencanaHasilKerja.Guru).FirstOrDefault(b => b.Kode == kode)?.Teks;

    public string? TeksAspek(string? kode) => AspekHasilKerja.FirstOrDefault(b => b.Kode == kode)?.Teks;

    public string? TeksPerspektif(string? kode) => PerspektifHasilKerja.FirstOrDefault(b => b.Kode == kode)?.Teks;
}

public sealed record FokusPerilaku(string Aspek, string? EkspektasiKhusus);

/// <param name="Intervensi">On a teacher's plan: the principal's RHK it serves (the cascade).</param>
public sealed record RencanaHasilKerja(string Kode, string Indikator, string Target, RhkAtasan? Intervensi = null, string? Aspek = null,
    string? Perspektif = null);

public sealed record RhkAtasan(Guid SkpId, string Kode)
{
    /// <summary>How a form's option carries it: plan and code in one value.</summary>
    public string Nilai => $"{SkpId}/{Kode}";

    public static RhkAtasan? Dari(string? nilai) =>
        nilai?.Split('/') is [var skp, var kode] && Guid.TryParse(skp, out var id) && kode.Length > 0 ? new RhkAtasan(id, kode) : null;
}

/// <summary>The principal's plans a teacher's RHK may name (<c>GET …/rhk-atasan</c>), and what the teacher needs to know of them.</summary>
public sealed record RhkAtasanTersedia(bool Wajib, string Keadaan, IReadOnlyList<RencanaAtasan> Rencana)
{
    /// <summary>Whether the cascade stands before <i>Ajukan</i>: it is required, and no principal's plan is agreed yet.</summary>
    public bool Menghalangi => Wajib && Rencana.All(r => r.Status != "Disepakati");
}

public sealed record RencanaAtasan(Guid SkpId, string Status, IReadOnlyList<RencanaHasilKerja> HasilKerja);

/// <summary>One of the principal's RHK with the teachers' RHK that intervene it (<c>GET …/intervensi</c>).</summary>
public sealed record IntervensiRhk(string Kode, string Indikator, string Target, IReadOnlyList<RhkGuru> Guru);

public sealed record RhkGuru(Guid SkpId, [property: JsonPropertyName("nip")] string PegawaiId, string Status, string Kode, string Indikator, string Target);

public sealed record Skp(Guid Id, long Version, [property: JsonPropertyName("nip")] string PegawaiId, int Tahun, string Npsn, string Peran, string Status, string? TugasPokok,
    string? PraktikKinerja, string? PengembanganKompetensi, IReadOnlyList<FokusPerilaku> PerilakuKerja, IReadOnlyList<RencanaHasilKerja> HasilKerja,
    string? CatatanPengembalian, [property: JsonPropertyName("penilaiNip")] string? PenilaiId, IReadOnlyList<string>? Aksi = null, bool Dibaca = false)
{
    public bool MilikKepalaSekolah => Peran == "KepalaSekolah";

    /// <summary>Whether the caller may do this now, as the service says (<c>aksi</c>): <c>ubah</c>, <c>ajukan</c>, <c>setujui</c>, <c>kembalikan</c>.</summary>
    public bool Boleh(string aksi) => Aksi?.Contains(aksi) == true;
}

public sealed record EntriRiwayat(long Versi, DateTimeOffset Waktu, string? Pelaku, string Jenis);

public sealed class PerencanaanKlien(HttpClient http) : ApiKlien(http)
{
    /// <summary>The catalog, the same for every caller of this process, and when to ask for it again.</summary>
    private static (Katalog Isi, DateTimeOffset Sampai)? _katalog;

    private const string Dasar = ApiSkp.Dasar;

    /// <summary>The year's planning and adjustment periods, and today as Perencanaan counts it.</summary>
    public Task<Jendela> JendelaAsync(int tahun, CancellationToken ct) => AmbilAsync<Jendela>($"/api/perencanaan/jendela?tahun={tahun}", ct);

    /// <summary>The same, or null when it cannot be read: for a page that stands without it (the service still refuses a plan outside its period, and says so).</summary>
    public async Task<Jendela?> JendelaBilaAdaAsync(int tahun, CancellationToken ct)
    {
        try
        {
            return await JendelaAsync(tahun, ct);
        }
        catch (Exception e) when (e is ApiException or HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>The same for everyone and rarely changed: kept for ten minutes rather than asked on every page.</summary>
    public async Task<Katalog> KatalogAsync(CancellationToken ct)
    {
        if (_katalog is { } k && k.Sampai > DateTimeOffset.UtcNow)
        {
            return k.Isi;
        }

        var isi = await AmbilAsync<Katalog>("/api/perencanaan/katalog", ct);
        _katalog = (isi, DateTimeOffset.UtcNow.AddMinutes(10));
        return isi;
    }

    public Task<Versi<Skp>> SkpAsync(Guid id, CancellationToken ct) => BacaAsync<Skp>($"{Dasar}/{id}", ct);

    public Task<Halaman<Skp>> DaftarAsync(int tahun, CancellationToken ct) => AmbilAsync<Halaman<Skp>>($"{Dasar}?tahun={tahun}&pageSize=200", ct);

    /// <summary>One person's plans of every year they can be read in.</summary>
    public Task<Halaman<Skp>> MilikAsync(string pegawai, CancellationToken ct) => AmbilAsync<Halaman<Skp>>(Kueri.Dari(Dasar, ("pegawai", pegawai), ("pageSize", 200)), ct);

    public Task<RhkAtasanTersedia> RhkAtasanAsync(Guid id, CancellationToken ct) => AmbilAsync<RhkAtasanTersedia>($"{Dasar}/{id}/rhk-atasan", ct);

    public Task<IReadOnlyList<IntervensiRhk>> IntervensiAsync(Guid id, CancellationToken ct) => AmbilAsync<IReadOnlyList<IntervensiRhk>>($"{Dasar}/{id}/intervensi", ct);

    public Task<IReadOnlyList<EntriRiwayat>> RiwayatAsync(Guid id, CancellationToken ct) => AmbilAsync<IReadOnlyList<EntriRiwayat>>($"{Dasar}/{id}/riwayat", ct);

    public Task<Hasil<Skp>> BuatAsync(int tahun, CancellationToken ct) => KirimAsync<Skp>(ApiSkp.Buat(new BuatSkp(tahun)), null, ct);

    /// <param name="tulis">One of <see cref="ApiSkp"/>'s writes of the plan: a part, <c>ajukan</c>, <c>setujui</c>, <c>kembalikan</c>.</param>
    public Task<Hasil<Skp>> TulisAsync(Permintaan tulis, string? etag, CancellationToken ct) => KirimAsync<Skp>(tulis, etag, ct);
}
