namespace Kinerja.Klien;

/// <summary>
/// Every write of the API as a request: its method, its path and its body record, in one place. The typed clients
/// send them and read the answer; a caller that times each request (the district bench) sends them itself.
/// Bodies may hold what a person typed, valid or not: the services validate and answer which field is wrong.
/// </summary>
public sealed record Permintaan(HttpMethod Method, string Path, object? Isi = null);

// DataPegawai (schools and people)

public sealed record SimpanSekolah(string? Nama, string? Wilayah);

/// <param name="BerlakuSejak">From when the new principal rates; today when null.</param>
public sealed record TugaskanKepala(string? Nip, bool Plt, DateOnly? BerlakuSejak = null);

/// <param name="BerlakuSejak">From when the penilai-ks rates the school's principal; today when null.</param>
public sealed record TugaskanPenilai(string? Nip, DateOnly? BerlakuSejak = null);

public sealed record PenyelesaianDisparitas(string? Nilai, string? Alasan);

/// <summary>The caller's own e-mail address and whether reminders are e-mailed to it (on with an address when null).</summary>
public sealed record IsiKontak(string? Email, bool? PengingatEmail);

// Perencanaan (the plan)

public sealed record BuatSkp(int Tahun);

public sealed record PilihKode(string? Kode);

public sealed record PilihPerilaku(IReadOnlyList<string>? Aspek, IReadOnlyDictionary<string, string>? EkspektasiKhusus = null);

public sealed record IsiHasilKerja(IReadOnlyList<IsiRencana>? Rencana);

/// <param name="Intervensi">On a teacher's plan: the principal's RHK it serves (the cascade).</param>
/// <param name="Aspek">On a teacher's plan: what the indicator measures (<see cref="Katalog.AspekHasilKerja"/>).</param>
/// <param name="Perspektif">On a principal's plan: the perspective the RHK serves (<see cref="Katalog.PerspektifHasilKerja"/>).</param>
public sealed record IsiRencana(string? Kode, string? Indikator, string? Target, RujukanRhk? Intervensi = null, string? Aspek = null,
    string? Perspektif = null);

/// <summary>One RHK of a principal's plan, as a teacher's RHK names it.</summary>
public sealed record RujukanRhk(Guid Skp, string Kode);

public sealed record Pengembalian(string? Catatan);

/// <summary>The parts of a plan chosen by one code.</summary>
public enum BagianKode { TugasPokok, PraktikKinerja, PengembanganKompetensi }

// Observasi (the improvement cycle)

public sealed record IsiPersiapan(IReadOnlyList<string>? Target, string? Upaya, DateTimeOffset? Jadwal);

/// <summary>Another observation time (<c>POST …/siklus/{id}/jadwal</c>).</summary>
public sealed record IsiJadwal(DateTimeOffset? Jadwal);

public sealed record IsiObservasi(IReadOnlyList<IsiRubrik>? Rubrik, string? Rekomendasi);

/// <param name="Level"><c>BelumDilakukan</c>, <c>DilakukanBelumEfektif</c> or <c>DilakukanEfektif</c>.</param>
public sealed record IsiRubrik(string? Perilaku, string? Level, string? Catatan);

public sealed record IsiDiskusi(string? Tantangan, string? Tujuan, string? Langkah, string? Jadwal, string? Dukungan);

public sealed record IsiUpaya(IReadOnlyList<IsiKegiatan>? Kegiatan);

/// <param name="Jenis">One of the kinds a–r of seed 003 Pasal 14.</param>
public sealed record IsiKegiatan(string? Jenis, DateOnly? Tanggal, string? Deskripsi);

public sealed record IsiRefleksi(string? Inspirasi, string? Perubahan, string? Tantangan, string? Strategi);

// Penilaian (the rating)

