namespace Kinerja.Domain.Tests.Perencanaan;

using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Periode;
using Kinerja.Perencanaan.Skp;
using Kinerja.ServiceDefaults.Problems;
using static Kinerja.Domain.Tests.Perencanaan.Rencana;

public class BuatTests
{
    private static readonly PegawaiLokal Padan = new()
    {
        Id = Guru, Nama = "Siti", Jenjang = "AhliMadya", Npsn = "20219001", Wilayah = "3273", DiperbaruiPada = DateTimeOffset.UnixEpoch,
    };

    private static KepalaSekolahLokal DikepalaiOleh(string nip) => new()
    {
        Id = "20219001", PegawaiId = nip, Plt = false, BerlakuSejak = new DateOnly(2025, 1, 1), Wilayah = "3273", DitugaskanPada = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void a_padan_teacher_starts_a_plan_of_their_school_in_the_planning_window() =>
        Assert.Equal(Dibuat(), Buat.Decide(Id, Guru, 2026, Padan, DikepalaiOleh(Kepala), DalamPerencanaan, ada: null));

    [Fact]
    public void whoever_heads_the_school_starts_a_principals_plan() =>
        Assert.Equal(PeranPemilik.KepalaSekolah, Buat.Decide(Id, Guru, 2026, Padan, DikepalaiOleh(Guru), DalamPerencanaan, null).Peran);

    [Fact]
    public void a_plt_keeps_a_teachers_plan() =>
        Assert.Equal(PeranPemilik.Guru, Buat.Decide(Id, Guru, 2026, Padan, DikepalaiOleh(Guru) with { Plt = true }, DalamPerencanaan, null, sebagaiKepala: true).Peran);

    [Fact]
    public void a_principal_whose_assignment_has_not_arrived_waits_rather_than_starting_a_teachers_plan() =>
        Assert.Contains("belum tercatat", Assert.Throws<KonflikException>(() =>
            Buat.Decide(Id, Guru, 2026, Padan, DikepalaiOleh(Kepala), DalamPerencanaan, null, sebagaiKepala: true)).Message);

    [Fact]
    public void a_pegawai_who_is_not_padan_cannot_start() =>
        Assert.Contains("belum padan", Assert.Throws<KonflikException>(() => Buat.Decide(Id, Guru, 2026, null, null, DalamPerencanaan, null)).Message);

    [Fact]
    public void outside_the_planning_window_nothing_starts() =>
        Assert.Contains("jendela perencanaan", Assert.Throws<KonflikException>(() => Buat.Decide(Id, Guru, 2026, Padan, null, DiLuarJendela, null)).Message);

    [Fact]
    public void a_second_plan_for_the_period_points_at_the_first()
    {
        var pertama = Guid.NewGuid();
        var galat = Assert.Throws<KonflikException>(() => Buat.Decide(Id, Guru, 2026, Padan, null, DalamPerencanaan, new SkpPerPeriode($"{Guru}:2026", pertama)));
        Assert.Equal($"/api/perencanaan/skp/{pertama}", galat.Lokasi);
        Assert.DoesNotContain("/api/", galat.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2023)]
    [InlineData(2101)]
    public void the_year_is_required_and_between_2024_and_2100(int? tahun) =>
        Assert.Contains("tahun", Assert.Throws<ValidasiException>(() => Buat.Validasi(new BuatSkp(tahun))).Errors.Keys);
}

public class UbahBagianTests
{
    private static readonly TugasPokokDitetapkan Bagian = new(Id, "TP-A");

    [Fact]
    public void the_owner_writes_a_draft() => Assert.Equal([Bagian], UbahBagian.Decide(Draf(), Pelaku.Pemilik, DalamPerencanaan, Bagian));

    [Fact]
    public void the_owner_writes_a_returned_plan() => Assert.Equal([Bagian], UbahBagian.Decide(Dikembalikan(), Pelaku.Pemilik, DalamPerencanaan, Bagian));

