namespace Kinerja.Domain.Tests.Penilaian;

using Kinerja.Penilaian.Penilaian;

public class PredikatTests
{
    [Theory]
    [InlineData(Rating.DiAtasEkspektasi, Rating.DiBawahEkspektasi, PredikatKinerja.KurangMisconduct)]
    [InlineData(Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi, PredikatKinerja.Baik)]
    [InlineData(Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi, PredikatKinerja.SangatBaik)]
    [InlineData(Rating.SesuaiEkspektasi, Rating.DiBawahEkspektasi, PredikatKinerja.KurangMisconduct)]
    [InlineData(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, PredikatKinerja.Baik)]
    [InlineData(Rating.SesuaiEkspektasi, Rating.DiAtasEkspektasi, PredikatKinerja.Baik)]
    [InlineData(Rating.DiBawahEkspektasi, Rating.DiBawahEkspektasi, PredikatKinerja.SangatKurang)]
    [InlineData(Rating.DiBawahEkspektasi, Rating.SesuaiEkspektasi, PredikatKinerja.ButuhPerbaikan)]
    [InlineData(Rating.DiBawahEkspektasi, Rating.DiAtasEkspektasi, PredikatKinerja.ButuhPerbaikan)]
    public void every_cell_of_the_matrix(Rating hasilKerja, Rating perilakuKerja, PredikatKinerja predikat) =>
        Assert.Equal(predikat, MatriksPredikat.Dari(hasilKerja, perilakuKerja));

    [Theory]
    [InlineData("AhliPertama", PredikatKinerja.SangatBaik, 18.75)]
    [InlineData("AhliPertama", PredikatKinerja.Baik, 12.5)]
    [InlineData("AhliPertama", PredikatKinerja.ButuhPerbaikan, 9.375)]
    [InlineData("AhliPertama", PredikatKinerja.KurangMisconduct, 6.25)]
    [InlineData("AhliPertama", PredikatKinerja.SangatKurang, 3.125)]
    [InlineData("AhliMuda", PredikatKinerja.SangatBaik, 37.5)]
    [InlineData("AhliMuda", PredikatKinerja.Baik, 25)]
    [InlineData("AhliMuda", PredikatKinerja.ButuhPerbaikan, 18.75)]
    [InlineData("AhliMuda", PredikatKinerja.KurangMisconduct, 12.5)]
    [InlineData("AhliMuda", PredikatKinerja.SangatKurang, 6.25)]
    [InlineData("AhliMadya", PredikatKinerja.SangatBaik, 56.25)]
    [InlineData("AhliMadya", PredikatKinerja.Baik, 37.5)]
    [InlineData("AhliMadya", PredikatKinerja.ButuhPerbaikan, 28.125)]
    [InlineData("AhliMadya", PredikatKinerja.KurangMisconduct, 18.75)]
    [InlineData("AhliMadya", PredikatKinerja.SangatKurang, 9.375)]
    [InlineData("AhliUtama", PredikatKinerja.SangatBaik, 75)]
    [InlineData("AhliUtama", PredikatKinerja.Baik, 50)]
    [InlineData("AhliUtama", PredikatKinerja.ButuhPerbaikan, 37.5)]
    [InlineData("AhliUtama", PredikatKinerja.KurangMisconduct, 25)]
    [InlineData("AhliUtama", PredikatKinerja.SangatKurang, 12.5)]
    public void angka_kredit_of_a_full_year(string jenjang, PredikatKinerja predikat, double angka) =>
        Assert.Equal((decimal)angka, MatriksPredikat.AngkaKredit(MatriksPredikat.Koefisien(jenjang)!.Value, predikat, 12));

    [Fact]
    public void a_part_year_period_earns_its_share() =>
        Assert.Equal(18.75m, MatriksPredikat.AngkaKredit(MatriksPredikat.Koefisien("AhliMadya")!.Value, PredikatKinerja.Baik, 6));

    [Fact]
    public void the_worked_example_of_domain_md() =>
        Assert.Equal(37.5m, MatriksPredikat.AngkaKredit(37.5m, MatriksPredikat.Dari(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi), 12));
}
