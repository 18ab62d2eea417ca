namespace Kinerja.Observasi.Siklus;

/// <summary>Text only, length-limited (domain.md §5: no uploads since 2025).</summary>
public static class ValidasiLangkah
{
    public const int Panjang = 2000;
}