    [Fact]
    public void saying_what_the_plan_already_says_appends_nothing() =>
        Assert.Empty(UbahBagian.Decide(Lengkap(), Pelaku.Pemilik, DalamPerencanaan, new TugasPokokDitetapkan(Id, "TP-B")));

    [Fact]
    public void the_owner_cannot_change_a_submitted_plan() =>
        Assert.Contains("Draf atau Dikembalikan", Assert.Throws<KonflikException>(() => UbahBagian.Decide(Diajukan(), Pelaku.Pemilik, DalamPerencanaan, Bagian)).Message);

    [Fact]
    public void the_rater_adjusts_a_submitted_plan_before_agreeing() =>
        Assert.Equal([Bagian], UbahBagian.Decide(Diajukan(), Pelaku.Penilai, DalamPerencanaan, Bagian));

    [Fact]
    public void the_rater_cannot_write_a_draft() =>
        Assert.Throws<KonflikException>(() => UbahBagian.Decide(Draf(), Pelaku.Penilai, DalamPerencanaan, Bagian));

    [Fact]
    public void outside_the_window_nothing_changes() =>
        Assert.Throws<KonflikException>(() => UbahBagian.Decide(Draf(), Pelaku.Pemilik, DiLuarJendela, Bagian));

    [Fact]
    public void a_plan_reopened_for_adjustment_is_written_in_the_adjustment_window() =>
        Assert.Equal([Bagian], UbahBagian.Decide(DibukaUntukPenyesuaian(), Pelaku.Pemilik, DalamPenyesuaian, Bagian));

    [Fact]
    public void a_plan_not_reopened_is_not_written_in_the_adjustment_window() =>
        Assert.Contains("jendela perencanaan", Assert.Throws<KonflikException>(() => UbahBagian.Decide(Draf(), Pelaku.Pemilik, DalamPenyesuaian, Bagian)).Message);

    [Fact]
    public void a_code_outside_the_catalog_for_the_plans_role_is_refused_naming_the_field()
    {
        var galat = Assert.Throws<ValidasiException>(() => ValidasiBagian.PraktikKinerja(Id, PeranPemilik.KepalaSekolah, new PilihKode("G-MK-1")));
        Assert.Contains("kode", galat.Errors.Keys);
    }

    /// <summary>Issue 30, item 2: a principal's plan is measured by a principal's duties (seed 003, Pasal 8), a teacher's by a teacher's.</summary>
    [Theory]
    [InlineData(PeranPemilik.KepalaSekolah, "TP-KS-A", true)]
    [InlineData(PeranPemilik.KepalaSekolah, "TP-KS-C", true)]
    [InlineData(PeranPemilik.KepalaSekolah, "TP-B", false)]
    [InlineData(PeranPemilik.Guru, "TP-B", true)]
    [InlineData(PeranPemilik.Guru, "TP-KS-A", false)]
    public void the_duties_offered_are_the_plans_roles(PeranPemilik peran, string kode, bool diterima)
    {
        if (diterima)
        {
            Assert.Equal(new TugasPokokDitetapkan(Id, kode), ValidasiBagian.TugasPokok(Id, peran, new PilihKode(kode)));
        }
        else
        {
            Assert.Contains("kode", Assert.Throws<ValidasiException>(() => ValidasiBagian.TugasPokok(Id, peran, new PilihKode(kode))).Errors.Keys);
        }
    }

    [Fact]
    public void only_the_rater_writes_ekspektasi_khusus() =>
        Assert.Contains("ekspektasiKhusus", Assert.Throws<ValidasiException>(() =>
            ValidasiBagian.PerilakuKerja(Id, new PilihPerilaku(["KL"], new Dictionary<string, string> { ["KL"] = "Tepat waktu" }), penilai: false)).Errors.Keys);
}

public class AjukanTests
{
    private static readonly PenugasanKepala KepalaTetap = new(Kepala, Plt: false, new DateOnly(2025, 1, 1));
    private static readonly PenugasanKepala PltLain = new("198001012005011001", Plt: true, new DateOnly(2025, 1, 1));

