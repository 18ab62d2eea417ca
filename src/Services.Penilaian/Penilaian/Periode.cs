namespace Kinerja.Penilaian.Penilaian;

public static class Periode
{
    /// <summary>Months in the period of a year: <c>Periode:Bulan:&lt;tahun&gt;</c>, 12 by default (2024 had six-month cycles).</summary>
    public static int Bulan(IConfiguration configuration, int tahun) => configuration.GetValue($"Periode:Bulan:{tahun}", 12);
}
