namespace Kinerja.Web;

/// <summary>The words of the operator's and the penilai-ks's pages.</summary>
public static partial class Teks
{
    public const string TidakBerwenang = "Tidak berwenang";
    public const string TidakBerwenangPenjelasan =
        "Halaman ini untuk peran lain. Peran yang Anda gunakan untuk masuk tidak berwenang membukanya. Jika Anda seharusnya dapat membukanya, hubungi operator dinas.";

    public const string Sekolah = "Sekolah";
    public const string Impor = "Impor";
    public const string PegawaiJudul = "Pegawai";
    public const string Laporan = "Laporan";
    public const string KepalaSekolahWilayah = "Kepala sekolah yang Anda nilai";
    public const string CariNamaAtauNip = "Cari nama atau NIP";
    public const string Cari = "Cari";

    public static string TidakAdaYangCocok(string? cari) => $"Tidak ada yang cocok dengan \u201c{cari}\u201d.";
    public const string Saring = "Saring";
    public const string Semua = "Semua";
    public const string Sebelumnya = "Sebelumnya";
    public const string Berikutnya = "Berikutnya";
    public const string TidakAdaData = "Belum ada data.";
    public const string LihatTabel = "Lihat tabel";
    public const string SekolahNamaAtauNpsn = "Sekolah (nama atau NPSN)";
    public const string CariCalonKepala = "Cari pegawai sekolah ini (nama atau NIP)";
    public const string CalonKepala = "Pilih pegawai yang ditugaskan";
    public const string BelumAdaPegawaiPadan = "Belum ada pegawai padan di sekolah ini.";

    public static string TidakAdaCalon(string cari) => $"Tidak ada pegawai padan sekolah ini yang cocok dengan \"{cari}\".";

    public static string BeberapaSekolahCocok(string cari) => $"Beberapa sekolah cocok dengan \"{cari}\". Pilih salah satu:";

    public static string TidakAdaSekolah(string cari) => $"Tidak ada sekolah di wilayah Anda yang cocok dengan \"{cari}\".";

    public const string KemajuanWilayah = "Kemajuan wilayah";
    public const string KemajuanSekolah = "Kemajuan sekolah";
    public const string PerSekolah = "Per sekolah";
    public const string TahapData = "Data pegawai";
    public const string TahapSkp = "SKP";
    public const string TahapSiklusJudul = "Siklus pembinaan";
    public const string TahapPenilaian = "Penilaian";
    public const string DistribusiPredikat = "Distribusi predikat";
    public const string Jumlah = "Jumlah";

    public const string DaftarkanSekolah = "Daftarkan sekolah";
    public const string UbahSekolah = "Ubah data sekolah";
    public const string TugaskanKepala = "Tugaskan kepala sekolah";
    public const string KepalaSekolahSaatIni = "Kepala sekolah saat ini";
    public const string BelumAdaKepala = "Belum ada kepala sekolah.";
    public const string Plt = "Pelaksana tugas (Plt)";
    public const string PenilaiKepala = "Penilai kepala sekolah";
    public const string TugaskanPenilai = "Tugaskan penilai";
    public const string NipPenilai = "NIP penilai (pengawas sekolah)";
    public const string BelumAdaPenilai = "Belum ada penilai. Kepala sekolah ini belum dapat disetujui SKP-nya maupun dinilai sampai penilai ditugaskan.";
    public const string PenjelasanPenilai = "Penilai (penilai-ks, biasanya pengawas sekolah binaan) menyetujui SKP, mengobservasi dan menilai kepala sekolah, juga SKP guru milik Plt.";
    public const string PenilaiDitugaskan = "Penilai kepala sekolah ditugaskan.";
    /// <summary>PMM's and BKD's word for when an assignment takes effect (terhitung mulai tanggal).</summary>
    public const string Tmt = "TMT";
    public const string TmtPenugasan = "TMT penugasan (terhitung mulai tanggal)";
    public const string NamaSekolah = "Nama sekolah";

    public const string UnggahBerkas = "Unggah berkas";
    public const string SumberData = "Sumber data";
    public const string Berkas = "Berkas (CSV dengan baris judul, atau JSON)";
    public const string Unggah = "Unggah";
    public const string ImporWilayah = "Impor di wilayah ini";
    public const string BarisDitolak = "Baris yang ditolak";
    public const string UnduhDitolak = "Unduh baris yang ditolak (CSV)";
    public const string MuatUlang = "Muat ulang untuk melihat kemajuan";
    public const string Kemajuan = "Kemajuan";

    public const string MenurutSumber = "Menurut setiap sumber";
    public const string Berbeda = "berbeda";
    public const string SelesaikanDisparitas = "Selesaikan";
    public const string NilaiYangBenar = "Nilai yang benar";
    public const string NilaiLainnya = "Lainnya: nilai yang tidak ada di sumber mana pun";
    public const string NilaiLainnyaIsian = "Nilai lainnya (diisi bila memilih Lainnya)";

    public static string MenurutSumberSingkat(string sumber) => $"menurut {NamaSumber(sumber)}";
    public const string Alasan = "Alasan";
    public const string SudahDiselesaikan = "Sudah diselesaikan operator";

