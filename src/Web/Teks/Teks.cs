namespace Kinerja.Web;

/// <summary>
/// Every word the pages show, in one place, in Bahasa Indonesia. Texts of the catalog (tugas pokok,
/// sub-indikator, kompetensi, BerAKHLAK) are not here: they come from the API.
/// </summary>
public static partial class Teks
{
    public const string NamaAplikasi = "Kinerja";
    public const string Beranda = "Beranda";
    public const string Masuk = "Masuk";
    public const string Keluar = "Keluar";
    public const string Simpan = "Simpan";
    public const string SimpanLanjut = "Simpan dan lanjut";
    public const string Kembali = "Kembali";
    public const string Riwayat = "Riwayat";
    public const string LewatiKeIsi = "Langsung ke isi";

    public const string TidakDitemukan = "Tidak ditemukan";
    public const string TidakDitemukanPenjelasan = "Halaman atau data yang Anda cari tidak ada, atau bukan milik Anda.";
    public const string GalatJudul = "Maaf, terjadi gangguan";
    public const string GalatPenjelasan = "Permintaan Anda tidak dapat diselesaikan. Coba lagi sebentar lagi. Jika masih gagal, sampaikan kode berikut kepada operator:";
    public const string KodeGangguan = "Kode gangguan";
    public const string PeriksaIsian = "Periksa isian yang ditandai.";
    public const string DataUsang = "Data ini telah diubah orang lain sejak Anda membukanya. Di bawah ini keadaan terbarunya; isian Anda masih ada. Periksa, lalu kirim lagi.";
    public const string Konflik = "Tindakan ini tidak dapat dilakukan sekarang.";
    public const string ApaYangDilakukan = "Muat ulang halaman untuk melihat keadaan terbaru.";
    public const string Tersimpan = "Tersimpan.";
    /// <summary>A button while its form is being sent (kirim.js).</summary>
    public const string Mengirim = "Mengirim…";

    public const string MasukJudul = "Masuk ke Kinerja";
    public const string MasukDemo = "Pilih identitas demo";
    public const string MasukBebas = "Atau masuk sebagai siapa saja (pengembangan)";
    public const string MasukOidc = "Masuk dengan akun Anda";
    public const string Nip = "NIP";
    public const string Peran = "Peran";
    public const string Npsn = "NPSN sekolah";
    public const string Wilayah = "Kode wilayah";

    // beranda guru
    public const string DataSaya = "Data saya";
    public const string DataPadan = "Data Anda sudah padan antara Dapodik, SI-ASN dan Dukcapil.";

    /// <summary>How a pegawai id is shown: "NIP …", or for a non-ASN teacher (<c>nuptk:…</c>) "NUPTK … (non-ASN)".</summary>
    public static string NomorPegawai(string id) =>
        id.StartsWith("nuptk:", StringComparison.Ordinal) ? $"NUPTK {id["nuptk:".Length..]} (non-ASN)" : $"NIP {id}";

    /// <summary>How a person is named beside their name: NIP, or NUPTK for a non-ASN teacher.</summary>
    /// <summary>Who is signed in, as the header says it: "Rina Kurniawati · Guru · SD Negeri Demo 1"; the NIP only when no name is known.</summary>
    public static string Pengguna(string? nama, string pegawaiId, IEnumerable<string> peran, string? sekolah) =>
        string.Join(" · ", new[] { nama ?? NomorPegawai(pegawaiId), string.Join(", ", peran), sekolah }.Where(s => !string.IsNullOrEmpty(s)));

    public static string NomorPegawai(Klien.Pegawai p) => p.Nip is { } nip ? $"NIP {nip}" : NomorPegawai(p.Id);

