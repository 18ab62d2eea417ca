namespace Kinerja.Domain.Tests.Perencanaan;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Periode;
using Kinerja.Perencanaan.Skp;

/// <summary>Plans in the states the commands meet, and the windows of 2026 seen from a day inside or outside them.</summary>
public static class Rencana
{
    public static readonly Guid Id = Guid.Parse("0b6b9c1e-3f2a-4d7e-9a51-2f0c6d8e1a11");
    public const string Guru = "198503152010012001";
    public const string Kepala = "197505102000031002";

    public static readonly Rentang Januari = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));
    public static readonly Rentang Juli = new(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31));

    public static JendelaTahun Pada(int bulan, int hari = 10) => new(new DateOnly(2026, bulan, hari), Januari, Juli);

    public static readonly JendelaTahun DalamPerencanaan = Pada(1);
    public static readonly JendelaTahun DalamPenyesuaian = Pada(7);
    public static readonly JendelaTahun DiLuarJendela = Pada(3);

    public static SkpDibuat Dibuat(PeranPemilik peran = PeranPemilik.Guru, string nip = Guru) => new(Id, nip, 2026, "20219001", "3273", peran);

    public static object[] SemuaBagian =>
    [
        new TugasPokokDitetapkan(Id, "TP-B"),
        new PraktikKinerjaDitetapkan(Id, "G-MK-1"),
        new PengembanganKompetensiDitetapkan(Id, "PED-1"),
        new PerilakuKerjaDitetapkan(Id, [new FokusPerilaku("KL", null)]),
        new HasilKerjaDitetapkan(Id, [new RencanaHasilKerja("RHK-G-A", "Kelas tertib", "80%", new RhkAtasan(IdKepala, "RHK-KS-A"))]),
    ];

    /// <summary>The principal's plan of the same school and period, whose RHK-KS-A the teacher's RHK names.</summary>
    public static readonly Guid IdKepala = Guid.Parse("5d2f8a40-7c1b-4e9a-b3d6-0e4f1a2b3c44");

    public static Skp RencanaKepala(StatusSkp status = StatusSkp.Disepakati, string npsn = "20219001", int tahun = 2026)
    {
        object[] diisi =
        [
            new SkpDibuat(IdKepala, Kepala, tahun, npsn, "3273", PeranPemilik.KepalaSekolah),
            new HasilKerjaDitetapkan(IdKepala, [new RencanaHasilKerja("RHK-KS-A", "Mutu pembelajaran naik", "Rapor B")]),
        ];
        return status switch
        {
            StatusSkp.Draf => Diberikan.Dari<Skp>(diisi[0], diisi[1..]),
            StatusSkp.Diajukan => Diberikan.Dari<Skp>(diisi[0], [.. diisi[1..], new SkpDiajukan(IdKepala)]),
            _ => Diberikan.Dari<Skp>(diisi[0], [.. diisi[1..], new SkpDiajukan(IdKepala),
                new SkpDisepakati(IdKepala, "196801011990031001", false, Kepala, tahun, npsn, "KS-E", "PED-1", ["KL"])]),
        };
    }

    public static readonly AturanKaskade Wajib = new(true);

    public static Skp Draf(PeranPemilik peran = PeranPemilik.Guru) => Diberikan.Dari<Skp>(Dibuat(peran));

    public static Skp Lengkap(PeranPemilik peran = PeranPemilik.Guru) => Diberikan.Dari<Skp>(Dibuat(peran), SemuaBagian);

    public static Skp Diajukan(PeranPemilik peran = PeranPemilik.Guru) => Diberikan.Dari<Skp>(Dibuat(peran), [.. SemuaBagian, new SkpDiajukan(Id)]);

    public static Skp Dikembalikan() => Diberikan.Dari<Skp>(Dibuat(), [.. SemuaBagian, new SkpDiajukan(Id), new SkpDikembalikan(Id, "Perbaiki target.")]);

    public static Skp Disepakati() => Diberikan.Dari<Skp>(Dibuat(), [.. SemuaBagian, new SkpDiajukan(Id), Diajukan().Disepakati(Kepala, otomatis: false)]);

    public static Skp DibukaUntukPenyesuaian() => Diberikan.Dari<Skp>(Dibuat(),
        [.. SemuaBagian, new SkpDiajukan(Id), Diajukan().Disepakati(Kepala, otomatis: false), new PenyesuaianDibuka(Id)]);
}
