namespace Kinerja.Domain.Tests.Perencanaan;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Skp;
using Kinerja.ServiceDefaults.Problems;
using static Kinerja.Domain.Tests.Perencanaan.Rencana;

/// <summary>The RHK cascade: a teacher's RHK names the principal's RHK it intervenes (domain.md §4).</summary>
public class KaskadeRhkTests
{
    private static readonly PenugasanKepala KepalaTetap = new(Kepala, Plt: false, new DateOnly(2025, 1, 1));

    private static Skp TanpaIntervensi() => Diberikan.Dari<Skp>(Dibuat(),
        [.. SemuaBagian.Take(4), new HasilKerjaDitetapkan(Id, [new RencanaHasilKerja("RHK-G-A", "Kelas tertib", "80%")])]);

    private static KonflikException Ditolak(Skp skp, IReadOnlyList<Skp> rencanaKepala, bool wajib = true) =>
        Assert.Throws<KonflikException>(() => Ajukan.Decide(skp, Pelaku.Pemilik, DalamPerencanaan, KepalaTetap, rencanaKepala, new AturanKaskade(wajib)));

    [Fact]
    public void a_teachers_plan_naming_an_rhk_of_the_agreed_principals_plan_is_submitted() =>
        Assert.Equal([new SkpDiajukan(Id)], Ajukan.Decide(Lengkap(), Pelaku.Pemilik, DalamPerencanaan, KepalaTetap, [RencanaKepala()], Wajib));

    [Fact]
    public void an_rhk_naming_no_principals_rhk_is_refused_with_the_principals_plan_state()
    {
        var galat = Ditolak(TanpaIntervensi(), [RencanaKepala()]);
        Assert.Contains("RHK 1 (RHK-G-A) belum menyebut RHK kepala sekolah", galat.Message);
        Assert.Contains("SKP kepala sekolah periode 2026 sudah Disepakati", galat.Message);
    }

    [Fact]
    public void without_a_principals_plan_the_teacher_drafts_but_does_not_submit()
    {
        Assert.Contains("Kepala sekolah belum membuat SKP periode 2026", Ditolak(TanpaIntervensi(), []).Message);
        var bagian = Assert.IsType<HasilKerjaDitetapkan>(SemuaBagian[4]);
        Assert.Same(bagian, KaskadeRhk.Dikenal(Draf(), bagian, [RencanaKepala(StatusSkp.Draf)]));
    }

    [Fact]
    public void a_school_led_by_a_plt_with_no_principals_plan_does_not_hold_its_teachers_plans()
    {
        var plt = KepalaTetap with { Plt = true };
        Assert.Equal([new SkpDiajukan(Id)], Ajukan.Decide(TanpaIntervensi(), Pelaku.Pemilik, DalamPerencanaan, plt, [], Wajib));
        Assert.Contains("dipimpin Plt", KaskadeRhk.Keadaan(2026, [], plt));
        Assert.False(KaskadeRhk.Wajib(Wajib, plt, []));
        Assert.True(KaskadeRhk.Wajib(Wajib, plt, [RencanaKepala(StatusSkp.Draf)]));
    }

    [Fact]
    public void an_rhk_of_a_principals_plan_not_yet_agreed_is_refused_naming_its_state()
    {
        var galat = Ditolak(Lengkap(), [RencanaKepala(StatusSkp.Diajukan)]);
        Assert.Contains("SKP kepala sekolah berstatus Diajukan, belum Disepakati", galat.Message);
        Assert.Contains("SKP kepala sekolah periode 2026 berstatus Diajukan", galat.Message);
    }

    [Fact]
    public void an_rhk_of_another_schools_or_periods_principal_is_refused_at_save_and_at_submit()
    {
        var bagian = Assert.IsType<HasilKerjaDitetapkan>(SemuaBagian[4]);
        foreach (var lain in new[] { RencanaKepala(npsn: "20219002"), RencanaKepala(tahun: 2025) })
        {
            var galat = Assert.Throws<ValidasiException>(() => KaskadeRhk.Dikenal(Draf(), bagian, [lain]));
            Assert.Equal(["bukan SKP kepala sekolah 20219001 periode 2026"], galat.Errors["rencana[0].intervensi"]);
            Assert.Contains("RHK 1 (RHK-G-A): bukan SKP kepala sekolah 20219001 periode 2026", Ditolak(Lengkap(), [lain]).Message);
        }
    }

    [Fact]
    public void a_code_the_principals_plan_does_not_carry_is_refused()
    {
        var bagian = new HasilKerjaDitetapkan(Id, [new RencanaHasilKerja("RHK-G-A", "Kelas tertib", "80%", new RhkAtasan(IdKepala, "RHK-KS-B"))]);
        var galat = Assert.Throws<ValidasiException>(() => KaskadeRhk.Dikenal(Draf(), bagian, [RencanaKepala()]));
        Assert.Equal(["SKP kepala sekolah tidak memuat RHK RHK-KS-B"], galat.Errors["rencana[0].intervensi"]);
    }

