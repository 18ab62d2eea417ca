namespace Kinerja.Demo;

using System.Globalization;

/// <summary>A person of the demo (or of a test), whose three registry rows agree: imported, they become padan.</summary>
public sealed record OrangDemo(string Nama, bool Perempuan, DateOnly Lahir, string Jenjang, int Urut)
{
    public DateOnly Tmt => new(Lahir.Year + 24, 1, 1);

    /// <summary>Birth date, start date, sex, serial: the shape DataPegawai checks.</summary>
    public string Nip => $"{Lahir:yyyyMMdd}{Tmt:yyyyMM}{(Perempuan ? 2 : 1)}{Urut % 1000:000}";

    public string NikDi(string wilayah) =>
        $"{wilayah}01{(Perempuan ? Lahir.Day + 40 : Lahir.Day):00}{Lahir:MMyy}{Urut % 10000:0000}";

    /// <summary>Dapodik, SI-ASN and Dukcapil files (docs/sumber-data.md) for the people of one school.</summary>
    public static (string Dapodik, string Siasn, string Dukcapil) Berkas(string npsn, string namaSekolah, string wilayah, IReadOnlyList<OrangDemo> orang)
    {
        var dapodik = new List<string> { "nik,nip,nuptk,nama,tanggal_lahir,jenis_kelamin,npsn,jenis_ptk" };
        var siasn = new List<string> { "nip,nik,nama,tanggal_lahir,jenis_kelamin,status_kepegawaian,jabatan,jenjang,golongan,unor,npsn_unor,instansi,kode_wilayah_instansi" };
        var dukcapil = new List<string> { "nik,nama,tanggal_lahir,jenis_kelamin,nama_ibu_kandung" };
        foreach (var o in orang)
        {
            var nik = o.NikDi(wilayah);
            var jk = o.Perempuan ? "P" : "L";
            var lahir = o.Lahir.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            dapodik.Add($"{nik},{o.Nip},,{o.Nama},{lahir},{jk},{npsn},guru");
            siasn.Add($"{o.Nip},{nik},{o.Nama},{lahir},{jk},PNS,Guru {o.Jenjang.Replace("Ahli", "Ahli ", StringComparison.Ordinal)},{o.Jenjang},III/c,{namaSekolah},{npsn},Pemerintah Daerah {wilayah},{wilayah}");
            dukcapil.Add($"{nik},{o.Nama.ToUpperInvariant()},{lahir},{jk},Ibu {o.Nama.Split(' ')[0]}");
        }

        return (string.Join('\n', dapodik) + '\n', string.Join('\n', siasn) + '\n', string.Join('\n', dukcapil) + '\n');
    }
}
