namespace Kinerja.Web.Tests;

using Microsoft.Playwright;
using UglyToad.PdfPig;

/// <summary>A page as Chromium prints it to PDF on A4, read back: its words, and that its pages are A4.</summary>
public static class CetakPdf
{
    /// <returns>The words of every printed page, joined by spaces.</returns>
    public static async Task<string> TeksA4Async(IPage page)
    {
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = false });
        using var dokumen = PdfDocument.Open(pdf);
        // A4 is 595 × 842 points; Chromium rounds its inches up by a point
        Assert.All(dokumen.GetPages(), h =>
        {
            Assert.InRange(h.Width, 594, 597);
            Assert.InRange(h.Height, 841, 844);
        });
        return string.Join(" ", dokumen.GetPages().SelectMany(h => h.GetWords()).Select(w => w.Text));
    }
}