    private static IReadOnlyList<object> Decide(Skp skp, Pelaku pelaku, JendelaTahun jendela, PenugasanKepala? kepala) =>
        Ajukan.Decide(skp, pelaku, jendela, kepala, [RencanaKepala()], Wajib);

    [Fact]
    public void the_owner_submits_a_complete_draft() =>
        Assert.Equal([new SkpDiajukan(Id)], Decide(Lengkap(), Pelaku.Pemilik, DalamPerencanaan, KepalaTetap));

    [Fact]
    public void an_incomplete_plan_names_what_is_missing()
    {
        var galat = Assert.Throws<KonflikException>(() => Decide(Draf(), Pelaku.Pemilik, DalamPerencanaan, KepalaTetap));
        Assert.Contains("tugas-pokok", galat.Message);
        Assert.Contains("hasil-kerja", galat.Message);
    }

    [Fact]
    public void the_rater_cannot_submit_for_the_owner() =>
        Assert.Throws<TerlarangException>(() => Decide(Lengkap(), Pelaku.Penilai, DalamPerencanaan, KepalaTetap));

    [Fact]
    public void a_submitted_plan_is_not_submitted_again() =>
        Assert.Throws<KonflikException>(() => Decide(Diajukan(), Pelaku.Pemilik, DalamPerencanaan, KepalaTetap));

    [Fact]
    public void a_returned_plan_is_submitted_again() =>
        Assert.Equal([new SkpDiajukan(Id)], Decide(Dikembalikan(), Pelaku.Pemilik, DalamPerencanaan, KepalaTetap));

    [Fact]
    public void outside_the_window_it_is_not_submitted() =>
        Assert.Throws<KonflikException>(() => Decide(Lengkap(), Pelaku.Pemilik, DiLuarJendela, KepalaTetap));

    [Fact]
    public void in_a_school_led_by_a_plt_a_plan_is_submitted_and_waits_for_the_plt_to_agree_it() =>
        Assert.Equal([new SkpDiajukan(Id)], Decide(Lengkap(), Pelaku.Pemilik, DalamPerencanaan, PltLain));

    [Fact]
    public void a_principals_plan_waits_for_the_penilai_ks_even_under_a_plt() =>
        Assert.Equal([new SkpDiajukan(Id)], Decide(Lengkap(PeranPemilik.KepalaSekolah), Pelaku.Pemilik, DalamPerencanaan, PltLain));

}

public class SetujuiTests
{
    [Fact]
    public void the_rater_agrees_a_submitted_plan_and_the_agreement_carries_what_the_cycle_needs()
    {
        var e = Assert.IsType<SkpDisepakati>(Assert.Single(Setujui.Decide(Diajukan(), Pelaku.Penilai, DalamPerencanaan, Kepala)));
        Assert.Equal((Kepala, false, Guru, "G-MK-1", "PED-1"), (e.PenilaiId, e.Otomatis, e.PegawaiId, e.PraktikKinerja, e.Kompetensi));
        Assert.Equal(["KL"], e.PerilakuKerja);
    }

    [Fact]
    public void the_owner_never_agrees_their_own_plan() =>
        Assert.Throws<TerlarangException>(() => Setujui.Decide(Diajukan(), Pelaku.Pemilik, DalamPerencanaan, Guru));

    [Fact]
    public void only_a_submitted_plan_is_agreed() =>
        Assert.Throws<KonflikException>(() => Setujui.Decide(Lengkap(), Pelaku.Penilai, DalamPerencanaan, Kepala));

