namespace Kinerja.Perencanaan.Katalog;

using Kinerja.Kepegawaian.Sekolah;

public sealed record Butir(string Kode, string Teks);

public sealed record SubIndikator(string Kode, string Aspek, string Nama, string Definisi);

public sealed record Kelompok(string Kode, string Nama, IReadOnlyList<Butir> Indikator);

/// <summary>
/// The reference data of domain.md §4, every text as the source documents in ../shared/seeds give it
/// (seed 000: sub-indicators, BerAKHLAK, competencies; seed 003: Pasal 10–14 of the Juknis). Codes are
/// stable: plans store them, so a text may be corrected but a code never reused.
/// </summary>
public static class KatalogData
{
    /// <summary>Tugas pokok Guru (seed 003).</summary>
    public static readonly IReadOnlyList<Butir> TugasPokokGuru =
    [
        new("TP-A", "merencanakan pembelajaran"),
        new("TP-B", "melaksanakan pembelajaran"),
        new("TP-C", "menilai hasil pembelajaran"),
        new("TP-D", "membimbing dan melatih peserta didik"),
        new("TP-E", "melaksanakan tugas tambahan"),
    ];

    /// <summary>The duties a principal's results are measured by (seed 003, Pasal 8 ayat 1): not the teacher's.</summary>
    public static readonly IReadOnlyList<Butir> TugasPokokKepalaSekolah =
    [
        new("TP-KS-A", "manajerial"),
        new("TP-KS-B", "pengembangan kewirausahaan"),
        new("TP-KS-C", "supervisi kepada Guru dan tenaga kependidikan"),
    ];

    /// <summary>
    /// What a teacher's RHK indicator measures. Seed 003 names the field (Rencana SKP Guru memuat … aspek) but not its
    /// values; these are SKP practice's four (PermenPANRB 6/2022, as e-Kinerja BKN asks them).
    /// </summary>
    public static readonly IReadOnlyList<Butir> AspekHasilKerja =
    [
        new("KUANTITAS", "Kuantitas"),
        new("KUALITAS", "Kualitas"),
        new("WAKTU", "Waktu"),
        new("BIAYA", "Biaya"),
    ];

    /// <summary>
    /// The perspective a principal's RHK serves. Seed 003 names the field (Rencana SKP Kepala Sekolah memuat … perspektif)
    /// but not its values; these are the four of a leader's SKP (PermenPANRB 6/2022, as e-Kinerja BKN asks them).
    /// </summary>
    public static readonly IReadOnlyList<Butir> PerspektifHasilKerja =
    [
        new("PENERIMA-LAYANAN", "Perspektif penerima layanan"),
        new("PROSES-BISNIS", "Perspektif proses bisnis internal"),
        new("PENGUATAN-INTERNAL", "Perspektif penguatan internal"),
        new("ANGGARAN", "Perspektif anggaran"),
    ];

    public static IReadOnlyList<Butir> TugasPokok(PeranPemilik peran) => peran == PeranPemilik.Guru ? TugasPokokGuru : TugasPokokKepalaSekolah;

    /// <summary>The 8 sub-indicators of Rapor Pendidikan D1 Praktik Pembelajaran (seed 000), for teachers.</summary>
    public static readonly IReadOnlyList<SubIndikator> PraktikKinerjaGuru =
    [
        new("G-MK-1", "Manajemen Kelas", "Keteraturan Suasana Kelas", "Upaya membangun suasana kelas yang kondusif untuk proses belajar mengajar dengan minimal gangguan yang mengalihkan perhatian peserta didik dari aktivitas belajar."),
        new("G-MK-2", "Manajemen Kelas", "Penerapan Disiplin Positif", "Upaya penerapan prinsip disiplin positif untuk mengelola perilaku dan kebiasaan kelas yang disepakati bersama."),
        // seed 000 rotates the definitions within Dukungan Psikologis and Aktivasi Kognitif; each is paired here with the
        // name its own words describe, as seed 003 Pasal 13 and Rapor Pendidikan have it (domain.md, "Erratum (seed 000)")
        new("G-DP-1", "Dukungan Psikologis", "Umpan Balik Konstruktif", "Upaya penyampaian informasi tentang kemajuan proses dan capaian pembelajaran kepada peserta didik untuk menumbuhkan motivasi belajar intrinsik."),
        new("G-DP-2", "Dukungan Psikologis", "Perhatian dan Kepedulian", "Upaya pemberian perhatian dan dukungan sesuai dengan kebutuhan belajar setiap peserta didik untuk menumbuhkan motivasi belajar intrinsik."),
        new("G-DP-3", "Dukungan Psikologis", "Ekspektasi pada Peserta Didik", "Upaya mengkomunikasikan ekspektasi yang tinggi kepada semua dan setiap peserta didik untuk menumbuhkan motivasi belajar intrinsik."),
        new("G-AK-1", "Aktivasi Kognitif", "Aktivitas Interaktif", "Upaya pembelajaran yang memfasilitasi kolaborasi dan komunikasi antar peserta didik untuk peningkatan efektivitas pembelajaran."),
        new("G-AK-2", "Aktivasi Kognitif", "Instruksi yang Adaptif", "Upaya penyesuaian praktik pembelajaran sebagai respon terhadap respon peserta didik terhadap kebutuhan belajarnya untuk peningkatan efektivitas pembelajaran."),
        new("G-AK-3", "Aktivasi Kognitif", "Instruksi Pembelajaran", "Upaya penjelasan terstruktur tentang konsep dan aktivitas pembelajaran disertai demonstrasi, ilustrasi, atau contoh yang relevan dan kontekstual untuk peningkatan efektivitas pembelajaran."),
    ];