    public const string UnduhCsv = "Unduh CSV";
    public const string UnduhSkpCsv = "Unduh SKP (CSV)";
    public const string UnduhJson = "Unduh JSON";
    public const string EksporEKinerja = "Ekspor e-Kinerja";
    public const string FeedRegional = "Hasil untuk sistem daerah (BKD)";
    public const string HasilUntukDaerah = "Hasil yang sudah dapat diambil sistem daerah (penetapan dan koreksi)";
    public const string HasilTerakhir = "Hasil terakhir ditetapkan";
    public const string BelumAda = "Belum ada";
    public const string FeedPenjelasan =
        "Setiap predikat yang ditetapkan atau dikoreksi dikirim ke sistem kepegawaian daerah saat itu juga, dan dapat diambil ulang kapan saja.";
    public static string DaftarAngkaKredit(int tahun) => $"Angka kredit {tahun}";
    public const string PerJenjang = "Per jenjang";

    public const string Koreksi = "Koreksi predikat";

    public static string UmpanBalikUntuk(bool kepalaSekolah) => $"Umpan balik untuk {(kepalaSekolah ? "kepala sekolah" : "guru")}";
    public const string KoreksiPenjelasan = "Predikat yang sudah ditetapkan hanya dapat diubah dengan alasan tertulis. Koreksi tercatat di riwayat dan dikirim ulang ke daerah.";

    public static string NamaSumber(string sumber) => sumber switch
    {
        "dapodik" => "Dapodik",
        "siasn" => "SI-ASN",
        "dukcapil" => "Dukcapil",
        _ => sumber,
    };

    public static string StatusImpor(string status) => status switch
    {
        "Berjalan" => "Berjalan",
        "Selesai" => "Selesai",
        "Gagal" => "Gagal",
        _ => status,
    };

    public static readonly IReadOnlyList<string> JenisDisparitas =
    [
        "TidakAdaDiDapodik", "TidakAdaDiSiasn", "TidakAdaDiDukcapil", "NikBerbeda", "NipBerbeda", "Nama", "TanggalLahir", "JenisKelamin",
        "TanggalLahirNip", "JenisKelaminNip", "TanggalLahirNik",
    ];

    public static string NamaDisparitas(string jenis) => jenis switch
    {
        "TidakAdaDiDapodik" => "Tidak ada di Dapodik",
        "TidakAdaDiSiasn" => "Tidak ada di SI-ASN",
        "TidakAdaDiDukcapil" => "Tidak ada di Dukcapil",
        "NikBerbeda" => "NIK berbeda",
        "NipBerbeda" => "NIP berbeda",
        "Nama" => "Nama berbeda",
        "TanggalLahir" => "Tanggal lahir berbeda",
        "JenisKelamin" => "Jenis kelamin berbeda",
        "TanggalLahirNip" => "Tanggal lahir tidak cocok dengan NIP",
        "JenisKelaminNip" => "Jenis kelamin tidak cocok dengan NIP",
        "TanggalLahirNik" => "Tanggal lahir tidak cocok dengan NIK",
        _ => jenis,
    };

    public static readonly IReadOnlyList<string> StatusSkpSemua = ["BelumMulai", "Draf", "Diajukan", "Dikembalikan", "Disepakati"];

    public static readonly IReadOnlyList<string> TahapSiklusSemua =
        ["Persiapan", "KonfirmasiJadwal", "Observasi", "DiskusiTindakLanjut", "UpayaTindakLanjut", "Refleksi", "KonfirmasiRefleksi", "Selesai"];

    public static readonly IReadOnlyList<string> StatusPenilaianSemua = ["MenungguSiklus", "SiapDinilai", "Dinilai", "Ditetapkan"];

    public static readonly IReadOnlyList<string> PredikatSemua = ["SangatBaik", "Baik", "ButuhPerbaikan", "KurangMisconduct", "SangatKurang"];

    /// <summary>A jenjang jabatan as people write it: <c>AhliPertama</c> is "Ahli Pertama".</summary>
    public static string Jenjang(string? kode) => kode is null or "-" ? "Tidak diketahui" : System.Text.RegularExpressions.Regex.Replace(kode, "(?<=[a-z])(?=[A-Z])", " ");

    public static string StatusSkpSingkat(string status) => status == "BelumMulai" ? "Belum dimulai" : StatusSkp(status);

    /// <summary>Where the year's windows stand today: what is open and for how many more days, or when the next one opens.</summary>
    /// <summary>A period of the year, in PMM's words (<c>Masa penyusunan SKP</c>), and how many days are left of it.</summary>
    public static string SisaJendela(string nama, DateOnly mulai, DateOnly selesai, DateOnly hariIni) =>
        hariIni < mulai ? $"Masa {nama} ({Format.Tanggal(mulai)} – {Format.Tanggal(selesai)}) dimulai {mulai.DayNumber - hariIni.DayNumber} hari lagi."
        : hariIni <= selesai ? $"Masa {nama} berlangsung sampai {Format.Tanggal(selesai)}: sisa {selesai.DayNumber - hariIni.DayNumber + 1} hari."
        : $"Masa {nama} ({Format.Tanggal(mulai)} – {Format.Tanggal(selesai)}) sudah berakhir.";

    /// <summary>What a teacher and a principal see of the planning period: "Batas penyusunan SKP: 31 Januari 2026 (29 hari lagi)".</summary>
    public static string BatasPenyusunan(DateOnly mulai, DateOnly selesai, DateOnly hariIni) =>
        hariIni < mulai ? $"Masa penyusunan SKP dimulai {Format.Tanggal(mulai)} ({mulai.DayNumber - hariIni.DayNumber} hari lagi)."
        : hariIni == selesai ? $"Batas penyusunan SKP: hari ini, {Format.Tanggal(selesai)}."
        : hariIni < selesai ? $"Batas penyusunan SKP: {Format.Tanggal(selesai)} ({selesai.DayNumber - hariIni.DayNumber} hari lagi)."
        : $"Masa penyusunan SKP berakhir {Format.Tanggal(selesai)}.";
}