    [Fact]
    public void outside_the_window_it_is_not_agreed() =>
        Assert.Throws<KonflikException>(() => Setujui.Decide(Diajukan(), Pelaku.Penilai, DiLuarJendela, Kepala));
}

public class KembalikanTests
{
    [Fact]
    public void the_rater_returns_a_submitted_plan_with_a_note() =>
        Assert.Equal([new SkpDikembalikan(Id, "Target belum terukur.")], Kembalikan.Decide(Diajukan(), Pelaku.Penilai, DalamPerencanaan, "Target belum terukur."));

    [Fact]
    public void the_owner_cannot_return_their_own_plan() =>
        Assert.Throws<TerlarangException>(() => Kembalikan.Decide(Diajukan(), Pelaku.Pemilik, DalamPerencanaan, "x"));

    [Fact]
    public void an_agreed_plan_is_not_returned() =>
        Assert.Throws<KonflikException>(() => Kembalikan.Decide(Disepakati(), Pelaku.Penilai, DalamPerencanaan, "x"));

    [Fact]
    public void the_note_is_required() =>
        Assert.Contains("catatan", Assert.Throws<ValidasiException>(() => Kembalikan.Validasi(new Pengembalian(" "))).Errors.Keys);
}

public class BukaPenyesuaianTests
{
    [Fact]
    public void an_agreed_plan_is_reopened_in_the_adjustment_window() =>
        Assert.Equal([new PenyesuaianDibuka(Id)], BukaPenyesuaian.Decide(Disepakati(), Pelaku.Pemilik, DalamPenyesuaian));

    [Fact]
    public void its_rater_may_reopen_it_too_an_operator_may_not()
    {
        Assert.Equal([new PenyesuaianDibuka(Id)], BukaPenyesuaian.Decide(Disepakati(), Pelaku.Penilai, DalamPenyesuaian));
        Assert.Throws<TerlarangException>(() => BukaPenyesuaian.Decide(Disepakati(), Pelaku.Operator, DalamPenyesuaian));
    }

    [Fact]
    public void outside_the_adjustment_window_it_stays_agreed() =>
        Assert.Contains("jendela penyesuaian", Assert.Throws<KonflikException>(() => BukaPenyesuaian.Decide(Disepakati(), Pelaku.Pemilik, DalamPerencanaan)).Message);

    [Fact]
    public void only_an_agreed_plan_is_reopened() =>
        Assert.Throws<KonflikException>(() => BukaPenyesuaian.Decide(Diajukan(), Pelaku.Pemilik, DalamPenyesuaian));

    [Fact]
    public void a_reopened_plan_is_a_draft_again_until_agreed_anew()
    {
        var skp = DibukaUntukPenyesuaian();
        Assert.Equal((StatusSkp.Draf, true), (skp.Status, skp.Penyesuaian));
    }
}

/// <summary>The owner's "Saya telah membaca" on the agreed plan (issue 25, item 5).</summary>
public class BacaTests
{
    [Fact]
    public void the_owner_acknowledges_the_agreed_plan_once() =>
        Assert.Equal([new SkpDibaca(Id)], Baca.Decide(Disepakati(), Pelaku.Pemilik));

    [Fact]
    public void saying_it_again_changes_nothing_until_the_plan_is_agreed_again()
    {
        var dibaca = Diberikan.Lalu(Disepakati(), new SkpDibaca(Id));
        Assert.Empty(Baca.Decide(dibaca, Pelaku.Pemilik));
        var lagi = Diberikan.Lalu(dibaca, new PenyesuaianDibuka(Id), new SkpDiajukan(Id), Diajukan().Disepakati(Kepala, otomatis: false));
        Assert.Equal([new SkpDibaca(Id)], Baca.Decide(lagi, Pelaku.Pemilik));
    }

    [Fact]
    public void only_the_owner_and_only_an_agreed_plan()
    {
        Assert.Throws<TerlarangException>(() => Baca.Decide(Disepakati(), Pelaku.Penilai));
        Assert.Contains("Diajukan", Assert.Throws<KonflikException>(() => Baca.Decide(Diajukan(), Pelaku.Pemilik)).Message);
    }
}