/// <param name="HasilKerja"><c>DiAtasEkspektasi</c>, <c>SesuaiEkspektasi</c> or <c>DiBawahEkspektasi</c>, as <paramref name="PerilakuKerja"/>.</param>
public sealed record IsiNilai(string? HasilKerja, string? PerilakuKerja, string? UmpanBalik);

public sealed record IsiKoreksi(string? HasilKerja, string? PerilakuKerja, string? Alasan);

/// <summary>Schools and the resolution of a disparitas (DataPegawai).</summary>
public static class ApiDataPegawai
{
    public static Permintaan Sekolah(string npsn, SimpanSekolah isi) => new(HttpMethod.Put, $"/api/sekolah/{Uri.EscapeDataString(npsn)}", isi);

    public static Permintaan Kepala(string npsn, TugaskanKepala isi) => new(HttpMethod.Put, $"/api/sekolah/{Uri.EscapeDataString(npsn)}/kepala", isi);

    public static Permintaan Penilai(string npsn, TugaskanPenilai isi) => new(HttpMethod.Put, $"/api/sekolah/{Uri.EscapeDataString(npsn)}/penilai", isi);

    public static Permintaan Kontak(IsiKontak isi) => new(HttpMethod.Put, "/api/pegawai/saya/kontak", isi);

    public static Permintaan Selesaikan(string pegawaiId, string kode, PenyelesaianDisparitas isi) =>
        new(HttpMethod.Post, $"/api/pegawai/{Uri.EscapeDataString(pegawaiId)}/disparitas/{Uri.EscapeDataString(kode)}/penyelesaian", isi);
}

/// <summary>The plan's writes (<c>/api/perencanaan/skp</c>).</summary>
public static class ApiSkp
{
    public const string Dasar = "/api/perencanaan/skp";

    public static Permintaan Buat(BuatSkp isi) => new(HttpMethod.Post, Dasar, isi);

    public static Permintaan Kode(Guid id, BagianKode bagian, PilihKode isi) => new(HttpMethod.Put, $"{Dasar}/{id}/{Jalur(bagian)}", isi);

    public static Permintaan PerilakuKerja(Guid id, PilihPerilaku isi) => new(HttpMethod.Put, $"{Dasar}/{id}/perilaku-kerja", isi);

    public static Permintaan HasilKerja(Guid id, IsiHasilKerja isi) => new(HttpMethod.Put, $"{Dasar}/{id}/hasil-kerja", isi);

    public static Permintaan Ajukan(Guid id) => new(HttpMethod.Post, $"{Dasar}/{id}/ajukan");

    public static Permintaan Setujui(Guid id) => new(HttpMethod.Post, $"{Dasar}/{id}/setujui");

    public static Permintaan Kembalikan(Guid id, Pengembalian isi) => new(HttpMethod.Post, $"{Dasar}/{id}/kembalikan", isi);

    /// <summary>The owner acknowledges the agreed plan ("Saya telah membaca").</summary>
    public static Permintaan Dibaca(Guid id) => new(HttpMethod.Post, $"{Dasar}/{id}/dibaca");

    /// <summary>An agreed plan back to Draf, in the adjustment window.</summary>
    public static Permintaan BukaPenyesuaian(Guid id) => new(HttpMethod.Post, $"{Dasar}/{id}/buka-penyesuaian");

    public static string Jalur(BagianKode bagian) => bagian switch
    {
        BagianKode.TugasPokok => "tugas-pokok",
        BagianKode.PraktikKinerja => "praktik-kinerja",
        _ => "pengembangan-kompetensi",
    };
}

/// <summary>The cycle's steps (<c>/api/observasi/siklus</c>), each by its side.</summary>
public static class ApiSiklus
{
    public const string Dasar = "/api/observasi/siklus";

    public static Permintaan Persiapan(Guid id, IsiPersiapan isi) => new(HttpMethod.Post, $"{Dasar}/{id}/persiapan", isi);

