namespace Kinerja.Domain.Tests.DataPegawai;

using Kinerja.DataPegawai.Pegawai;
using Kinerja.DataPegawai.Sekolah;
using Kinerja.ServiceDefaults.Problems;

public class SimpanTests
{
    private const string Npsn = "20219999";
    private static readonly Sekolah Terdaftar = Diberikan.Dari<Sekolah>(new SekolahDidaftarkan(Npsn, "SD Negeri 1", "3273"));

    private static Simpan.Isi Isi(string nama = "SD Negeri 1", string wilayah = "3273") => new(Npsn, nama, wilayah);

    [Fact]
    public void registering_a_new_school_records_it() =>
        Assert.Equal([new SekolahDidaftarkan(Npsn, "SD Negeri 1", "3273")], Simpan.Decide(null, Isi(), bolehDiWilayah: true, "3273"));

    [Fact]
    public void saving_what_the_school_already_says_appends_nothing() =>
        Assert.Empty(Simpan.Decide(Terdaftar, Isi(), bolehDiWilayah: true, "3273"));

    [Fact]
    public void renaming_a_school_records_the_change() =>
        Assert.Equal([new SekolahDiperbarui(Npsn, "SD Negeri 1 Bandung", "3273")],
            Simpan.Decide(Terdaftar, Isi("SD Negeri 1 Bandung"), bolehDiWilayah: true, "3273"));

    [Fact]
    public void an_operator_cannot_put_a_school_in_another_wilayah()
    {
        var galat = Assert.Throws<ValidasiException>(() => Simpan.Decide(null, Isi(wilayah: "3204"), bolehDiWilayah: false, "3273"));
        Assert.Contains("wilayah", galat.Errors.Keys);
    }

    [Fact]
    public void a_malformed_npsn_is_refused_naming_it() =>
        Assert.Contains("npsn", Assert.Throws<ValidasiException>(() => Simpan.Validasi("2021", new SimpanSekolah("SD", "3273"))).Errors.Keys);
}

public class TugaskanKepalaTests
{
    private const string Npsn = "20219999";
    private const string Kepala = "197505102000031002";
    private static readonly DateOnly Hari = new(2026, 1, 5);
    private static readonly Sekolah Terdaftar = Diberikan.Dari<Sekolah>(new SekolahDidaftarkan(Npsn, "SD Negeri 1", "3273"));

    private static TugaskanKepalaSekolah Isi(string nip = Kepala, bool plt = false, DateOnly? sejak = null) => new(nip, plt, sejak);

    /// <summary>The pegawai the NIP names as DataPegawai knows them: padan in the school's wilayah unless told otherwise.</summary>
    private static Pegawai Calon(string nip = Kepala, StatusPadan status = StatusPadan.Padan, string wilayah = "3273") =>
        new() { Id = nip, Status = status, Wilayah = wilayah, Npsn = "20219998" };

    [Fact]
    public void assigning_a_principal_carries_the_school_wilayah_and_starts_today_by_default() =>
        Assert.Equal([new KepalaSekolahDitugaskan(Npsn, Kepala, false, Hari, "3273")], TugaskanKepala.Decide(Terdaftar, Isi(), Calon(), Hari));

    [Fact]
    public void repeating_the_current_assignment_appends_nothing()
    {
        var sekolah = Diberikan.Dari<Sekolah>(new SekolahDidaftarkan(Npsn, "SD Negeri 1", "3273"), new KepalaSekolahDitugaskan(Npsn, Kepala, false, Hari, "3273"));
        Assert.Empty(TugaskanKepala.Decide(sekolah, Isi(), Calon(), Hari.AddDays(3)));
    }

    [Fact]
    public void a_plt_becoming_definitive_is_a_new_assignment()
    {
        var sekolah = Diberikan.Dari<Sekolah>(new SekolahDidaftarkan(Npsn, "SD Negeri 1", "3273"), new KepalaSekolahDitugaskan(Npsn, Kepala, true, Hari, "3273"));
        var e = Assert.IsType<KepalaSekolahDitugaskan>(Assert.Single(TugaskanKepala.Decide(sekolah, Isi(sejak: Hari.AddMonths(1)), Calon(), Hari)));
        Assert.False(e.Plt);
    }

    [Fact]
    public void a_new_principal_cannot_start_before_the_current_one()
    {
        var sekolah = Diberikan.Dari<Sekolah>(new SekolahDidaftarkan(Npsn, "SD Negeri 1", "3273"), new KepalaSekolahDitugaskan(Npsn, Kepala, false, Hari, "3273"));
        var galat = Assert.Throws<KonflikException>(() => TugaskanKepala.Decide(sekolah, Isi("198001012005011001", sejak: Hari.AddDays(-1)), Calon("198001012005011001"), Hari));
        Assert.Contains("5 Januari 2026", galat.Message);
    }