    /// <summary>The 8 practice items for principals (seed 003, Pasal 13).</summary>
    public static readonly IReadOnlyList<SubIndikator> PraktikKinerjaKepalaSekolah =
    [
        new("KS-A", "Kepala Sekolah", "Memandu perencanaan pembelajaran", "peningkatan praktik kinerja Kepala Sekolah yang berfokus pada memandu perencanaan pembelajaran"),
        new("KS-B", "Kepala Sekolah", "Komunikasi visi dan misi", "peningkatan praktik kinerja Kepala Sekolah yang berfokus pada komunikasi visi dan misi satuan pendidikan"),
        new("KS-C", "Kepala Sekolah", "Penyampaian program satuan pendidikan", "peningkatan praktik kinerja Kepala Sekolah yang berfokus pada penyampaian program satuan pendidikan"),
        new("KS-D", "Kepala Sekolah", "Refleksi pengelolaan kurikulum", "peningkatan praktik kinerja Kepala Sekolah yang berfokus pada refleksi pengelolaan kurikulum satuan pendidikan"),
        new("KS-E", "Kepala Sekolah", "Aktivasi komunitas belajar", "peningkatan praktik kinerja Kepala Sekolah yang berfokus pada aktivasi kegiatan komunitas belajar"),
        new("KS-F", "Kepala Sekolah", "Pembimbingan peningkatan kualitas praktik pembelajaran", "peningkatan praktik kinerja Kepala Sekolah yang berfokus pada pembimbingan peningkatan kualitas praktik pembelajaran"),
        new("KS-G", "Kepala Sekolah", "Berbagi praktik baik kepemimpinan", "peningkatan praktik kinerja Kepala Sekolah yang berfokus pada berbagi praktik baik kepemimpinan"),
        new("KS-H", "Kepemimpinan Pembelajaran", "Refleksi program pengembangan kompetensi", "peningkatan kepemimpinan pembelajaran yang berfokus pada refleksi program pengembangan kompetensi"),
    ];

    /// <summary>The 12 competency indicators by domain (Perdirjen GTK 2626/2023, seed 000).</summary>
    public static readonly IReadOnlyList<Kelompok> Kompetensi =
    [
        new("PED", "Pedagogik",
        [
            new("PED-1", "Lingkungan pembelajaran yang aman dan nyaman bagi peserta didik"),
            new("PED-2", "Pembelajaran efektif yang berpusat pada peserta didik"),
            new("PED-3", "Asesmen, umpan balik, dan pelaporan yang berpusat pada peserta didik"),
        ]),
        new("KEP", "Kepribadian",
        [
            new("KEP-1", "Kematangan moral, emosi, dan spiritual untuk berperilaku sesuai dengan kode etik guru"),
            new("KEP-2", "Pengembangan diri melalui kebiasaan refleksi"),
            new("KEP-3", "Orientasi berpusat pada peserta didik"),
        ]),
        new("SOS", "Sosial",
        [
            new("SOS-1", "Kolaborasi untuk peningkatan pembelajaran"),
            new("SOS-2", "Keterlibatan orangtua/wali dan masyarakat dalam pembelajaran"),
            new("SOS-3", "Keterlibatan dalam organisasi profesi dan jejaring yang lebih luas untuk peningkatan pembelajaran"),
        ]),
        new("PRO", "Profesional",
        [
            new("PRO-1", "Pengetahuan konten pembelajaran dan cara mengajarkannya"),
            new("PRO-2", "Karakteristik dan cara belajar peserta didik"),
            new("PRO-3", "Kurikulum dan cara menggunakannya"),
        ]),
    ];