    /// <summary>A non-ASN teacher has no SI-ASN record: Dapodik is matched against Dukcapil only.</summary>
    public const string DataPadanNonAsn = "Data Anda sudah padan antara Dapodik dan Dukcapil (guru non-ASN).";
    public const string DataBelumPadan = "Data Anda belum padan: sumber-sumbernya berbeda di sini.";
    public const string SiapaMemperbaiki =
        "Yang memperbaikinya: operator dinas pendidikan di wilayah Anda, yang memilih data yang benar. Data Dapodik yang salah juga dapat " +
        "diperbaiki oleh operator sekolah Anda di Dapodik. SKP dapat dimulai setelah data Anda padan.";

    /// <summary>A part of the plan in the task list: done, or not yet filled.</summary>
    public static string KeadaanBagian(bool terisi) => terisi ? "Selesai" : "Belum diisi";

    /// <summary>Why <i>Ajukan</i> is not offered when every part is filled and no other reason is known: the period.</summary>
    public const string BelumBisaDiajukan = "SKP ini belum dapat diajukan sekarang: periksa masa penyusunan SKP di atas.";

    /// <summary>Why <i>Ajukan</i> is not offered yet: the parts still empty.</summary>
    public static string SebelumDiajukan(IEnumerable<string> kurang) => "Sebelum diajukan, lengkapi: " + string.Join(", ", kurang) + ".";
    public const string DataBelumAda = "Data Anda belum diterima dari Dapodik, SI-ASN dan Dukcapil. Hubungi operator dinas.";
    public const string SkpSaya = "SKP saya";
    public const string SiklusSaya = "Siklus pembinaan";
    public const string HasilSaya = "Hasil penilaian";
    public const string MulaiSkp = "Mulai SKP";
    public const string BelumAdaSkp = "Anda belum memulai SKP periode ini.";
    public const string LanjutkanSkp = "Lanjutkan SKP";
    public const string LihatSkp = "Lihat SKP";
    public const string LihatSiklus = "Buka siklus";
    public const string LihatHasil = "Lihat hasil";
    public const string BelumAdaSiklus = "Siklus dimulai setelah SKP disepakati.";
    public const string BelumAdaHasil = "Hasil tampil setelah penilai Anda menetapkan penilaian.";
    public const string MenungguAnda = "Menunggu Anda";
    public const string GiliranAnda = "Giliran Anda";
    public const string Lihat = "Lihat";
    public const string PeriksaSkp = "Periksa SKP";
    public const string BeriNilai = "Beri nilai";
    public const string PeriksaTetapkan = "Periksa dan tetapkan";

    /// <summary>What a rater's list button says for the cycle step that waits on them.</summary>
    public static string TombolGiliran(string tahap) => tahap switch
    {
        "KonfirmasiJadwal" => "Konfirmasi jadwal",
        "Observasi" => "Isi observasi",
        "DiskusiTindakLanjut" => "Isi diskusi",
        "KonfirmasiRefleksi" => "Konfirmasi refleksi",
        _ => "Buka siklus",
    };

    /// <summary>A step of a sequence, for screen readers: <c>selesai</c>, <c>kini</c> or <c>nanti</c>.</summary>
    public static string KeadaanLangkah(string keadaan) => keadaan switch
    {
        "selesai" => "selesai",
        "kini" => "langkah sekarang",
        _ => "belum",
    };

    /// <summary>Who rates the owner: a teacher's principal, or a principal's own rater at the dinas.</summary>
    public static string Penilai(bool milikKepala) => milikKepala ? "penilai kepala sekolah" : "kepala sekolah";

    public static string MenungguPenilai(bool milikKepala) => "Menunggu " + Penilai(milikKepala);

    // kepala sekolah
    public const string GuruSekolah = "Guru di sekolah Anda";
    public const string MenungguTindakan = "menunggu tindakan Anda";
    public const string Tahap = "Tahap";
    public const string Nama = "Nama";
    public const string Tindakan = "Tindakan";
    public const string Tinjau = "Tinjau";
    public const string Setujui = "Setujui";
    public const string Kembalikan = "Kembalikan";
    public const string CatatanPengembalian = "Catatan untuk guru";
    public static string CatatanDari(bool milikKepala) => "Catatan dari " + Penilai(milikKepala);
    public const string Nilai = "Nilai";
    public const string PratinjauJudul = "Jika ditetapkan sekarang";
    public const string PratinjauPenjelasan =
        "Setelah ditetapkan, predikat dan angka kredit ini dikirim ke sistem daerah; perubahan sesudahnya hanya melalui koreksi dengan alasan. Untuk mengubahnya sebelum itu, simpan nilai yang lain.";