    [Fact]
    public void relaxed_for_a_first_year_an_rhk_may_name_nothing_but_a_named_one_is_still_checked()
    {
        Assert.Equal([new SkpDiajukan(Id)],
            Ajukan.Decide(TanpaIntervensi(), Pelaku.Pemilik, DalamPerencanaan, KepalaTetap, [], new AturanKaskade(false)));
        Assert.Contains("belum Disepakati", Ditolak(Lengkap(), [RencanaKepala(StatusSkp.Draf)], wajib: false).Message);
    }

    [Fact]
    public void a_principals_own_plan_cascades_from_nothing() =>
        Assert.Equal([new SkpDiajukan(Id)],
            Ajukan.Decide(Lengkap(PeranPemilik.KepalaSekolah), Pelaku.Pemilik, DalamPerencanaan, KepalaTetap, [], Wajib));

    [Fact]
    public void a_principals_rhk_names_no_other_and_its_codes_are_distinct()
    {
        var merujuk = new IsiHasilKerja([new RencanaHasilKerjaInput("RHK-KS-A", "Mutu", "B", new RhkAtasanInput(IdKepala, "RHK-KS-A"))]);
        Assert.Contains("rencana[0].intervensi",
            Assert.Throws<ValidasiException>(() => ValidasiBagian.HasilKerja(Id, PeranPemilik.KepalaSekolah, merujuk)).Errors.Keys);
        var kembar = new IsiHasilKerja([new RencanaHasilKerjaInput("RHK-KS-A", "Mutu", "B"), new RencanaHasilKerjaInput("RHK-KS-A", "Lain", "C")]);
        Assert.Contains("rencana",
            Assert.Throws<ValidasiException>(() => ValidasiBagian.HasilKerja(Id, PeranPemilik.KepalaSekolah, kembar)).Errors.Keys);
    }

    [Fact]
    public void a_teachers_rhk_names_a_principals_code_and_plan()
    {
        var salah = new IsiHasilKerja([new RencanaHasilKerjaInput("RHK-G-A", "Tertib", "80%", new RhkAtasanInput(null, "RHK-G-B"))]);
        var galat = Assert.Throws<ValidasiException>(() => ValidasiBagian.HasilKerja(Id, PeranPemilik.Guru, salah));
        Assert.Equal(["rencana[0].intervensi.kode", "rencana[0].intervensi.skp"], galat.Errors.Keys.Order(StringComparer.Ordinal));
        var benar = new IsiHasilKerja([new RencanaHasilKerjaInput("RHK-G-A", "Tertib", "80%", new RhkAtasanInput(IdKepala, "RHK-KS-A"))]);
        Assert.Equal(new RhkAtasan(IdKepala, "RHK-KS-A"), Assert.Single(ValidasiBagian.HasilKerja(Id, PeranPemilik.Guru, benar).Rencana).Intervensi);
    }
}

/// <summary>Issue 30, item 3: the fields seed 003 names for an RHK: a teacher's aspek, a principal's perspektif.</summary>
public class AspekDanPerspektifTests
{
    private static readonly Guid Id = Guid.Parse("5a0c6b7e-1d2f-4a3b-8c9d-0e1f2a3b4c5d");

    private static RencanaHasilKerja Satu(PeranPemilik peran, string kode, string? aspek, string? perspektif) =>
        Assert.Single(ValidasiBagian.HasilKerja(Id, peran, new IsiHasilKerja([new RencanaHasilKerjaInput(kode, "Indikator", "Target", null, aspek, perspektif)])).Rencana);

    private static IEnumerable<string> Galat(PeranPemilik peran, string kode, string? aspek, string? perspektif) =>
        Assert.Throws<ValidasiException>(() => ValidasiBagian.HasilKerja(Id, peran,
            new IsiHasilKerja([new RencanaHasilKerjaInput(kode, "Indikator", "Target", null, aspek, perspektif)]))).Errors.Keys;

    [Fact]
    public void a_teachers_rhk_takes_an_aspek_of_the_four_and_no_perspektif()
    {
        Assert.Equal("KUALITAS", Satu(PeranPemilik.Guru, "RHK-G-A", "KUALITAS", null).Aspek);
        Assert.Null(Satu(PeranPemilik.Guru, "RHK-G-A", null, null).Aspek);
        Assert.Equal(["rencana[0].aspek"], Galat(PeranPemilik.Guru, "RHK-G-A", "MUTU", null));
        Assert.Equal(["rencana[0].perspektif"], Galat(PeranPemilik.Guru, "RHK-G-A", null, "ANGGARAN"));
    }

    [Fact]
    public void a_principals_rhk_takes_a_perspektif_of_the_four_and_no_aspek()
    {
        Assert.Equal("PENERIMA-LAYANAN", Satu(PeranPemilik.KepalaSekolah, "RHK-KS-A", null, "PENERIMA-LAYANAN").Perspektif);
        Assert.Equal(["rencana[0].perspektif"], Galat(PeranPemilik.KepalaSekolah, "RHK-KS-A", null, "LAINNYA"));
        Assert.Equal(["rencana[0].aspek"], Galat(PeranPemilik.KepalaSekolah, "RHK-KS-A", "WAKTU", null));
    }
}