    /// <summary>The 7 BerAKHLAK aspects, 3 indicators each (seed 000).</summary>
    public static readonly IReadOnlyList<Kelompok> PerilakuKerja =
    [
        new("BO", "Berorientasi Pelayanan",
        [
            new("BO-1", "Memahami kebutuhan peserta didik dan berusaha memenuhinya."),
            new("BO-2", "Bersifat ramah kepada peserta didik dan orangtua tanpa membeda-bedakan, cekatan dalam bekerja, solutif dalam mengatasi permasalahan pembelajaran, dan dapat diandalkan oleh peserta didik, orang tua, maupun rekan sejawat."),
            new("BO-3", "Melakukan perbaikan terus-menerus terhadap kompetensi dan perilaku kerjanya."),
        ]),
        new("AK", "Akuntabel",
        [
            new("AK-1", "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi."),
            new("AK-2", "Memanfaatkan sumber daya satuan pendidikan dengan bertanggung jawab, efektif, dan efisien."),
            new("AK-3", "Tidak menyalahgunakan kewenangan jabatannya demi keuntungan pribadi."),
        ]),
        new("KO", "Kompeten",
        [
            new("KO-1", "Menunjukkan penguasaan kompetensi yang memadai dalam melakukan kinerja."),
            new("KO-2", "Membantu peserta didik, rekan sejawat, dan orang lain untuk saling belajar."),
            new("KO-3", "Melaksanakan tugas dengan kualitas terbaik."),
        ]),
        new("HA", "Harmonis",
        [
            new("HA-1", "Menghargai setiap warga satuan Pendidikan apapun latar belakangnya."),
            new("HA-2", "Memberikan pertolongan bagi warga satuan pendidikan yang memerlukan."),
            new("HA-3", "Mampu membangun lingkungan pembelajaran yang kondusif."),
        ]),
        new("LO", "Loyal",
        [
            new("LO-1", "Memegang teguh moral dan mematuhi peraturan perundang-undangan yang berlaku."),
            new("LO-2", "Menjaga nama baik satuan pendidikan, sesama guru, dan peserta didik dimanapun berada."),
            new("LO-3", "Menjaga informasi yang bersifat sensitif dan berpotensi merugikan peserta didik dan satuan Pendidikan."),
        ]),
        new("AD", "Adaptif",
        [
            new("AD-1", "Menyesuaikan diri secara cepat dalam menghadapi dinamika pembelajaran di kelas."),
            new("AD-2", "Terus berinovasi dan mengembangkan kreativitas untuk memajukan satuan Pendidikan."),
            new("AD-3", "Berpikir proaktif untuk mengembangkan diri dan warga satuan Pendidikan."),
        ]),
        new("KL", "Kolaboratif",
        [
            new("KL-1", "Memberi kesempatan kepada warga satuan pendidikan dan masyarakat atau dunia kerja untuk berkontribusi bagi tujuan pembelajaran yang berpusat pada peserta didik."),
            new("KL-2", "Bekerja sama secara terbuka dalam menghasilkan dampak pembelajaran yang merata bagi peserta didik, rekan sejawat, dan masyarakat atau dunia kerja."),
            new("KL-3", "Menggerakkan pemanfaatan sumber daya satuan pendidikan untuk pencapaian visi dan misi satuan Pendidikan."),
        ]),
    ];

    /// <summary>Rencana hasil kerja Guru (seed 003, Pasal 12).</summary>
    public static readonly IReadOnlyList<Butir> RencanaHasilKerjaGuru =
    [
        new("RHK-G-A", "meningkatnya praktik pembelajaran melalui observasi kinerja dalam menjalankan tugas Guru yang disepakati bersama Kepala Sekolah"),
        new("RHK-G-B", "meningkatnya kinerja satuan pendidikan dan/atau peningkatan karier Guru melalui pengembangan kompetensi yang disepakati bersama Kepala Sekolah"),
        new("RHK-G-C", "tersusunnya kurikulum operasional satuan pendidikan sebagai acuan dalam peningkatan pembelajaran"),
        new("RHK-G-D", "terlaksananya pembelajaran melalui perencanaan dan perangkat penilaian/asesmen yang mengacu pada kurikulum operasional satuan pendidikan"),
        new("RHK-G-E", "meningkatnya kinerja satuan pendidikan melalui terlaksananya tugas tambahan sesuai dengan jenis disepakati bersama Kepala Sekolah"),
    ];