    /// <summary>Issue 29, item 8: a NIP nobody knows here, one still belum padan, or one of another wilayah heads no school.</summary>
    [Theory]
    [InlineData("tidak dikenal")]
    [InlineData("belum padan")]
    [InlineData("wilayah lain")]
    public void only_a_padan_pegawai_of_the_schools_wilayah_may_be_assigned(string kasus)
    {
        var calon = kasus switch
        {
            "tidak dikenal" => null,
            "belum padan" => Calon(status: StatusPadan.BelumPadan),
            _ => Calon(wilayah: "3204"),
        };

        var galat = Assert.Throws<ValidasiException>(() => TugaskanKepala.Decide(Terdaftar, Isi(), calon, Hari));

        Assert.Contains("padan di wilayah 3273", Assert.Single(galat.Errors["nip"]), StringComparison.Ordinal);
    }

    [Fact]
    public void a_nip_that_is_not_18_digits_or_a_missing_plt_is_refused_naming_the_field()
    {
        var galat = Assert.Throws<ValidasiException>(() => TugaskanKepala.Validasi(Npsn, new TugaskanKepalaSekolah("123", null, null)));
        Assert.Contains("nip", galat.Errors.Keys);
        Assert.Contains("plt", galat.Errors.Keys);
    }
}

/// <summary>Issue 30, item 5: a principal's rater is the penilai-ks the operator assigns the school.</summary>
public class TugaskanPenilaiTests
{
    private const string Npsn = "20219999";
    private const string Kepala = "197505102000031002";
    private const string Pengawas = "196801011990031004";
    private const string PengawasBaru = "196901011991031005";
    private static readonly DateOnly Hari = new(2026, 1, 5);

    private static Sekolah Dipimpin() => Diberikan.Dari<Sekolah>(new SekolahDidaftarkan(Npsn, "SD Negeri 1", "3273"),
        new KepalaSekolahDitugaskan(Npsn, Kepala, false, Hari, "3273"));

    [Fact]
    public void assigning_a_penilai_ks_carries_the_school_wilayah_and_starts_today_by_default() =>
        Assert.Equal([new PenilaiKsDitugaskan(Npsn, Pengawas, Hari, "3273")],
            TugaskanPenilai.Decide(Dipimpin(), new TugaskanPenilaiSekolah(Pengawas, null), Hari));

    [Fact]
    public void repeating_the_current_penilai_appends_nothing()
    {
        var sekolah = Diberikan.Lalu(Dipimpin(), new PenilaiKsDitugaskan(Npsn, Pengawas, Hari, "3273"));
        Assert.Empty(TugaskanPenilai.Decide(sekolah, new TugaskanPenilaiSekolah(Pengawas, Hari.AddDays(9)), Hari));
    }

    [Fact]
    public void reassigning_keeps_the_former_penilai_until_the_new_one_starts()
    {
        var sekolah = Diberikan.Lalu(Dipimpin(), new PenilaiKsDitugaskan(Npsn, Pengawas, Hari, "3273"),
            new PenilaiKsDitugaskan(Npsn, PengawasBaru, Hari.AddDays(10), "3273"));
        Assert.Equal((Pengawas, PengawasBaru), (sekolah.PenilaiPada(Hari.AddDays(9)), sekolah.PenilaiPada(Hari.AddDays(10))));
    }

    [Fact]
    public void a_reassignment_cannot_start_before_the_current_one()
    {
        var sekolah = Diberikan.Lalu(Dipimpin(), new PenilaiKsDitugaskan(Npsn, Pengawas, Hari, "3273"));
        var galat = Assert.Throws<ValidasiException>(() =>
            TugaskanPenilai.Decide(sekolah, new TugaskanPenilaiSekolah(PengawasBaru, Hari.AddDays(-1)), Hari));
        Assert.Contains("5 Januari 2026", Assert.Single(galat.Errors["berlakuSejak"]), StringComparison.Ordinal);
    }

    [Fact]
    public void whoever_heads_the_school_is_not_its_penilai() =>
        Assert.Contains("nip", Assert.Throws<ValidasiException>(() =>
            TugaskanPenilai.Decide(Dipimpin(), new TugaskanPenilaiSekolah(Kepala, null), Hari)).Errors.Keys);

    [Fact]
    public void a_nip_that_is_not_18_digits_is_refused_naming_the_field() =>
        Assert.Contains("nip", Assert.Throws<ValidasiException>(() => TugaskanPenilai.Validasi(Npsn, new TugaskanPenilaiSekolah("123", null))).Errors.Keys);
}
