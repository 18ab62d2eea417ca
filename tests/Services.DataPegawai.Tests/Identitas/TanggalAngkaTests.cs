namespace Kinerja.DataPegawai.Tests.Identitas;

using System.Globalization;
using Kinerja.DataPegawai.Identitas;

/// <summary>
/// The digit reader stands in front of DateOnly's parser, which is asked whenever it says no: together they must accept
/// exactly what the parser alone accepted, with the same date.
/// </summary>
public class TanggalAngkaTests
{
    [Theory]
    [InlineData("1985-03-15")]
    [InlineData("2024-02-29")] // a leap day
    [InlineData("2023-02-29")] // no such day
    [InlineData("1900-02-29")] // 1900 was no leap year
    [InlineData("2020-13-01")]
    [InlineData("2020-00-10")]
    [InlineData("2020-01-00")]
    [InlineData("2020-01-32")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2020-3-5")] // the parser takes a one-digit month and day; the digit reader leaves it to the parser
    [InlineData("2020/03/05")]
    [InlineData("2020-03-05 ")]
    [InlineData(" 2020-03-05")]
    [InlineData("2020-0a-05")]
    [InlineData("２０２０-03-05")] // full-width digits
    [InlineData("20200305")]
    [InlineData("")]
    public void with_the_parser_behind_it_it_accepts_what_the_parser_accepts(string teks)
    {
        var parser = DateOnly.TryParseExact(teks, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var harapan);

        var keduanya = TanggalAngka.Coba(teks, out var tanggal)
            || DateOnly.TryParseExact(teks, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out tanggal);

        Assert.Equal(parser, keduanya);
        Assert.Equal(harapan, tanggal);
    }

    [Theory]
    [InlineData("19850315")]
    [InlineData("20240229")]
    [InlineData("20230229")]
    [InlineData("19000229")]
    [InlineData("20201301")]
    [InlineData("20200100")]
    [InlineData("00000101")]
    [InlineData("99991231")]
    [InlineData("1985-3-15")]
    [InlineData("1985031")]
    public void eight_digits_read_as_the_parser_reads_yyyyMMdd(string teks)
    {
        var parser = DateOnly.TryParseExact(teks, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var harapan);

        Assert.Equal(parser, TanggalAngka.CobaRapat(teks, out var tanggal));
        Assert.Equal(harapan, tanggal);
    }
}
