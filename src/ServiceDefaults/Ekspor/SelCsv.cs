namespace Kinerja.ServiceDefaults.Ekspor;

/// <summary>
/// One CSV field as a spreadsheet will read it: quoted when it holds a separator, a quote or a line break,
/// and never a formula. A field starting with <c>= + - @</c> (or a tab or carriage return) is what Excel
/// and LibreOffice run as one; a leading apostrophe makes it text (OWASP's CSV injection advice).
/// </summary>
public static class SelCsv
{
    public static string Aman(string? nilai)
    {
        var teks = nilai ?? "";
        if (teks.Length > 0 && teks[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            teks = "'" + teks;
        }

        return teks.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{teks.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : teks;
    }
}
