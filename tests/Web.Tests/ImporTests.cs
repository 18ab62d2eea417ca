namespace Kinerja.Web.Tests;

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// The upload page beyond the happy path: it works without JavaScript (the page's link follows the job), and a
/// file of a province's size passes through Web as a stream, not held in its memory.
/// </summary>
[Collection("web")]
public sealed class ImporTests(SistemWeb sistem, ITestOutputHelper output)
{
    private const string NipOperator = "199401012015011004";

    [Fact]
    public async Task without_javascript_an_upload_finishes_and_the_reload_link_shows_the_result()
    {
        var page = await sistem.HalamanAsync(360, 740, javaScript: false);
        await Orang.MasukAsync(page, NipOperator, "operator-dinas", null, "3277");
        await page.GotoAsync("/impor");
        await page.GetByLabel("Dukcapil", new() { Exact = true }).CheckAsync();
        var isi = "nik,nama,tanggal_lahir,jenis_kelamin,nama_ibu_kandung\n3277014505900001,SITI TANPA SKRIP,1990-05-05,P,Ibu Siti\n";
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "dukcapil.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(isi) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/impor/[0-9a-f-]{36}$"));
        await Orang.WaitUntilAsync(page, page.Locator("#status-impor", new() { HasText = "Selesai" }), "the job finished, by reloading");
        await Expect(page.Locator("#jumlah-diterima")).ToHaveTextAsync("1");
        // axe needs the page's JavaScript, so this page is checked by the operator journey; here only its screenshot
        Directory.CreateDirectory(Orang.FolderScreenshot);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Orang.FolderScreenshot, "ponsel-impor-tanpa-javascript.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task a_file_that_is_no_file_is_refused_above_the_form_and_nothing_is_stored()
    {
        var page = await sistem.HalamanAsync(1280, 800);
        await Orang.MasukAsync(page, NipOperator, "operator-dinas", null, "3277");
        await page.GotoAsync("/impor");
        await page.GetByLabel("SI-ASN", new() { Exact = true }).CheckAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "siasn.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("nip,nama\n1,2\n") });
        var jobs = await page.Locator("table tbody tr").CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync();
        await Expect(page.Locator("#pemberitahuan")).ToContainTextAsync("Berkas tidak diterima");
        await Expect(page.Locator("#pemberitahuan")).ToContainTextAsync("kolom");
        await Expect(page.Locator("table tbody tr")).ToHaveCountAsync(jobs);
        await Orang.PeriksaAsync(page, "desktop-impor-ditolak-berkas");
        // said once: a reload shows the form without it
        await page.ReloadAsync();
        await Expect(page.Locator("#pemberitahuan")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// 100 MB through the browser, Web and the gateway to the API, which reads it whole and refuses it for its broken
    /// last line (so nothing is imported). Web's resident memory is sampled meanwhile: a stream grows it by buffers, a
    /// file held whole by its size.
    /// </summary>
    [Fact]
    public async Task a_100_mb_file_streams_through_web_without_being_held_in_its_memory()
    {
        var berkas = Path.Combine(Path.GetTempPath(), $"dapodik-besar-{Guid.NewGuid():n}.csv");
        const long ukuran = 100L * 1024 * 1024;
        await using (var tulis = new StreamWriter(berkas, false, new UTF8Encoding(false), 1 << 20))
        {
            await tulis.WriteAsync("nik,nip,nuptk,nama,tanggal_lahir,jenis_kelamin,npsn,jenis_ptk\n");
            for (var i = 0; tulis.BaseStream.Length < ukuran; i++)
            {
                await tulis.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"327701150385{i % 10000:0000},198503152010012{i % 1000:000},,Guru Besar {i},1985-03-15,P,20700000,guru\n"));
            }

            await tulis.WriteAsync("3277011503850001,\"tidak ditutup,1985-03-15\n");
        }

        try
        {
            var page = await sistem.HalamanAsync(1280, 800);
            await Orang.MasukAsync(page, NipOperator, "operator-dinas", null, "3278");
            await page.GotoAsync("/impor");
            await page.GetByLabel("Dapodik", new() { Exact = true }).CheckAsync();
            await page.Locator("input[type=file]").SetInputFilesAsync(berkas);

            var pid = sistem.System.Project("web").Pid ?? throw new InvalidOperationException("Web is not running.");
            var awal = Rss(pid);
            var puncak = awal;
            using var selesai = new CancellationTokenSource();
            var sampel = Task.Run(async () =>
            {
                while (!selesai.IsCancellationRequested)
                {
                    puncak = Math.Max(puncak, Rss(pid));
                    await Task.Delay(50);
                }
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync(new() { Timeout = 120_000 });
            await Expect(page.Locator("#pemberitahuan")).ToContainTextAsync("CSV rusak", new() { Timeout = 120_000 });
            await selesai.CancelAsync();
            await sampel;

            var tumbuh = (puncak - awal) / 1024.0 / 1024.0;
            output.WriteLine($"Web RSS {awal / 1024.0 / 1024.0:0.0} MB before, peak {puncak / 1024.0 / 1024.0:0.0} MB during a {ukuran / 1024 / 1024} MB upload (+{tumbuh:0.0} MB)");
            Assert.True(tumbuh < 50, $"Web grew by {tumbuh:0.0} MB while 100 MB went through it");
            await page.Context.CloseAsync();
        }
        finally
        {
            File.Delete(berkas);
        }
    }

    /// <summary>Resident memory of a process, from /proc (Linux), in bytes.</summary>
    private static long Rss(int pid)
    {
        var baris = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(baris.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
