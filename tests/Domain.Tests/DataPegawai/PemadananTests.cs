namespace Kinerja.Domain.Tests.DataPegawai;

using Kinerja.DataPegawai.Identitas;
using Kinerja.DataPegawai.Pegawai;

/// <summary>Reconciliation of the three sources (domain.md §3), one test per kind of disparitas; pure.</summary>
public class PemadananTests
{
    // born 15 March 1985, female: the NIP's birth date and sex digit, and the NIK's day + 40, all agree
    private const string Nip = "198503152010012001";
    private const string Nik = "3273015503850001";
    private static readonly DateOnly Lahir = new(1985, 3, 15);

    private static readonly RekamanDapodik Dapodik = new(Nik, Nip, "1234567890123456", "Siti Aminah, S.Pd.", Lahir, JenisKelamin.P, "20219001", "guru", "h");
    private static readonly RekamanSiasn Siasn = new(Nip, Nik, "SITI AMINAH", Lahir, JenisKelamin.P, "PNS", "Guru Ahli Madya", "AhliMadya", "III/c",
        "SDN 1 Bandung", "20219001", "Pemkot Bandung", "3273", "h");
    private static readonly RekamanDukcapil Dukcapil = new(Nik, "Siti Aminah", Lahir, JenisKelamin.P, "Ibu Siti", "h");

    private static Disparitas Satu(RekamanDapodik? dapodik, RekamanSiasn? siasn, RekamanDukcapil? dukcapil, string? nipLain = null) =>
        Assert.Single(Pemadanan.Hitung(dapodik, siasn, dukcapil, nipLain));

    [Fact]
    public void three_sources_that_agree_after_removing_titles_and_case_are_padan() =>
        Assert.Empty(Pemadanan.Hitung(Dapodik, Siasn, Dukcapil));

    [Fact]
    public void missing_in_dapodik() => Assert.Equal(JenisDisparitas.TidakAdaDiDapodik, Satu(null, Siasn, Dukcapil).Jenis);

    [Fact]
    public void missing_in_siasn() => Assert.Equal(JenisDisparitas.TidakAdaDiSiasn, Satu(Dapodik, null, Dukcapil).Jenis);

    [Fact]
    public void missing_in_dukcapil() => Assert.Equal(JenisDisparitas.TidakAdaDiDukcapil, Satu(Dapodik, Siasn, null).Jenis);

    [Fact]
    public void a_non_asn_teacher_is_reconciled_with_dukcapil_only_and_missing_in_siasn_is_no_disparitas()
    {
        var nonAsn = Dapodik with { Nip = "" };
        Assert.Equal("nuptk:1234567890123456", nonAsn.IdPegawai);
        Assert.Empty(Pemadanan.Hitung(nonAsn, null, Dukcapil));
        // Dukcapil still decides: a name it does not share, or no record at all, is a disparitas as for anyone
        Assert.Equal(JenisDisparitas.Nama, Satu(nonAsn with { Nama = "Siti Aminah Putri" }, null, Dukcapil).Jenis);
        Assert.Equal(JenisDisparitas.TidakAdaDiDukcapil, Satu(nonAsn, null, null).Jenis);
    }

    [Fact]
    public void siasn_holding_the_nik_under_another_nip()
    {
        var d = Satu(Dapodik, null, Dukcapil, nipLain: "198503152010012009");
        Assert.Equal((JenisDisparitas.NipBerbeda, "198503152010012009"), (d.Jenis, d.Nilai["siasn"]));
    }

    [Fact]
    public void nik_differs_between_dapodik_and_siasn()
    {
        var d = Satu(Dapodik, Siasn with { Nik = "3273015503850002" }, Dukcapil);
        Assert.Equal((JenisDisparitas.NikBerbeda, Nik, "3273015503850002"), (d.Jenis, d.Nilai["dapodik"], d.Nilai["siasn"]));
    }

    [Fact]
    public void a_name_that_differs_from_dukcapil() =>
        Assert.Equal(("nama-dapodik-dukcapil", JenisDisparitas.Nama), (Satu(Dapodik with { Nama = "Siti Aminah Putri" }, Siasn, Dukcapil) is var d ? (d.Kode, d.Jenis) : default));

    [Fact]
    public void a_birth_date_that_differs_from_dukcapil() =>
        Assert.Equal(("tanggal-lahir-siasn-dukcapil", JenisDisparitas.TanggalLahir),
            Satu(Dapodik, Siasn with { TanggalLahir = Lahir.AddDays(1) }, Dukcapil) is var d ? (d.Kode, d.Jenis) : default);

    [Fact]
    public void a_sex_that_differs_from_dukcapil() =>
        Assert.Equal(JenisDisparitas.JenisKelamin, Satu(Dapodik with { JenisKelamin = JenisKelamin.L }, Siasn, Dukcapil).Jenis);

    [Fact]
    public void the_birth_date_in_the_nip_differs_from_dukcapil()
    {
        var lain = Dukcapil with { TanggalLahir = Lahir.AddYears(1), Nik = "3273015503860001" };
        var semua = Pemadanan.Hitung(Dapodik with { TanggalLahir = lain.TanggalLahir, Nik = lain.Nik }, Siasn with { TanggalLahir = lain.TanggalLahir, Nik = lain.Nik }, lain);
        Assert.Equal(JenisDisparitas.TanggalLahirNip, Assert.Single(semua).Jenis);
    }

    [Fact]
    public void the_sex_digit_in_the_nip_differs_from_dukcapil()
    {
        const string nikPria = "3273011503850001";
        var pria = Dukcapil with { Nik = nikPria, JenisKelamin = JenisKelamin.L };
        var semua = Pemadanan.Hitung(Dapodik with { Nik = nikPria, JenisKelamin = JenisKelamin.L }, Siasn with { Nik = nikPria, JenisKelamin = JenisKelamin.L }, pria);
        Assert.Equal(JenisDisparitas.JenisKelaminNip, Assert.Single(semua).Jenis);
    }

    [Fact]
    public void the_date_in_the_nik_differs_from_dukcapil()
    {
        const string nikLain = "3273015603850001";
        var semua = Pemadanan.Hitung(Dapodik with { Nik = nikLain }, Siasn with { Nik = nikLain }, Dukcapil with { Nik = nikLain });
        Assert.Equal(JenisDisparitas.TanggalLahirNik, Assert.Single(semua).Jenis);
    }

    [Fact]
    public void a_unor_not_mapped_to_a_school() =>
        Assert.Equal(JenisDisparitas.UnorTidakTerpetakan, Satu(Dapodik, Siasn with { NpsnUnor = null }, Dukcapil).Jenis);

    [Fact]
    public void dapodiks_school_differs_from_the_unor() =>
        Assert.Equal(JenisDisparitas.SekolahBerbeda, Satu(Dapodik, Siasn with { NpsnUnor = "20219002" }, Dukcapil).Jenis);

    [Fact]
    public void every_kind_of_disparitas_is_covered_here() =>
        Assert.Equal(13, Enum.GetValues<JenisDisparitas>().Length);
}
