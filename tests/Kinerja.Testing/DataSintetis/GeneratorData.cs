namespace Kinerja.Testing.DataSintetis;

using System.Globalization;

/// <summary>
/// Dapodik, SI-ASN and Dukcapil files for N people of one wilayah, deterministic from a seed, with a
/// realistic mix of every disparity kind (and of titles that are not one). Written row by row, so a
/// million people need no more memory than ten.
/// </summary>
public sealed class GeneratorData(int seed, string wilayah = "3273", int orangPerSekolah = 40)
{
    private static readonly string[] NamaDepanL = ["Ahmad", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Imam", "Joko", "Rudi", "Slamet", "Agus", "Bambang", "Yusuf", "Wahyu", "Asep"];
    private static readonly string[] NamaDepanP = ["Siti", "Dewi", "Sri", "Rina", "Ani", "Nur", "Endang", "Yuni", "Lestari", "Ratna", "Wati", "Ayu", "Fitri", "Indah", "Euis"];
    private static readonly string[] NamaBelakang = ["Aminah", "Santoso", "Wijaya", "Hidayat", "Saputra", "Lestari", "Kurniawan", "Rahmawati", "Nugroho", "Susanti", "Setiawan", "Handayani", "Permana", "Maulana", "Suryani"];
    private static readonly string[] GelarDepan = ["Dra.", "Drs.", "Dr."];
    private static readonly string[] GelarBelakang = ["S.Pd.", "M.Pd.", "S.Pd.I", "S.Si.", "S.Pd., M.Pd."];
    private static readonly string[] Jenjang = ["AhliPertama", "AhliMuda", "AhliMadya", "AhliUtama"];
    private static readonly string[] Ibu = ["Sumiati", "Aisyah", "Kartini", "Sulastri", "Rukmini", "Juariah"];

    /// <summary>Share of each case; the rest are clean.</summary>
    private static readonly (Kasus Kasus, double Bagian)[] Campuran =
    [
        (Kasus.GelarSaja, 0.10), (Kasus.NamaBerbeda, 0.03), (Kasus.TanggalLahirBerbeda, 0.03), (Kasus.JenisKelaminBerbeda, 0.02),
        (Kasus.NikBerbeda, 0.03), (Kasus.NipBerbeda, 0.02), (Kasus.TidakAdaDiDukcapil, 0.03), (Kasus.TidakAdaDiSiasn, 0.03),
        (Kasus.TidakAdaDiDapodik, 0.02), (Kasus.UnorTidakTerpetakan, 0.03), (Kasus.SekolahBerbeda, 0.02), (Kasus.TanggalLahirNip, 0.02),
    ];

    public const string HeaderDapodik = "nik,nip,nuptk,nama,tanggal_lahir,jenis_kelamin,npsn,jenis_ptk";
    public const string HeaderSiasn = "nip,nik,nama,tanggal_lahir,jenis_kelamin,status_kepegawaian,jabatan,jenjang,golongan,unor,npsn_unor,instansi,kode_wilayah_instansi";
    public const string HeaderDukcapil = "nik,nama,tanggal_lahir,jenis_kelamin,nama_ibu_kandung";

    public string Wilayah => wilayah;

    /// <summary>
    /// The three sources' rows (with headers) that make the pegawai with this NIP padan at <paramref name="npsn"/>: birth
    /// date and sex from the NIP, a NIK of the wilayah that agrees with them. What a principal must be before they are
    /// given a school.
    /// </summary>
    public static (string Dapodik, string Siasn, string Dukcapil) BarisPadan(string wilayah, string npsn, string nip, string nama = "Kepala Uji")
    {
        var lahir = $"{nip[..4]}-{nip[4..6]}-{nip[6..8]}";
        var perempuan = nip[14] == '2';
        var hari = int.Parse(nip[6..8], CultureInfo.InvariantCulture) + (perempuan ? 40 : 0);
        // kecamatan 99, which the generated people never have: no NIK of theirs is met again
        var nik = $"{wilayah}99{hari:00}{nip[4..6]}{nip[2..4]}0001";
        var jk = perempuan ? "P" : "L";
        return ($"{HeaderDapodik}\n{nik},{nip},,{nama},{lahir},{jk},{npsn},guru\n",
            $"{HeaderSiasn}\n{nip},{nik},{nama},{lahir},{jk},PNS,Guru Ahli Madya,AhliMadya,IV/a,UNOR-1,{npsn},Pemkot,{wilayah}\n",
            $"{HeaderDukcapil}\n{nik},{nama.ToUpperInvariant()},{lahir},{jk},Ibu Uji\n");
    }

    public static string NpsnSekolah(int nomorSekolah) => (20_000_000 + nomorSekolah).ToString(CultureInfo.InvariantCulture);

    public int JumlahSekolah(int jumlahOrang) => Math.Max(1, (jumlahOrang + orangPerSekolah - 1) / orangPerSekolah);

    /// <param name="berubah">Share of people whose Dapodik row differs (a new NUPTK) from the unchanged run with the same seed.</param>
    /// <param name="hanyaKasus">Force every person into this case (tests of one kind).</param>
    public IEnumerable<OrangSintetis> Tulis(int jumlah, TextWriter dapodik, TextWriter siasn, TextWriter dukcapil,
        double berubah = 0, int seedPerubahan = 0, Kasus? hanyaKasus = null)
    {
        var random = new Random(seed);
        var perubahan = new Random(seedPerubahan);
        var nipDipakai = new HashSet<string>();
        var nikDipakai = new HashSet<string>();
        dapodik.WriteLine(HeaderDapodik);
        siasn.WriteLine(HeaderSiasn);
        dukcapil.WriteLine(HeaderDukcapil);

        for (var i = 0; i < jumlah; i++)
        {
            var perempuan = random.Next(2) == 1;
            var lahir = new DateOnly(1965, 1, 1).AddDays(random.Next(0, 33 * 365));
            var tmt = new DateOnly(lahir.Year + 22 + random.Next(0, 10), random.Next(1, 13), 1);
            var nip = Unik(nipDipakai, s => $"{lahir:yyyyMMdd}{tmt:yyyyMM}{(perempuan ? 2 : 1)}{s % 1000:000}", random.Next(1000));
            var nik = Unik(nikDipakai, s => $"{wilayah}{1 + s / 10000 % 20:00}{(perempuan ? lahir.Day + 40 : lahir.Day):00}{lahir:MMyy}{s % 10000:0000}", random.Next(200_000));
            var nama = $"{(perempuan ? NamaDepanP : NamaDepanL)[random.Next(15)]} {NamaBelakang[random.Next(15)]}";
            var npsn = NpsnSekolah(i / orangPerSekolah);
            var kasus = hanyaKasus ?? Pilih(random.NextDouble());
            var jenjang = Jenjang[random.Next(4)];
            var nuptk = $"{random.NextInt64(1_000_000_000_000_000, 9_999_999_999_999_999)}";
            if (berubah > 0 && perubahan.NextDouble() < berubah)
            {
                nuptk = $"{(long.Parse(nuptk, CultureInfo.InvariantCulture) % 9_000_000_000_000_000) + 1_000_000_000_000_000 + 7}";
            }

            var namaDapodik = kasus switch
            {
                Kasus.GelarSaja => $"{GelarDepan[random.Next(3)]} {nama.ToUpperInvariant()}, {GelarBelakang[random.Next(5)]}",
                Kasus.NamaBerbeda => nama.Replace("a", "o", StringComparison.Ordinal) + "x",
                _ => nama,
            };
            var lahirDapodik = kasus == Kasus.TanggalLahirBerbeda ? lahir.AddDays(3) : lahir;
            var perempuanSiasn = kasus == Kasus.JenisKelaminBerbeda ? !perempuan : perempuan;
            var nikSiasn = kasus == Kasus.NikBerbeda ? Unik(nikDipakai, s => $"{wilayah}99{lahir:ddMMyy}{s % 10000:0000}", random.Next(10000)) : nik;
            var nipSiasn = kasus == Kasus.NipBerbeda
                ? Unik(nipDipakai, s => $"{lahir:yyyyMMdd}{tmt.AddMonths(1):yyyyMM}{(perempuan ? 2 : 1)}{s % 1000:000}", random.Next(1000))
                : nip;
            if (kasus == Kasus.TanggalLahirNip)
            {
                // the NIP was typed with another birth date; every source agrees on the real one
                nip = Unik(nipDipakai, s => $"{lahir.AddYears(1):yyyyMMdd}{tmt:yyyyMM}{(perempuan ? 2 : 1)}{s % 1000:000}", random.Next(1000));
                nipSiasn = nip;
            }

            var npsnUnor = kasus switch
            {
                Kasus.UnorTidakTerpetakan => "",
                Kasus.SekolahBerbeda => NpsnSekolah(i / orangPerSekolah + 1),
                _ => npsn,
            };

            if (kasus != Kasus.TidakAdaDiDapodik)
            {
                dapodik.WriteLine($"{nik},{nip},{nuptk},{Csv(namaDapodik)},{lahirDapodik:yyyy-MM-dd},{(perempuan ? "P" : "L")},{npsn},guru");
            }

            if (kasus != Kasus.TidakAdaDiSiasn)
            {
                siasn.WriteLine($"{nipSiasn},{nikSiasn},{nama},{lahir:yyyy-MM-dd},{(perempuanSiasn ? "P" : "L")},PNS,Guru {SpasiJenjang(jenjang)},{jenjang},III/b,UNOR-{npsn},{npsnUnor},Pemerintah Kabupaten/Kota {wilayah},{wilayah}");
            }

            if (kasus != Kasus.TidakAdaDiDukcapil)
            {
                dukcapil.WriteLine($"{nik},{nama.ToUpperInvariant()},{lahir:yyyy-MM-dd},{(perempuan ? "P" : "L")},{Ibu[random.Next(6)]}");
            }

            yield return new OrangSintetis(i, kasus == Kasus.TidakAdaDiDapodik ? nipSiasn : nip, nik, npsn, perempuan, kasus);
        }
    }

    private static string SpasiJenjang(string jenjang) => jenjang.Replace("Ahli", "Ahli ", StringComparison.Ordinal);

    private static string Csv(string value) => value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value;

    private static Kasus Pilih(double r)
    {
        foreach (var (kasus, bagian) in Campuran)
        {
            if (r < bagian)
            {
                return kasus;
            }

            r -= bagian;
        }

        return Kasus.Bersih;
    }

    private static string Unik(HashSet<string> dipakai, Func<int, string> buat, int mulai)
    {
        for (var s = mulai; ; s++)
        {
            var nilai = buat(s);
            if (dipakai.Add(nilai))
            {
                return nilai;
            }
        }
    }
}
