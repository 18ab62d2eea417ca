namespace Kinerja.AppHost.Tests;

using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Demo;
using Kinerja.Hosting.Aspire;
using Microsoft.Extensions.Configuration;

/// <summary>
/// Issue 26, item 2: the sample subscribers in <c>samples/</c> (Python with pika, Node with amqplib), each run as a region
/// runs it, with the lasting broker user an admin made for the region while the AppHost runs. Each receives exactly its
/// region's predikat, first through the feed (what was finalised before it existed), then through its queue, and stores
/// each once, also across a crash and a restart.
/// </summary>
public sealed partial class AppHostTests
{
    private sealed record SekolahUji(string Npsn, HttpClient Kepala, Guid Atasan, IReadOnlyList<OrangDemo> Guru);

    [Fact(Timeout = 600_000)]
    public async Task the_python_and_node_samples_each_receive_exactly_their_regions_predikat_with_the_regions_lasting_user()
    {
        await SehatAsync();
        var ct = Batas(TimeSpan.FromMinutes(9));
        var (a, b, tahun) = (DataDemo.Wilayah, "3204", DateTime.Now.Year);
        var api = new KlienDemo(sistem.Gateway.BaseAddress!.ToString().TrimEnd('/'));

        // the regions' users, made by the admin's command while the AppHost runs: the broker has them at once
        var amqpA = await RegionAsync(a);
        var amqpB = await RegionAsync(b);

        // in each region a school whose first teacher's year is finalised before any subscriber exists
        var sekolahA = await SekolahUjiAsync(api, "20219191", a, ["Agus Salim", "Dewi Sartika", "Budi Santoso"], 91, tahun, ct);
        var sekolahB = await SekolahUjiAsync(api, "20219192", b, ["Yuni Astuti", "Ratna Sari", "Teguh Wibowo"], 94, tahun, ct);
        using var kepalaA = sekolahA.Kepala;
        using var kepalaB = sekolahB.Kepala;
        var pertama = await DenganCatatanAsync(() => Task.WhenAll(TahunSelesaiAsync(api, sekolahA, 0, tahun, ct), TahunSelesaiAsync(api, sekolahB, 0, tahun, ct)));
        // the feed shows an event once the store's high-water mark has passed it, and only then is it published
        await FeedMemuatAsync(api, a, tahun, pertama[0], ct);
        await FeedMemuatAsync(api, b, tahun, pertama[1], ct);

        var root = Kinerja.Hosting.Lokal.RepoRoot.Find();
        var folder = Path.Combine(sistem.DataFolder, "sampel");
        Directory.CreateDirectory(folder);
        var envA = Env(a, amqpA, await TokenRegionalAsync(a), Path.Combine(folder, "python.db"));
        var envB = Env(b, amqpB, await TokenRegionalAsync(b), Path.Combine(folder, "node.jsonl"));
        PelangganSampel Python() => PelangganSampel.Mulai("python", "/usr/bin/python3", [Path.Combine(root, "samples", "python", "langganan_predikat.py")], envA);
        PelangganSampel Node() => PelangganSampel.Mulai("node", "node", [Path.Combine(root, "samples", "node", "langganan-predikat.js")], envB);

        var python = Python();
        var node = Node();
        try
        {
            var batas = TimeSpan.FromMinutes(2);
            await Task.WhenAll(python.TungguAsync(p => p.Baris.Any(l => l.TryGetProperty("siap", out _)), "binding and catching up", batas),
                node.TungguAsync(p => p.Baris.Any(l => l.TryGetProperty("siap", out _)), "binding and catching up", batas));
            // what was finalised before it existed: through the feed
            var feedA = await FeedAsync(api, a, tahun);
            var feedB = await FeedAsync(api, b, tahun);
            Assert.Contains(python.Baris, l => l.TryGetProperty("disimpan", out _) && l.GetProperty("sumber").GetString() == "feed");
            Assert.Contains(node.Baris, l => l.TryGetProperty("disimpan", out _) && l.GetProperty("sumber").GetString() == "feed");
            await python.TungguAsync(p => p.EventId("disimpan").ToHashSet().SetEquals(feedA.Keys), "every predikat of its region so far", batas);
            await node.TungguAsync(p => p.EventId("disimpan").ToHashSet().SetEquals(feedB.Keys), "every predikat of its region so far", batas);

            // the second teacher of each school: through each one's own queue, while it runs
            var kedua = await DenganCatatanAsync(() => Task.WhenAll(TahunSelesaiAsync(api, sekolahA, 1, tahun, ct), TahunSelesaiAsync(api, sekolahB, 1, tahun, ct)));
            feedA = await FeedMemuatAsync(api, a, tahun, kedua[0], ct);
            feedB = await FeedMemuatAsync(api, b, tahun, kedua[1], ct);
            await python.TungguAsync(p => p.EventId("disimpan").ToHashSet().SetEquals(feedA.Keys), "the region's second predikat by its queue", batas);
            await node.TungguAsync(p => p.EventId("disimpan").ToHashSet().SetEquals(feedB.Keys), "the region's second predikat by its queue", batas);
            Assert.Contains(python.Baris, l => l.TryGetProperty("disimpan", out _) && l.GetProperty("sumber").GetString() == "broker");
            Assert.Contains(node.Baris, l => l.TryGetProperty("disimpan", out _) && l.GetProperty("sumber").GetString() == "broker");
            // nothing of the other region, by either way
            Assert.Empty(feedA.Keys.Intersect(feedB.Keys));
            Assert.DoesNotContain(python.Baris, l => l.TryGetProperty("bukan_wilayah", out _));
            Assert.DoesNotContain(node.Baris, l => l.TryGetProperty("bukan_wilayah", out _));

            // a crash and a restart: the feed gives again what it had from the queue; each is stored once
            await python.DisposeAsync();
            await node.DisposeAsync();
            python = Python();
            node = Node();
            await Task.WhenAll(python.TungguAsync(p => p.Baris.Any(l => l.TryGetProperty("siap", out _)), "starting again", batas),
                node.TungguAsync(p => p.Baris.Any(l => l.TryGetProperty("siap", out _)), "starting again", batas));
            Assert.Empty(python.EventId("disimpan"));
            Assert.Empty(node.EventId("disimpan"));
            Assert.Contains(python.EventId("ganda"), feedA.ContainsKey);
            Assert.Contains(node.EventId("ganda"), feedB.ContainsKey);
        }
        finally
        {
            await python.DisposeAsync();
            await node.DisposeAsync();
        }
    }