    // SKP
    public const string Rangkuman = "Rangkuman";
    public const string Ajukan = "Ajukan";
    public static string SkpDiajukanInfo(bool milikKepala) => $"SKP sudah diajukan dan menunggu persetujuan {Penilai(milikKepala)}.";
    public const string SkpDisepakatiInfo = "SKP sudah disepakati.";

    /// <summary>
    /// What a plan's action did and what comes next, shown once after it (<c>?berhasil=</c>); <paramref name="nama"/>
    /// is the owner's, <paramref name="penilai"/> their rater's when known by name.
    /// </summary>
    public static string? KonfirmasiSkp(string? aksi, string nama, bool milikKepala, string? penilai) => aksi switch
    {
        "ajukan" => $"SKP Anda sudah diajukan. {Kapital(Penilai(milikKepala))}{(penilai is null ? "" : " " + penilai)} akan memeriksanya; statusnya tampil di beranda.",
        "setujui" => $"SKP {nama} sudah disepakati. Siklus observasi dimulai: {nama} mengisi langkah A, persiapan.",
        "kembalikan" => $"SKP {nama} dikembalikan dengan catatan Anda. {nama} akan memperbaikinya lalu mengajukannya lagi.",
        _ => null,
    };

    /// <summary>Before the agreed time the observation form is closed; <paramref name="waktu"/> is in WIB.</summary>
    public static string ObservasiDibukaMulai(string waktu) =>
        $"Formulir observasi terbuka mulai {waktu}, waktu yang disepakati. Buka halaman ini lagi saat itu.";

    /// <summary>A cycle step's button names the hand-over: to whom the step goes, or what it completes.</summary>
    public static string TombolLangkah(string tahap, bool milikKepala) => tahap switch
    {
        "Persiapan" or "Refleksi" => "Kirim ke " + Penilai(milikKepala),
        "KonfirmasiJadwal" => "Konfirmasi jadwal",
        "Observasi" => "Simpan observasi",
        "DiskusiTindakLanjut" => milikKepala ? "Kirim ke kepala sekolah" : "Kirim ke guru",
        "UpayaTindakLanjut" => "Simpan dan lanjut ke refleksi",
        "KonfirmasiRefleksi" => "Konfirmasi dan selesaikan siklus",
        _ => Simpan,
    };

    /// <summary>A cycle's step just done (<paramref name="tahap"/>, the stage the form was for) and what comes next.</summary>
    public static string? KonfirmasiSiklus(string? tahap, string tahapKini, bool giliranSaya, string menunggu) => tahap is null ? null
        : tahapKini == "Selesai" ? "Siklus selesai. Penilaian kinerja dapat dilakukan oleh penilai."
        : $"{TahapSiklus(tahap)}: tersimpan. Berikutnya: {TahapSiklus(tahapKini)}, {(giliranSaya ? "giliran Anda" : "menunggu " + menunggu)}.";

    /// <summary>What a rating's action did and what comes next.</summary>
    public static string? KonfirmasiPenilaian(string? aksi, string? predikat) => aksi switch
    {
        "nilai" => "Nilai tersimpan. Periksa pratinjau predikat di bawah, lalu tetapkan.",
        "tetapkan" => $"Penilaian ditetapkan{(predikat is null ? "" : $": predikat {Predikat(predikat)}")}. Hasilnya dikirim ke sistem kepegawaian daerah.",
        "koreksi" => "Koreksi tersimpan. Hasil yang baru dikirim ke sistem kepegawaian daerah.",
        _ => null,
    };