    public static Permintaan KonfirmasiJadwal(Guid id) => new(HttpMethod.Post, $"{Dasar}/{id}/persiapan/konfirmasi");

    /// <summary>The owner proposes another observation time; the rater confirms it again.</summary>
    public static Permintaan UbahJadwal(Guid id, IsiJadwal isi) => new(HttpMethod.Post, $"{Dasar}/{id}/jadwal", isi);

    public static Permintaan Observasi(Guid id, IsiObservasi isi) => new(HttpMethod.Post, $"{Dasar}/{id}/observasi", isi);

    public static Permintaan Diskusi(Guid id, IsiDiskusi isi) => new(HttpMethod.Post, $"{Dasar}/{id}/diskusi-tindak-lanjut", isi);

    public static Permintaan Upaya(Guid id, IsiUpaya isi) => new(HttpMethod.Post, $"{Dasar}/{id}/upaya-tindak-lanjut", isi);

    public static Permintaan Refleksi(Guid id, IsiRefleksi isi) => new(HttpMethod.Post, $"{Dasar}/{id}/refleksi", isi);

    public static Permintaan KonfirmasiRefleksi(Guid id) => new(HttpMethod.Post, $"{Dasar}/{id}/refleksi/konfirmasi");

    /// <summary>The owner acknowledges the observation record ("Saya telah membaca").</summary>
    public static Permintaan Dibaca(Guid id) => new(HttpMethod.Post, $"{Dasar}/{id}/dibaca");
}

/// <summary>The rating's writes (<c>/api/penilaian</c>).</summary>
public static class ApiPenilaian
{
    public const string Dasar = "/api/penilaian";

    public static Permintaan Nilai(Guid id, IsiNilai isi) => new(HttpMethod.Post, $"{Dasar}/{id}/nilai", isi);

    public static Permintaan Tetapkan(Guid id) => new(HttpMethod.Post, $"{Dasar}/{id}/tetapkan");

    public static Permintaan Koreksi(Guid id, IsiKoreksi isi) => new(HttpMethod.Post, $"{Dasar}/{id}/koreksi", isi);

    /// <summary>The pegawai acknowledges the finalised result ("Saya telah membaca").</summary>
    public static Permintaan Dibaca(Guid id) => new(HttpMethod.Post, $"{Dasar}/{id}/dibaca");
}

/// <summary>
/// A whole plan, as the demo, the tests and the benches fill one: every part from the catalog's first entries, and one
/// RHK (a principal's: two) naming the principal's RHK-KS-A when <paramref name="atasan"/> is given.
/// </summary>
public static class ContohSkp
{
    public static IReadOnlyList<Permintaan> Isi(Guid id, bool kepala, Guid? atasan = null, string target = "90% pertemuan") =>
    [
        ApiSkp.Kode(id, BagianKode.TugasPokok, new PilihKode(kepala ? "TP-KS-A" : "TP-B")),
        ApiSkp.Kode(id, BagianKode.PraktikKinerja, new PilihKode(kepala ? "KS-E" : "G-MK-1")),
        ApiSkp.Kode(id, BagianKode.PengembanganKompetensi, new PilihKode("PED-1")),
        ApiSkp.PerilakuKerja(id, new PilihPerilaku(["KL", "BO"])),
        ApiSkp.HasilKerja(id, new IsiHasilKerja(kepala
            ?
            [
                new IsiRencana("RHK-KS-A", "Mutu pembelajaran satuan pendidikan meningkat", "Rapor pendidikan: baik", Perspektif: "PENERIMA-LAYANAN"),
                new IsiRencana("RHK-KS-B", "Lingkungan belajar aman dan nyaman", "Survei lingkungan belajar: baik", Perspektif: "PROSES-BISNIS"),
            ]
            : [new IsiRencana("RHK-G-A", "Kelas tertib dan kondusif", target, atasan is { } a ? new RujukanRhk(a, "RHK-KS-A") : null, "KUALITAS")])),
    ];
}
