namespace Kinerja.ServiceDefaults.Ekspor;

using System.Text;

/// <summary>
/// One CSV field as a spreadsheet will read it: quoted when it holds a separator, a quote or a line break,
/// and never a formula. A cell starting with <c>= + - @</c> (or a tab or carriage return) is what Excel
/// and LibreOffice run as one; a leading apostrophe makes it text (OWASP's CSV injection advice). Excel in
/// Indonesian settings splits on <c>;</c>, not on <c>,</c>, and ignores our quotes: every <c>;</c> in a field then starts
/// a cell, so what follows each one is made text too.
/// </summary>
public static class SelCsv
{
    public static string Aman(string? nilai)
    {
        var teks = new StringBuilder((nilai?.Length ?? 0) + 2);
        var awalSel = true;
        foreach (var c in nilai ?? "")
        {
            if (awalSel && c is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                teks.Append('\'');
            }

            teks.Append(c);
            awalSel = c == ';';
        }

        var hasil = teks.ToString();
        return hasil.IndexOfAny([',', ';', '"', '\n', '\r']) >= 0 ? $"\"{hasil.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : hasil;
    }
}