    private static string Kapital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    public const string BelumDiisi = "Belum diisi";
    public const string Indikator = "Indikator";
    public const string Target = "Target";
    public const string RhkAtasan = "RHK kepala sekolah yang diintervensi";
    public const string TanpaAngkaKredit = "Tanpa angka kredit: guru non-ASN tidak memiliki jenjang jabatan fungsional.";
    public const string Mengintervensi = "mengintervensi";
    public const string IntervensiJudul = "RHK guru yang mengintervensi";
    public const string BelumDiintervensi = "Belum ada RHK guru yang merujuknya.";

    /// <summary>An option of the principal's RHK: what it is, its indicator, and whether that plan is agreed yet.</summary>
    public static string OpsiRhkAtasan(string nama, string indikator, string status) =>
        status == "Disepakati" ? $"{nama}: {indikator}" : $"{nama}: {indikator} (SKP kepala sekolah {StatusSkp(status).ToLowerInvariant()})";
    public const string Bagian = "Bagian";
    public const string Langkah = "Langkah";

    public static readonly IReadOnlyList<(string Kode, string Judul, string Penjelasan)> BagianSkp =
    [
        ("tugas-pokok", "Tugas pokok", "Pilih tugas pokok yang menjadi fokus Anda tahun ini."),
        ("praktik-kinerja", "Praktik kinerja", "Pilih satu sub-indikator praktik kinerja yang ingin Anda tingkatkan."),
        ("pengembangan-kompetensi", "Pengembangan kompetensi", "Pilih satu indikator kompetensi yang akan Anda kembangkan."),
        ("perilaku-kerja", "Perilaku kerja", "Pilih aspek BerAKHLAK yang menjadi fokus perilaku Anda."),
        ("hasil-kerja", "Hasil kerja", "Tuliskan rencana hasil kerja: pilih jenisnya, lalu indikator dan target."),
    ];

    public static string JudulBagian(string kode) => BagianSkp.FirstOrDefault(b => b.Kode == kode).Judul ?? kode;

    public static string StatusSkp(string? status) => status switch
    {
        "Draf" => "Draf",
        "Diajukan" => "Diajukan, menunggu persetujuan",
        "Dikembalikan" => "Dikembalikan untuk diperbaiki",
        "Disepakati" => "Disepakati",
        null => "Belum dimulai",
        _ => status,
    };

    public static string StatusPadan(string status) => status == "Padan" ? "Padan" : "Belum padan";

    public static string TahapSiklus(string tahap) => tahap switch
    {
        "Persiapan" => "A. Diskusi persiapan",
        "KonfirmasiJadwal" => "Konfirmasi jadwal observasi",
        "Observasi" => "B. Observasi kinerja",
        "DiskusiTindakLanjut" => "C. Diskusi tindak lanjut",
        "UpayaTindakLanjut" => "D. Upaya tindak lanjut",
        "Refleksi" => "E. Refleksi tindak lanjut",
        "KonfirmasiRefleksi" => "Konfirmasi refleksi",
        "Selesai" => "Siklus selesai",
        _ => tahap,
    };

    /// <summary>The side a cycle waits on: its owner (a teacher, or a principal for their own) or the owner's rater.</summary>
    public static string Menunggu(string menunggu, bool milikKepala) => menunggu switch
    {
        "Guru" => milikKepala ? "kepala sekolah" : "guru",
        "Penilai" => Penilai(milikKepala),
        _ => "-",
    };

    public static readonly IReadOnlyList<(string Kode, string Teks)> Level =
    [
        ("BelumDilakukan", "Belum dilakukan"),
        ("DilakukanBelumEfektif", "Dilakukan, belum efektif"),
        ("DilakukanEfektif", "Dilakukan dengan efektif"),
    ];

    public static readonly IReadOnlyList<(string Kode, string Teks)> Rating =
    [
        ("DiAtasEkspektasi", "Di atas ekspektasi"),
        ("SesuaiEkspektasi", "Sesuai ekspektasi"),
        ("DiBawahEkspektasi", "Di bawah ekspektasi"),
    ];

