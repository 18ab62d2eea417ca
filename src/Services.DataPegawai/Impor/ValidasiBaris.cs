namespace Kinerja.DataPegawai.Impor;

using System.Globalization;
using Kinerja.DataPegawai.Identitas;
using Kinerja.DataPegawai.Pegawai;

/// <summary>
/// The rules a row must pass to be used (docs/sumber-data.md). A row that fails is reported with every
/// reason and skipped; the rest of the file is still imported.
/// </summary>
public static class ValidasiBaris
{
    private static readonly string[] Jenjang = ["AhliPertama", "AhliMuda", "AhliMadya", "AhliUtama"];
    private static readonly string[] StatusAsn = ["PNS", "PPPK"];
    private static readonly string[] JenisPtk = ["guru", "kepala sekolah"];

    public static (IRekaman? Rekaman, string? Alasan) Baca(Sumber sumber, Baris baris, SidikBaris sidik)
    {
        if (baris.Galat is not null)
        {
            return (null, baris.Galat);
        }

        var p = new Pemeriksa(baris.Kolom);
        IRekaman rekaman = sumber switch
        {
            Sumber.Dapodik => Dapodik(p),
            Sumber.Siasn => Siasn(p),
            _ => Dukcapil(p),
        };
        return p.Galat is null ? (Bersidik(rekaman, sidik.Hitung(rekaman.Bidang())), null) : (null, string.Join(" ", p.Galat));
    }

    private static RekamanDapodik Dapodik(Pemeriksa p)
    {
        var nik = p.Nomor("nik", Nomor.PeriksaNik);
        var nuptk = p.Opsional("nuptk", Nomor.PeriksaNuptk);
        // a non-ASN teacher has no NIP: their NUPTK identifies them (IdPegawai)
        var nip = nuptk is null ? p.Nomor("nip", Nomor.PeriksaNip) : p.Opsional("nip", Nomor.PeriksaNip) ?? "";
        var nama = p.Teks("nama", 150);
        var lahir = p.Tanggal("tanggal_lahir");
        var jk = p.JenisKelamin("jenis_kelamin");
        var npsn = p.Nomor("npsn", Nomor.PeriksaNpsn);
        var ptk = p.Pilihan("jenis_ptk", JenisPtk);
        return new RekamanDapodik(nik, nip, nuptk, nama, lahir, jk, npsn, ptk, Hash: "");
    }

    private static RekamanSiasn Siasn(Pemeriksa p)
    {
        var nip = p.Nomor("nip", Nomor.PeriksaNip);
        var nik = p.Nomor("nik", Nomor.PeriksaNik);
        var nama = p.Teks("nama", 150);
        var lahir = p.Tanggal("tanggal_lahir");
        var jk = p.JenisKelamin("jenis_kelamin");
        var status = p.Pilihan("status_kepegawaian", StatusAsn);
        var jabatan = p.Teks("jabatan", 150);
        var jenjang = p.Pilihan("jenjang", Jenjang);
        var golongan = p.Teks("golongan", 10);
        var unor = p.Teks("unor", 100);
        var npsnUnor = p.Opsional("npsn_unor", Nomor.PeriksaNpsn);
        var instansi = p.Teks("instansi", 150);
        var wilayah = p.Nomor("kode_wilayah_instansi", Nomor.PeriksaWilayah);
        return new RekamanSiasn(nip, nik, nama, lahir, jk, status, jabatan, jenjang, golongan, unor, npsnUnor, instansi, wilayah, Hash: "");
    }

    private static RekamanDukcapil Dukcapil(Pemeriksa p)
    {
        var nik = p.Nomor("nik", Nomor.PeriksaNik);
        var nama = p.Teks("nama", 150);
        var lahir = p.Tanggal("tanggal_lahir");
        var jk = p.JenisKelamin("jenis_kelamin");
        var ibu = p.Teks("nama_ibu_kandung", 150);
        return new RekamanDukcapil(nik, nama, lahir, jk, ibu, Hash: "");
    }

    private static IRekaman Bersidik(IRekaman rekaman, string hash) => rekaman switch
    {
        RekamanDapodik d => d with { Hash = hash },
        RekamanSiasn s => s with { Hash = hash },
        RekamanDukcapil c => c with { Hash = hash },
        _ => throw new ArgumentOutOfRangeException(nameof(rekaman)),
    };

    private sealed class Pemeriksa(KolomBaris kolom)
    {
        /// <summary>Every reason the row is refused; null while there is none, as in nearly every row.</summary>
        public List<string>? Galat { get; private set; }

        private string? Nilai(string nama) => kolom[nama]?.Trim();

        private void Tolak(string alasan) => (Galat ??= []).Add(alasan);

        public string Nomor(string nama, Func<string?, string?> periksa)
        {
            var v = Nilai(nama);
            if (string.IsNullOrEmpty(v))
            {
                Tolak($"{nama}: wajib diisi.");
                return "";
            }

            if (periksa(v) is { } salah)
            {
                Tolak($"{nama}: {salah}");
            }

            return v;
        }

        public string? Opsional(string nama, Func<string?, string?> periksa)
        {
            var v = Nilai(nama);
            if (string.IsNullOrEmpty(v))
            {
                return null;
            }

            if (periksa(v) is { } salah)
            {
                Tolak($"{nama}: {salah}");
            }

            return v;
        }

        public string Teks(string nama, int max)
        {
            var v = Nilai(nama);
            if (string.IsNullOrEmpty(v))
            {
                Tolak($"{nama}: wajib diisi.");
                return "";
            }

            if (v.Length > max)
            {
                Tolak($"{nama}: paling banyak {max} karakter.");
            }

            // char.IsControl's two ranges, searched vectorised: this runs on every text field of every row
            if (v.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') >= 0 || v.AsSpan().IndexOfAnyInRange('\u007f', '\u009f') >= 0)
            {
                Tolak($"{nama}: tidak boleh berisi karakter kontrol.");
            }

            return v;
        }

        public DateOnly Tanggal(string nama)
        {
            var v = Nilai(nama);
            if ((TanggalAngka.Coba(v, out var d) || DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
                && d.Year >= 1900)
            {
                return d;
            }

            Tolak(string.IsNullOrEmpty(v) ? $"{nama}: wajib diisi." : $"{nama}: '{Kutipan.Potong(v)}' bukan tanggal yang sah; tulis tahun-bulan-tanggal, misalnya 1985-03-15.");
            return default;
        }

        public JenisKelamin JenisKelamin(string nama)
        {
            var v = Nilai(nama);
            if (v is "L" or "P")
            {
                return v == "L" ? Identitas.JenisKelamin.L : Identitas.JenisKelamin.P;
            }

            Tolak($"{nama}: harus L atau P.");
            return default;
        }

        public string Pilihan(string nama, string[] pilihan)
        {
            var v = Nilai(nama);
            if (v is not null && Array.IndexOf(pilihan, v) >= 0)
            {
                return v;
            }

            Tolak($"{nama}: harus salah satu dari {string.Join(", ", pilihan)}.");
            return "";
        }
    }
}
