namespace Kinerja.Web.Tests;

using System.Text.RegularExpressions;
using Kinerja.Demo;
using Kinerja.Klien;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// The agreed SKP as a document (issue 25, item 5; issue 30, item 3): names, NIPs, school, the agreement's date and the
/// rater, each RHK with its aspek and the principal's RHK it intervenes, and the teacher's "Saya telah membaca" with its
/// time; printed to PDF by Chromium, A4, with the text there.
/// </summary>
[Collection("web")]
public sealed class CetakSkpTests(SistemWeb sistem)
{
    [Fact]
    public async Task the_agreed_skp_prints_on_a4_with_its_people_school_rhk_and_rater()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var guru = sekolah.Guru[0];
        using var pemilik = await sistem.Api.SebagaiAsync(guru.Nip, "guru", sekolah.Npsn);
        using var penilai = await sistem.Api.SebagaiAsync(sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        var skp = await JalurApi.SkpDiajukanAsync(sistem.Api, pemilik, kepala: false);
        await KlienDemo.KirimAsync(penilai, ApiSkp.Setujui(KlienDemo.IdDari(skp)), CancellationToken.None);

        var p = await sistem.HalamanAsync(360, 740);
        await Orang.MasukAsync(p, guru.Nip, "guru", sekolah.Npsn);
        await p.GotoAsync($"/skp/{KlienDemo.IdDari(skp)}");
        await p.GetByRole(AriaRole.Link, new() { Name = "Cetak SKP" }).ClickAsync();
        await p.WaitForURLAsync(new Regex("/cetak$"));
        await Expect(p.Locator("#pegawai")).ToContainTextAsync($"{guru.Nama} · NIP {guru.Nip}");
        await Expect(p.Locator("#penilai")).ToContainTextAsync($"{sekolah.Kepala.Nama} · NIP {sekolah.Kepala.Nip}");
        await Expect(p.Locator("#sekolah")).ToContainTextAsync(sekolah.Npsn);
        await Expect(p.Locator("#disepakati")).Not.ToHaveTextAsync("-");
        await Expect(p.Locator("#belum-disepakati")).ToHaveCountAsync(0);
        // the teacher says they have read it: recorded with the time, shown on the document, asked no more
        await Expect(p.Locator("#telah-dibaca")).ToHaveCountAsync(0);
        await p.GetByRole(AriaRole.Button, new() { Name = "Saya telah membaca" }).ClickAsync();
        await Expect(p.Locator("#telah-dibaca")).ToContainTextAsync("Telah dibaca oleh pegawai yang dinilai pada");
        await Expect(p.GetByRole(AriaRole.Button, new() { Name = "Saya telah membaca" })).ToHaveCountAsync(0);
        await Orang.PeriksaAsync(p, "ponsel-skp-cetak");

        var teks = await CetakPdf.TeksA4Async(p);
        Assert.Contains("Sasaran Kinerja Pegawai", teks, StringComparison.Ordinal);
        Assert.Contains(guru.Nip, teks, StringComparison.Ordinal);
        Assert.Contains(sekolah.Kepala.Nip, teks, StringComparison.Ordinal);
        // a table cell's words may wrap and interleave with the next column's in the PDF's text: each word, then
        var kata = teks.Split(' ').ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string> { "Kelas", "tertib", "kondusif", "Kualitas", "90%", "pertemuan" }, kata);
        Assert.Contains("Telah dibaca oleh pegawai yang dinilai", teks, StringComparison.Ordinal);
        // only the document is printed: not the header, its menu or the hint
        Assert.DoesNotContain("Keluar", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("Kembali ke SKP", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("Saya telah membaca", teks, StringComparison.Ordinal);
        await p.Context.CloseAsync();
    }
}