    /// <summary>Rencana hasil kerja Kepala Sekolah (seed 003, Pasal 12).</summary>
    public static readonly IReadOnlyList<Butir> RencanaHasilKerjaKepalaSekolah =
    [
        new("RHK-KS-A", "terlaksananya peningkatan kualitas praktik pembelajaran Guru"),
        new("RHK-KS-B", "meningkatnya praktik kinerja Kepala Sekolah melalui observasi kinerja"),
        new("RHK-KS-C", "terkelolanya kegiatan pengembangan kompetensi Guru dan tenaga kependidikan"),
        new("RHK-KS-D", "meningkatnya kinerja satuan pendidikan dan/atau peningkatan karier Kepala Sekolah melalui pengembangan kompetensi"),
        new("RHK-KS-E", "tersusunnya kurikulum operasional satuan pendidikan yang berorientasi pada peningkatan pembelajaran secara partisipatif"),
        new("RHK-KS-F", "terkelolanya pelaksanaan pembelajaran yang berfokus pada implementasi kurikulum operasional satuan pendidikan"),
        new("RHK-KS-G", "terkelolanya penugasan Guru dan tenaga kependidikan untuk mewujudkan penyelenggaraan pembelajaran yang berkualitas"),
        new("RHK-KS-H", "tersusunnya perencanaan satuan pendidikan yang berorientasi pada peningkatan pembelajaran"),
        new("RHK-KS-I", "tersusunnya laporan pengelolaan satuan pendidikan yang berorientasi pada peningkatan pembelajaran"),
    ];

    /// <summary>Competency-development activity kinds a–r (seed 003, Pasal 14); used again in Observasi's upaya tindak lanjut.</summary>
    public static readonly IReadOnlyList<Butir> KegiatanPengembanganKompetensi =
    [
        new("a", "berbagi praktik baik bagi penggerak komunitas belajar dengan mengadakan minimal 3 (tiga) kegiatan"),
        new("b", "berbagi praktik baik dalam berbagai wadah atau ajang bagi peraih pengakuan atau penghargaan terhadap kompetensi dan kinerjanya"),
        new("c", "berbagi praktik baik dalam kegiatan yang terkait implementasi kurikulum merdeka dan/atau perencanaan berbasis data sebagai narasumber"),
        new("d", "menyusun perangkat ajar yang dapat dibagikan kepada Guru dan/atau Kepala Sekolah lain"),
        new("e", "menyusun kumpulan konten unggulan yang dapat dibagikan kepada Guru dan/atau Kepala Sekolah lain"),
        new("f", "menelaah cerita praktik yang dihasilkan Guru dan/atau Kepala Sekolah lain"),
        new("g", "menyusun cerita praktik yang dapat dibagikan kepada Guru dan/atau Kepala Sekolah lain"),
        new("h", "menelaah aksi nyata sejawat yang dihasilkan Guru dan/atau Kepala Sekolah lain"),
        new("i", "menelaah perangkat ajar yang dihasilkan Guru dan/atau Kepala Sekolah lain"),
        new("j", "berpartisipasi dalam observasi praktik pembelajaran (persiapan, pelaksanaan, dan diskusi tindak lanjut) bersama rekan sejawat"),
        new("k", "menjadi coach, mentor, fasilitator, dan/atau pengajar praktik dalam kegiatan pengembangan kompetensi kepada Guru, Kepala Sekolah, dan/atau pengawas sekolah"),
        new("l", "berpartisipasi dalam kegiatan seminar, lokakarya, konferensi, simposium, dan/atau studi banding lapangan yang diselenggarakan di bidang pendidikan"),
        new("m", "menjadi peserta coaching atau mentoring pengembangan kompetensi oleh Guru, Kepala Sekolah, dan/atau pengawas sekolah"),
        new("n", "menjadi peserta kegiatan pelatihan atau bimbingan teknis yang memperoleh sertifikat di bidang pendidikan, kebudayaan, riset dan teknologi"),
        new("o", "menjadi peserta pelatihan mandiri sesuai model kompetensi Guru, Kepala Sekolah, dan/atau pengawas sekolah"),
        new("p", "menjadi peserta berbagi praktik baik yang diselenggarakan komunitas belajar"),
        new("q", "menjadi peserta program pelatihan dan pendidikan jangka pendek atau menengah pada bidang kepemimpinan dan bidang teknis yang relevan, seperti Pendidikan Guru Penggerak atau pelatihan manajerial Kepala Sekolah"),
        new("r", "menjadi peserta praktik magang pada dunia kerja dan/atau bidang lain yang relevan"),
    ];
}
