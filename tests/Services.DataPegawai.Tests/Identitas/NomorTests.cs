namespace Kinerja.DataPegawai.Tests.Identitas;

using Kinerja.DataPegawai.Identitas;

public class NomorTests
{
    [Theory]
    [InlineData("198001012005011001")] // born 1980-01-01, TMT 2005-01, male
    [InlineData("199212312019032002")] // born 1992-12-31, TMT 2019-03, female
    public void valid_nip_passes(string nip) => Assert.Null(Nomor.PeriksaNip(nip));

    [Theory]
    [InlineData(null, "18 digit")]
    [InlineData("19800101200501100", "18 digit")]
    [InlineData("1980010120050110011", "18 digit")]
    [InlineData("19800101200501100a", "18 digit")]
    [InlineData("198002302005011001", "tanggal lahir")] // 30 February
    [InlineData("180001012005011001", "tanggal lahir")] // before 1900
    [InlineData("198001012005131001", "TMT")] // month 13
    [InlineData("198001011975011001", "TMT")] // TMT before birth
    [InlineData("198001012005013001", "jenis kelamin")] // sex digit 3
    public void invalid_nip_names_the_part_that_is_wrong(string? nip, string reason) =>
        Assert.Contains(reason, Nomor.PeriksaNip(nip));

    [Theory]
    [InlineData("20219999", true)]
    [InlineData("2021999", false)]
    [InlineData("202199990", false)]
    [InlineData("2021999x", false)]
    [InlineData("", false)]
    public void npsn_is_eight_digits(string npsn, bool valid) => Assert.Equal(valid, Nomor.PeriksaNpsn(npsn) is null);

    [Theory]
    [InlineData("3273", true)]
    [InlineData("32.73", false)]
    [InlineData("327", false)]
    public void wilayah_is_four_digits(string wilayah, bool valid) => Assert.Equal(valid, Nomor.PeriksaWilayah(wilayah) is null);
}

public class NikDanNamaTests
{
    [Fact]
    public void a_womans_nik_carries_the_birth_day_plus_40()
    {
        Assert.Equal((new DateOnly(1985, 3, 15), JenisKelamin.P), Nomor.TanggalDariNik("3273015503850001"));
        Assert.Equal((new DateOnly(1985, 3, 15), JenisKelamin.L), Nomor.TanggalDariNik("3273011503850001"));
        Assert.Null(Nomor.PeriksaNik("3273015503850001"));
        Assert.Contains("tanggal lahir", Nomor.PeriksaNik("3273017203850001")); // day 72 - 40 = 32
    }

    [Theory]
    [InlineData("Dra. SITI  Aminah, M.Pd.", "Siti Aminah", true)]
    [InlineData("Drs. Budi Santoso, S.Pd.I", "BUDI SANTOSO", true)]
    [InlineData("Dr. H. Ahmad Hidayat, S.Pd., M.Pd.", "Ahmad Hidayat", true)]
    [InlineData("Siti Aminah", "Siti Amina", false)]
    [InlineData("Rina Wijaya", "Rina Wijayanti", false)]
    public void names_match_after_case_spacing_punctuation_and_titles(string a, string b, bool sama) =>
        Assert.Equal(sama, NamaNormal.Sama(a, b));
}