    private async Task<string> RegionAsync(string wilayah)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataFolder"] = sistem.DataFolder,
            ["RabbitMq:Port"] = sistem.RabbitMqPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var keluar = new StringWriter();
        Assert.Equal(0, await PerintahRegion.JalankanAsync(["add", wilayah], config, keluar));
        Assert.Contains("The running broker has it now", keluar.ToString(), StringComparison.Ordinal);
        return keluar.ToString().Split('\n').Single(l => l.TrimStart().StartsWith("AMQP:", StringComparison.Ordinal)).Trim()["AMQP:".Length..].Trim();
    }

    private Dictionary<string, string> Env(string wilayah, string amqp, string token, string db) => new()
    {
        ["KINERJA_WILAYAH"] = wilayah,
        ["KINERJA_AMQP_URL"] = amqp,
        ["KINERJA_API"] = sistem.Gateway.BaseAddress!.ToString(),
        // the region's machine identity; here the gateway's Development token, at a region's SSO the client-credentials grant
        ["KINERJA_TOKEN"] = token,
        ["KINERJA_TAHUN"] = DateTime.Now.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["KINERJA_DB"] = db,
    };

    private async Task<string> TokenRegionalAsync(string wilayah)
    {
        using var r = await sistem.Gateway.PostAsJsonAsync("/api/dev/token", new { nip = $"bkd-{wilayah}", roles = new[] { "sistem-regional" }, wilayah });
        r.EnsureSuccessStatusCode();
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    /// <summary>The region's feed for the year, as its operator reads it: each eventId with its assessment's id.</summary>
    private static async Task<Dictionary<string, Guid>> FeedAsync(KlienDemo api, string wilayah, int tahun)
    {
        using var op = await api.SebagaiAsync("199001012015011001", "operator-dinas", wilayah: wilayah);
        var halaman = await op.GetFromJsonAsync<JsonElement>($"/api/penilaian/predikat?wilayah={wilayah}&tahun={tahun}&setelah=0&batas=5000");
        return halaman.GetProperty("items").EnumerateArray()
            .ToDictionary(e => e.GetProperty("eventId").GetString()!, e => e.GetProperty("predikat").GetProperty("penilaianId").GetGuid());
    }

    /// <summary>The feed once it holds the assessment <paramref name="penilaian"/>'s predikat.</summary>
    private static async Task<Dictionary<string, Guid>> FeedMemuatAsync(KlienDemo api, string wilayah, int tahun, Guid penilaian, CancellationToken ct)
    {
        Dictionary<string, Guid> feed = [];
        await KlienDemo.WaitUntilAsync(async () => (feed = await FeedAsync(api, wilayah, tahun)).ContainsValue(penilaian), $"the predikat in wilayah {wilayah}'s feed", ct);
        return feed;
    }

    /// <summary>A school of the region with its principal (urut), two teachers (urut + 1, + 2), and the principal's plan agreed.</summary>
    private static async Task<SekolahUji> SekolahUjiAsync(KlienDemo api, string npsn, string wilayah, string[] nama, int urut, int tahun, CancellationToken ct)
    {
        var kepala = new OrangDemo(nama[0], false, new DateOnly(1975, 3, 4), "AhliMadya", urut);
        OrangDemo[] guru = [new(nama[1], true, new DateOnly(1988, 6, 7), "AhliMuda", urut + 1), new(nama[2], false, new DateOnly(1990, 8, 9), "AhliPertama", urut + 2)];
        await api.SekolahAsync(npsn, $"SD Negeri Uji {npsn}", wilayah, kepala, guru, ct);
        var k = await api.SebagaiAsync(kepala.Nip, "kepala-sekolah", npsn, ct: ct);
        return new SekolahUji(npsn, k, await api.RencanaKepalaDisepakatiAsync(k, wilayah, tahun, ct), guru);
    }

    /// <summary>One teacher's year, from the plan to the finalised predikat; the assessment's id.</summary>
    private static async Task<Guid> TahunSelesaiAsync(KlienDemo api, SekolahUji sekolah, int guruKe, int tahun, CancellationToken ct)
    {
        using var guru = await api.SebagaiAsync(sekolah.Guru[guruKe].Nip, "guru", sekolah.Npsn, ct: ct);
        var skp = await api.SkpAsync(guru, tahun, ct);
        await KlienDemo.IsiSkpAsync(guru, skp, sekolah.Atasan, ct);
        await KlienDemo.BerhasilAsync(guru.PostAsync($"{skp}/ajukan", null, ct));
        await KlienDemo.BerhasilAsync(sekolah.Kepala.PostAsync($"{skp}/setujui", null, ct));
        var (siklus, jadwal) = await DataDemo.PersiapanSiklusAsync(guru, sekolah.Kepala, skp, ct);
        return KlienDemo.IdDari(await DataDemo.SiklusSelesaiAsync(guru, sekolah.Kepala, siklus, jadwal, ct));
    }
}
