namespace Kinerja.ServiceDefaults.Tests.Ekspor;

using Kinerja.ServiceDefaults.Ekspor;

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
    [InlineData("Budi;=HYPERLINK(\"http://x\")", "\"Budi;'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("a;+1;-2;@x;b", "\"a;'+1;'-2;'@x;b\"")]
    [InlineData("a;b", "\"a;b\"")]
    public void a_field_is_quoted_when_it_must_be_and_never_read_as_a_formula(string nilai, string csv) =>
        Assert.Equal(csv, SelCsv.Aman(nilai));

    /// <summary>Issue 29, item 8: the file read with <c>;</c> as the separator, as Excel in Indonesian settings does.</summary>
    [Theory]
    [InlineData("Budi;=HYPERLINK(\"http://x\")")]
    [InlineData("=1+1")]
    [InlineData("x;\t=1;@A1")]
    public void no_cell_starts_a_formula_when_the_row_is_split_on_semicolons_either(string nilai)
    {
        var baris = $"198001012005011001,{SelCsv.Aman(nilai)},Baik";
        Assert.All(baris.Split(';'), sel => Assert.False(sel.TrimStart('"').Length > 0 && sel.TrimStart('"')[0] is '=' or '+' or '-' or '@' or '\t' or '\r', sel));
        Assert.All(baris.Split(','), sel => Assert.False(sel.TrimStart('"').Length > 0 && sel.TrimStart('"')[0] is '=' or '+' or '-' or '@' or '\t' or '\r', sel));
    }
}
