namespace Kinerja.Web.Tests;

using Kinerja.Demo;
using Kinerja.Testing;
using Microsoft.Playwright;

/// <summary>
/// The whole system, Web included, as real processes, and Debian's Chromium driven by Playwright.
/// Shared by the web tests; each test brings a school of its own into being, so none depends on another.
/// </summary>
public class SistemWeb(Infrastructure infra) : SistemBerjalan(infra)
{
    public const string Chromium = "/usr/bin/chromium";
    public const string Wilayah = "3273";

    private IPlaywright? _playwright;
    private int _sekolah;

    public IBrowser Browser { get; private set; } = default!;
    public string Url => System.GatewayUrl;
    /// <summary>The public API as the operator and teachers use it, with tokens the system trusts.</summary>
    public virtual KlienDemo Api => new(System.GatewayUrl);

    /// <summary>
    /// The demo's windows, and the two years before this one extended to its end, as a Dinas extends a deadline: the
    /// past years' tests write last year's plans today.
    /// </summary>
    protected override IDictionary<string, string> Env => new Dictionary<string, string>(DataDemo.EnvLayanan)
    {
        [$"Periode__Tahun__{DateTime.Now.Year - 1}__Perencanaan__Selesai"] = $"{DateTime.Now.Year}-12-31",
        [$"Periode__Tahun__{DateTime.Now.Year - 2}__Perencanaan__Selesai"] = $"{DateTime.Now.Year}-12-31",
    };

    public override async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException(
                $"Chromium is not at {Chromium}. Install it with `apt-get install -y chromium` (./kinerja test does this), then run the tests again.");
        }

        await base.InitializeAsync();
        // Playwright's 5 s for an assertion is a person's patience on an idle machine; CI runs every test project at
        // once on two cores, where a page that reloads itself (an import's progress) was seen to take longer
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
    }

    /// <summary>A browser of one person: a phone (360×740) or a desktop (1280×800), JavaScript on or off.</summary>
    public async Task<IPage> HalamanAsync(int lebar, int tinggi, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = lebar, Height = tinggi },
            BaseURL = Url,
            JavaScriptEnabled = javaScript,
            Locale = "id-ID",
            TimezoneId = "Asia/Jakarta",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new school of this run with its principal and teachers, all padan, loaded through the API as an operator would.</summary>
    public async Task<(string Npsn, OrangDemo Kepala, IReadOnlyList<OrangDemo> Guru)> SekolahAsync(int jumlahGuru)
    {
        var nomor = Interlocked.Increment(ref _sekolah);
        var npsn = $"{20_300_000 + nomor * 10 + Random.Shared.Next(10)}";
        // a serial block of its own per school (at most 4 people each): two schools' people never share a NIP or NIK
        var dasar = 100 + (nomor * 4 % 800);
        // born from 1990: the page-weight test loads 2,000 people born 1970–1986, and a NIP shared with one of them
        // (same birth date and serial) would make this school's principal someone else's NIP
        OrangDemo Orang(int i, bool perempuan) =>
            new($"{(perempuan ? "Sri" : "Ahmad")} Uji{nomor}{(char)('A' + i)}", perempuan, new DateOnly(1990 + i, 1 + nomor % 12, 1 + i), "AhliMadya", dasar + i);
        var kepala = Orang(0, false);
        var guru = Enumerable.Range(1, jumlahGuru).Select(i => Orang(i, i % 2 == 1)).ToList();
        await Api.SekolahAsync(npsn, $"SD Uji {nomor}", Wilayah, kepala, guru, CancellationToken.None);
        // Perencanaan learns the people and the principal by message; a plan started before it knows the principal
        // would be a teacher's plan, so a test begins only once it does
        await WaitUntilAsync(async () =>
            await QueryAsync<long>("perencanaan", "select count(*) from mt_doc_pegawailokal where data->>'npsn' = $1", npsn) == guru.Count + 1
            && await QueryAsync<string>("perencanaan", "select data->>'nip' from mt_doc_kepalasekolahlokal where id = $1", npsn) == kepala.Nip,
            $"Perencanaan knowing school {npsn} and its principal");
        return (npsn, kepala, guru);
    }

    /// <summary>A teacher's plan started through the API: its API path and its id (the cycle's and assessment's too).</summary>
    public async Task<(string Path, string Id)> SkpAsync(string npsn, OrangDemo guru)
    {
        using var client = await Api.SebagaiAsync(guru.Nip, "guru", npsn);
        var path = await Api.SkpAsync(client, DateTime.Now.Year, CancellationToken.None);
        return (path, path[(path.LastIndexOf('/') + 1)..]);
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        // the processes' logs outlive the run beside the screenshots, for whoever reads a failure; a folder per
        // fixture, since the OIDC system is one too and would otherwise overwrite this one's
        var logs = Path.Combine(System.Options.DataFolder, "logs");
        var salinan = Path.Combine(AppContext.BaseDirectory, "logs", GetType().Name);
        Directory.CreateDirectory(salinan);
        foreach (var log in Directory.Exists(logs) ? Directory.GetFiles(logs) : [])
        {
            File.Copy(log, Path.Combine(salinan, Path.GetFileName(log)), overwrite: true);
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition("web")]
public sealed class KoleksiWeb : ICollectionFixture<SistemWeb>;
