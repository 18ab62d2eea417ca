using Kinerja.ServiceDefaults.Ekspor;

namespace Kinerja.ServiceDefaults.Tests.Ekspor;

public sealed class SelCsvTests
{
    [Theory]
    [InlineData("198001012005011001", "198001012005011001")]
    [InlineData("=HYPERLINK(\"http://x\",\"klik\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"")]
    [InlineData("+62 812", "'+62 812")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Baris satu\nbaris dua", "\"Baris satu\nbaris dua\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("", "")]
    public void a_field_is_quoted_when_it_must_be_and_never_read_as_a_formula(string nilai, string csv) =>
        Assert.Equal(csv, SelCsv.Aman(nilai));
}
