namespace Kinerja.DataPegawai.Identitas;

/// <summary>
/// Dates written in digits, read without DateTime's general parser: an import reads two or three of them in every row,
/// and the parser was among the larger costs of checking one.
/// </summary>
public static class TanggalAngka
{
    /// <summary>
    /// <c>yyyy-MM-dd</c>, every digit in its place: true with the date when they make one. False otherwise, so a caller
    /// asks <see cref="DateOnly.TryParseExact(string, string, out DateOnly)"/> next, which also takes a one-digit month.
    /// </summary>
    public static bool Coba(ReadOnlySpan<char> teks, out DateOnly tanggal)
    {
        tanggal = default;
        return teks.Length == 10 && teks[4] == '-' && teks[7] == '-' && Tanggal(Angka(teks[..4]), Angka(teks[5..7]), Angka(teks[8..]), out tanggal);
    }

    /// <summary><c>yyyyMMdd</c>: true with the date when the eight digits make one, as DateOnly's parser reads them.</summary>
    public static bool CobaRapat(ReadOnlySpan<char> teks, out DateOnly tanggal)
    {
        tanggal = default;
        return teks.Length == 8 && Tanggal(Angka(teks[..4]), Angka(teks[4..6]), Angka(teks[6..]), out tanggal);
    }

    private static bool Tanggal(int tahun, int bulan, int hari, out DateOnly tanggal)
    {
        tanggal = default;
        if (tahun < 1 || bulan is < 1 or > 12 || hari < 1 || hari > DateTime.DaysInMonth(tahun, bulan))
        {
            return false;
        }

        tanggal = new DateOnly(tahun, bulan, hari);
        return true;
    }

    /// <summary>The number the digits write; -1 when any is not an ASCII digit.</summary>
    public static int Angka(ReadOnlySpan<char> digit)
    {
        var n = 0;
        foreach (var c in digit)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
