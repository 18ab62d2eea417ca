namespace Kinerja.Penilaian.Penilaian;

public enum Rating { DiAtasEkspektasi, SesuaiEkspektasi, DiBawahEkspektasi }

public enum PredikatKinerja { SangatBaik, Baik, ButuhPerbaikan, KurangMisconduct, SangatKurang }

/// <summary>The predikat matrix of PermenPANRB 6/2022 and the angka kredit of PermenPANRB 1/2023 (domain.md §6).</summary>
public static class MatriksPredikat
{
    public static PredikatKinerja Dari(Rating hasilKerja, Rating perilakuKerja) => (hasilKerja, perilakuKerja) switch
    {
        (_, Rating.DiBawahEkspektasi) when hasilKerja != Rating.DiBawahEkspektasi => PredikatKinerja.KurangMisconduct,
        (Rating.DiBawahEkspektasi, Rating.DiBawahEkspektasi) => PredikatKinerja.SangatKurang,
        (Rating.DiBawahEkspektasi, _) => PredikatKinerja.ButuhPerbaikan,
        (Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi) => PredikatKinerja.SangatBaik,
        _ => PredikatKinerja.Baik,
    };

    /// <summary>Annual coefficient of a jenjang; null for one that earns no angka kredit (non-ASN).</summary>
    public static decimal? Koefisien(string jenjang) => jenjang switch
    {
        "AhliPertama" => 12.5m,
        "AhliMuda" => 25m,
        "AhliMadya" => 37.5m,
        "AhliUtama" => 50m,
        _ => null,
    };

    public static decimal Persen(PredikatKinerja predikat) => predikat switch
    {
        PredikatKinerja.SangatBaik => 1.50m,
        PredikatKinerja.Baik => 1.00m,
        PredikatKinerja.ButuhPerbaikan => 0.75m,
        PredikatKinerja.KurangMisconduct => 0.50m,
        _ => 0.25m,
    };

    /// <summary>Koefisien × percentage × months in the period / 12, to three decimals.</summary>
    public static decimal AngkaKredit(decimal koefisien, PredikatKinerja predikat, int bulan) =>
        Math.Round(koefisien * Persen(predikat) * bulan / 12m, 3, MidpointRounding.AwayFromZero);
}
