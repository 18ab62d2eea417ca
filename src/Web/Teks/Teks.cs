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
    public const string DrafDipulihkan = "Isian Anda yang belum terkirim dipulihkan dari perangkat ini. Periksa, lalu kirim.";
    public const string BuangDraf = "Buang isian ini";
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
    public const string Pengaturan = "Pengaturan";
    public const string PengingatEmail = "Pengingat lewat e-mail";
    public const string PengingatEmailPenjelasan =
        "Pengingat selalu tampil di Beranda (Perlu tindakan Anda). Bila Anda mau, pengingat yang sama juga dikirim ke e-mail: " +
        "7 hari dan 1 hari sebelum batas pengajuan SKP, sehari sebelum observasi, dan bila sesuatu menunggu Anda 7 hari. " +
        "Setiap pengingat dikirim sekali saja.";
    public const string EmailBantuan = "Hanya Anda yang melihat alamat ini. Contoh: nama@sekolah.sch.id";
    public const string KirimPengingatEmail = "Kirim pengingat ke e-mail ini";
    public const string PengingatEmailAktif = "Tersimpan. Pengingat akan dikirim ke e-mail Anda.";
    public const string PengingatEmailMati = "Tersimpan. Pengingat tidak dikirim lewat e-mail.";
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
    public const string BahanPenilaian = "Bahan penilaian";
    public const string SkpDisepakatiJudul = "SKP yang disepakati";
    public const string BukaSkp = "Buka SKP lengkap";

    public static string BahanTidakAda(string apa) => $"Tidak ada {apa} tahun ini untuk ditampilkan.";
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
    public const string Tetapkan = "Tetapkan";
    public const string TetapkanJudul = "Tetapkan penilaian";
    public const string LanjutTetapkan = "Lanjut ke penetapan";
    public const string KembaliKePenilaian = "Kembali ke penilaian";
    public const string TetapkanPeringatan =
        "Penetapan tidak dapat dibatalkan. Predikat dan angka kredit ini dikirim ke sistem kepegawaian daerah; perubahan sesudahnya hanya melalui koreksi dengan alasan.";
    public const string PratinjauPenjelasan =
        "Setelah ditetapkan, predikat dan angka kredit ini dikirim ke sistem daerah; perubahan sesudahnya hanya melalui koreksi dengan alasan. Untuk mengubahnya sebelum itu, simpan nilai yang lain.";

    // SKP
    public const string Rangkuman = "Rangkuman";
    public const string Ajukan = "Ajukan";
    public static string SkpDiajukanInfo(bool milikKepala) => $"SKP sudah diajukan dan menunggu persetujuan {Penilai(milikKepala)}.";
    public const string SkpDisepakatiInfo = "SKP sudah disepakati.";
    public const string PenyesuaianJudul = "Penyesuaian SKP";
    public const string PenyesuaianPenjelasan =
        "Masa penyesuaian sedang berlangsung. Bila target atau rencana perlu berubah, buka SKP ini untuk penyesuaian: SKP kembali menjadi Draf, diubah, lalu diajukan dan disepakati lagi.";
    public const string BukaPenyesuaian = "Buka untuk penyesuaian";

    /// <summary>
    /// What a plan's action did and what comes next, shown once after it (<c>?berhasil=</c>); <paramref name="nama"/>
    /// is the owner's, <paramref name="penilai"/> their rater's when known by name. Only while the plan is at the
    /// <paramref name="status"/> the action left it in: a reloaded address must not report old news.
    /// </summary>
    public static string? KonfirmasiSkp(string? aksi, string status, string nama, bool milikKepala, string? penilai) => (aksi, status) switch
    {
        ("ajukan", "Diajukan") => $"SKP Anda sudah diajukan. {Kapital(Penilai(milikKepala))}{(penilai is null ? "" : " " + penilai)} akan memeriksanya; statusnya tampil di beranda.",
        ("setujui", "Disepakati") => $"SKP {nama} sudah disepakati. Siklus observasi dimulai: {nama} mengisi langkah A, persiapan.",
        ("ekspektasi", "Diajukan") => $"Ekspektasi khusus tersimpan pada SKP {nama}. Setujui SKP bila sudah sesuai.",
        ("kembalikan", "Dikembalikan") => $"SKP {nama} dikembalikan dengan catatan Anda. {nama} akan memperbaikinya lalu mengajukannya lagi.",
        ("buka-penyesuaian", "Draf") => $"SKP {nama} dibuka untuk penyesuaian: ubah bagian yang perlu, lalu ajukan lagi sebelum masa penyesuaian berakhir. Sampai disepakati lagi, statusnya Draf.",
        _ => null,
    };

    public const string UbahJadwal = "Ubah jadwal observasi";
    public const string UbahJadwalPenjelasan =
        "Jika observasi tidak dapat dilakukan pada waktu yang disepakati, usulkan waktu lain. Penilai mengonfirmasinya lagi sebelum observasi dibuka; jadwal semula tetap tercatat di riwayat.";
    public const string JadwalBaru = "Jadwal observasi baru";
    public const string JadwalSebelumnya = "Jadwal sebelumnya";
    public const string UsulkanJadwal = "Usulkan jadwal baru";
    public const string PilihJadwal = "Pilih tanggal dan jam observasi.";
    public const string JadwalMasaDepan = "Jadwal observasi harus di masa depan.";

    public static string MenggantikanJadwal(string lama) => $"Menggantikan jadwal yang disepakati sebelumnya: {lama}.";

    /// <summary>After another time was proposed, while it waits for the rater's confirmation.</summary>
    public static string? KonfirmasiJadwalBaru(string tahapKini, string jadwal, string menunggu) =>
        tahapKini == "KonfirmasiJadwal" ? $"Jadwal observasi baru diusulkan: {jadwal}. Menunggu konfirmasi {menunggu}." : null;

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
    /// <remarks>
    /// Only while the cycle is at the stage right after the one done: the address keeps <c>?berhasil=</c>, and a page
    /// reloaded after the other side has moved on must not report an old step as the latest news.
    /// </remarks>
    public static string? KonfirmasiSiklus(string? tahap, string tahapKini, bool giliranSaya, string menunggu) =>
        tahap is null || !TahapSiklusSemua.Contains(tahap) || Urutan(tahapKini) != Urutan(tahap) + 1 ? null
        : tahapKini == "Selesai" ? "Siklus selesai. Penilaian kinerja dapat dilakukan oleh penilai."
        : $"{TahapSiklus(tahap)}: tersimpan. Berikutnya: {TahapSiklus(tahapKini)}, {(giliranSaya ? "giliran Anda" : "menunggu " + menunggu)}.";

    /// <summary>What a rating's action did and what comes next, while the assessment is where the action left it.</summary>
    public static string? KonfirmasiPenilaian(string? aksi, string status, string? predikat) => (aksi, status) switch
    {
        ("nilai", "Dinilai") => "Nilai tersimpan. Periksa pratinjau predikat di bawah, lalu lanjut ke penetapan.",
        ("tetapkan", "Ditetapkan") => $"Penilaian ditetapkan{(predikat is null ? "" : $": predikat {Predikat(predikat)}")}. Hasilnya dikirim ke sistem kepegawaian daerah.",
        ("koreksi", "Ditetapkan") => "Koreksi tersimpan. Hasil yang baru dikirim ke sistem kepegawaian daerah.",
        _ => null,
    };

    private static int Urutan(string tahap) => TahapSiklusSemua.ToList().IndexOf(tahap);

    private static string Kapital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    public const string BelumDiisi = "Belum diisi";
    public const string Indikator = "Indikator";
    public const string Target = "Target";
    public const string RhkAtasan = "RHK kepala sekolah yang diintervensi";
    public const string TanpaAngkaKredit = "Tanpa angka kredit: guru non-ASN tidak memiliki jenjang jabatan fungsional.";
    public const string Mengintervensi = "mengintervensi";
    public const string CetakSkp = "Cetak SKP";
    public const string CetakCatatanObservasi = "Cetak catatan observasi";
    public const string Tampilkan = "Tampilkan";
    public const string RiwayatKinerja = "Riwayat kinerja";
    public const string RiwayatKinerjaTautan = "Riwayat kinerja per tahun dan angka kredit";
    public const string UmpanBalikTahunLalu = "Umpan balik tahun lalu";
    public const string CatatanObservasi = "Catatan Observasi Kelas";
    public const string HasilPenilaianKinerja = "Hasil Penilaian Kinerja";
    public const string CetakHasil = "Cetak hasil penilaian";
    public const string PetunjukCetak = "Gunakan menu Cetak pada peramban (A4) untuk mencetak atau menyimpan sebagai PDF.";
    public const string SayaTelahMembaca = "Saya telah membaca";
    public const string IntervensiJudul = "RHK guru yang mengintervensi";
    public const string BelumDiintervensi = "Belum ada RHK guru yang merujuknya.";

    /// <summary>An option of the principal's RHK: what it is, its indicator, and whether that plan is agreed yet.</summary>
    /// <summary>Under one of the principal's RHK a teacher may name: its indicator, and the principal's plan's state until it is agreed.</summary>
    public static string OpsiRhkAtasan(string indikator, string status) =>
        status == "Disepakati" ? $"Indikator: {indikator}" : $"Indikator: {indikator} (SKP kepala sekolah {StatusSkp(status).ToLowerInvariant()})";

    public const string JenisRhk = "Pilih RHK";
    public const string Aspek = "Aspek";
    public const string AspekIndikator = "Aspek yang diukur indikator";
    public const string Perspektif = "Perspektif";
    public const string EkspektasiKhusus = "Ekspektasi khusus pimpinan";
    public const string EkspektasiKhususPenjelasan =
        "Tuliskan harapan khusus Anda untuk aspek perilaku kerja yang dipilih. Disimpan bersama SKP dan tampil pada SKP yang disepakati.";
    public const string SimpanEkspektasi = "Simpan ekspektasi";

    /// <summary>Under rows that reached their limit, instead of the <i>Tambah</i> button.</summary>
    public static string BarisPenuh(string apa, int paling) => $"Sudah {paling} {apa}: sebanyak yang dapat dipilih.";
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

    /// <summary>
    /// The observation rubric's three levels (domain.md, step B), each with what the principal saw to choose it. The seeds
    /// name the levels only; the descriptions say the difference between them in the words of the level names.
    /// </summary>
    public static readonly IReadOnlyList<(string Kode, string Teks, string Deskripsi)> LevelRubrik =
    [
        ("BelumDilakukan", "Belum dilakukan", "Perilaku ini tidak terlihat selama pembelajaran yang diobservasi."),
        ("DilakukanBelumEfektif", "Dilakukan tapi belum efektif",
            "Perilaku ini terlihat, tetapi belum konsisten atau belum berdampak pada sebagian besar peserta didik."),
        ("DilakukanEfektif", "Dilakukan dan efektif", "Perilaku ini terlihat secara konsisten dan berdampak pada peserta didik."),
    ];

    public static readonly IReadOnlyList<(string Kode, string Teks)> Rating =
    [
        ("DiAtasEkspektasi", "Di atas ekspektasi"),
        ("SesuaiEkspektasi", "Sesuai ekspektasi"),
        ("DiBawahEkspektasi", "Di bawah ekspektasi"),
    ];

    public static string NamaRating(string? kode) => Rating.FirstOrDefault(r => r.Kode == kode).Teks ?? kode ?? "-";

    public static string NamaLevel(string? kode) => LevelRubrik.FirstOrDefault(r => r.Kode == kode).Teks ?? kode ?? "-";

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

    public const string JenisKegiatan = "Jenis kegiatan";

    /// <summary>
    /// Juknis Pasal 14 lists its activities a–r without headings; the page groups them by what the teacher does, so the
    /// eighteen long texts can be scanned.
    /// </summary>
    public static string KelompokKegiatan(string kode) => kode switch
    {
        "a" or "b" or "c" => "Berbagi praktik baik",
        "d" or "e" or "f" or "g" or "h" or "i" => "Menyusun dan menelaah karya",
        "j" or "k" or "l" => "Berpartisipasi dan mendampingi",
        _ => "Menjadi peserta",
    };

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
        "skp_dibaca" => "SKP dibaca pegawai",
        "catatan_observasi_dibaca" => "Catatan observasi dibaca guru",
        "hasil_dibaca" => "Hasil penilaian dibaca pegawai",
        "siklus_dibuka" => "Siklus dibuka",
        "persiapan_disusun" => "Diskusi persiapan",
        "jadwal_dikonfirmasi" => "Jadwal dikonfirmasi",
        "jadwal_diubah" => "Jadwal observasi diusulkan ulang",
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
        "penilai_ks_ditugaskan" => "Penilai kepala sekolah ditugaskan",
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