    public static string NamaRating(string? kode) => Rating.FirstOrDefault(r => r.Kode == kode).Teks ?? kode ?? "-";

    public static string NamaLevel(string? kode) => Level.FirstOrDefault(r => r.Kode == kode).Teks ?? kode ?? "-";

    public static string Predikat(string? kode) => kode switch
    {
        "SangatBaik" => "Sangat Baik",
        "Baik" => "Baik",
        "ButuhPerbaikan" => "Butuh Perbaikan",
        "KurangMisconduct" => "Kurang (Misconduct)",
        "SangatKurang" => "Sangat Kurang",
        _ => kode ?? "-",
    };

    public static string StatusPenilaian(string status) => status switch
    {
        "MenungguSiklus" => "Menunggu siklus selesai",
        "SiapDinilai" => "Siap dinilai",
        "Dinilai" => "Dinilai, belum ditetapkan",
        "Ditetapkan" => "Ditetapkan",
        _ => status,
    };

    public static string NamaPeran(string peran) => peran switch
    {
        "guru" => "Guru",
        "kepala-sekolah" => "Kepala sekolah",
        "penilai-ks" => "Penilai kepala sekolah",
        "operator-dinas" => "Operator dinas",
        "admin" => "Admin",
        _ => peran,
    };

    /// <summary>Juknis Pasal 14's follow-up activities (a–r) are chosen by letter; the API checks the letter.</summary>
    public const string JenisKegiatan = "Jenis kegiatan (huruf a–r, Juknis Pasal 14)";

    public static string JenisEvent(string jenis) => jenis switch
    {
        "skp_dibuat" => "SKP dibuat",
        "tugas_pokok_ditetapkan" => "Tugas pokok diisi",
        "praktik_kinerja_ditetapkan" => "Praktik kinerja diisi",
        "pengembangan_kompetensi_ditetapkan" => "Pengembangan kompetensi diisi",
        "perilaku_kerja_ditetapkan" => "Perilaku kerja diisi",
        "hasil_kerja_ditetapkan" => "Hasil kerja diisi",
        "skp_diajukan" => "SKP diajukan",
        "skp_dikembalikan" => "SKP dikembalikan",
        "skp_disepakati" => "SKP disepakati",
        "siklus_dibuka" => "Siklus dibuka",
        "persiapan_disusun" => "Diskusi persiapan",
        "jadwal_dikonfirmasi" => "Jadwal dikonfirmasi",
        "observasi_dilakukan" => "Observasi dilakukan",
        "diskusi_tindak_lanjut_dicatat" => "Diskusi tindak lanjut",
        "upaya_tindak_lanjut_dicatat" => "Upaya tindak lanjut",
        "refleksi_disusun" => "Refleksi disusun",
        "refleksi_dikonfirmasi" => "Refleksi dikonfirmasi",
        "penilaian_dibuka" => "Penilaian dibuka",
        "siklus_selesai_dicatat" => "Siklus selesai",
        "dinilai" => "Dinilai",
        "predikat_ditetapkan" => "Predikat ditetapkan",
        "sekolah_didaftarkan" => "Sekolah didaftarkan",
        "sekolah_diperbarui" => "Data sekolah diubah",
        "kepala_sekolah_ditugaskan" => "Kepala sekolah ditugaskan",
        "data_dapodik_diterima" => "Data Dapodik diterima",
        "data_siasn_diterima" => "Data SI-ASN diterima",
        "data_dukcapil_diterima" => "Data Dukcapil diterima",
        "pemadanan_dihitung" => "Pemadanan dihitung",
        "disparitas_diselesaikan" => "Disparitas diselesaikan operator",
        "penyelesaian_gugur" => "Penyelesaian gugur (sumber berubah)",
        "pegawai_terverifikasi" => "Data terverifikasi dikirim",
        "pegawai_dimutasi" => "Pindah sekolah",
        _ => jenis.Replace('_', ' '),
    };
}
