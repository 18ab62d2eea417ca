namespace Kinerja.AppHost.Tests;

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Kinerja.Demo;

/// <summary>
/// The AppHost as a person runs it: Aspire's dashboard and telemetry API, the demo loader, one teacher's year through
/// the gateway followed as one trace across the services, and the AppHost starting again what dies. Each test first
/// waits for a healthy system, so none depends on another's order.
/// </summary>
public sealed partial class AppHostTests(AppHostBerjalan sistem) : IClassFixture<AppHostBerjalan>
{
    private static readonly TimeSpan Pulih = TimeSpan.FromMinutes(3);
    private static CancellationToken Batas(TimeSpan t) => new CancellationTokenSource(t).Token;

    private async Task SehatAsync()
    {
        var ct = Batas(Pulih);
        foreach (var r in (string[])["postgres", "rabbitmq", .. AppHostBerjalan.KinerjaServices, "web", "gateway"])
        {
            await sistem.App.ResourceNotifications.WaitForResourceHealthyAsync(r, ct);
        }
    }

    [Fact(Timeout = 300_000)]
    public async Task the_dashboards_telemetry_api_refuses_a_caller_without_the_key_and_lists_every_process_to_one_with_it()
    {
        await SehatAsync();
        using (var tanpaKunci = new HttpClient { BaseAddress = sistem.Dashboard.BaseAddress })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await tanpaKunci.GetAsync("/api/telemetry/resources")).StatusCode);
        }

        using (var kunciSalah = new HttpClient { BaseAddress = sistem.Dashboard.BaseAddress })
        {
            kunciSalah.DefaultRequestHeaders.Add("x-api-key", "bukan-kuncinya");
            Assert.Equal(HttpStatusCode.Unauthorized, (await kunciSalah.GetAsync("/api/telemetry/resources")).StatusCode);
        }

        string[] nama = [];
        await TungguAsync(async () =>
        {
            var resources = await sistem.Dashboard.GetFromJsonAsync<JsonElement[]>("/api/telemetry/resources");
            nama = resources!.Select(r => r.GetProperty("name").GetString()!).ToArray();
            return ((string[])["gateway", "web", .. AppHostBerjalan.KinerjaServices]).All(nama.Contains);
        }, "every process reporting telemetry to the dashboard");
        Assert.Subset(nama.ToHashSet(), new[] { "gateway", "web", "datapegawai", "perencanaan", "observasi", "penilaian" }.ToHashSet());

        // koneksi.env is its owner's only: it holds this start's passwords and the API key
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(sistem.DataFolder, "koneksi.env")));
    }

    [Fact(Timeout = 300_000)]
    public async Task nothing_the_apphost_started_listens_beyond_loopback()
    {
        await SehatAsync();
        // the AppHost runs in this process; DCP (its proxies, the dashboard, the servers, every project) below its own
        // `dcp start-apiserver --monitor <this process>`, which is not this process's child
        var dcp = AppHostBerjalan.ProsesDenganArgumen("start-apiserver", $"--monitor {Environment.ProcessId} ");
        Assert.NotEmpty(dcp);
        var pendengar = Kinerja.Testing.SoketDengar.MilikPohon([Environment.ProcessId, .. dcp]);
        Assert.Contains(pendengar, s => s.Port == sistem.Gateway.BaseAddress!.Port);
        Assert.Contains(pendengar, s => s.Port == sistem.Dashboard.BaseAddress!.Port);
        Assert.All(pendengar, s => Assert.True(s.Loopback, $"{s} listens beyond loopback"));
    }

    [Fact(Timeout = 400_000)]
    public async Task the_demo_loads_through_the_gateway_and_one_teachers_year_is_followed_as_one_trace_across_the_services()
    {
        await SehatAsync();
        var ct = Batas(TimeSpan.FromMinutes(6));
        Assert.Equal(0, sistem.Demo.Snapshot.ExitCode);
        Assert.True(File.Exists(Path.Combine(sistem.DataFolder, "demo")));

        // a school of this test's own beside the demo's, its principal and one teacher, walked through a year
        var api = new KlienDemo(sistem.Gateway.BaseAddress!.ToString().TrimEnd('/'));
        var (npsn, wilayah, tahun) = ("20219077", DataDemo.Wilayah, DateTime.Now.Year);
        var kepalaOrang = new OrangDemo("Hasan Basri", false, new DateOnly(1974, 2, 3), "AhliMadya", 71);
        var guruOrang = new OrangDemo("Lina Marlina", true, new DateOnly(1989, 5, 6), "AhliMuda", 72);
        await api.SekolahAsync(npsn, "SD Negeri Uji Aspire", wilayah, kepalaOrang, [guruOrang], ct);
        using var kepala = await api.SebagaiAsync(kepalaOrang.Nip, "kepala-sekolah", npsn, ct: ct);
        var atasan = await api.RencanaKepalaDisepakatiAsync(kepala, wilayah, tahun, ct);
        using var guru = await api.SebagaiAsync(guruOrang.Nip, "guru", npsn, ct: ct);
        var skp = await api.SkpAsync(guru, tahun, ct);
        await KlienDemo.IsiSkpAsync(guru, skp, atasan, ct);
        await KlienDemo.BerhasilAsync(guru.PostAsync($"{skp}/ajukan", null, ct));

        // the agreement, under a trace and a correlation id of the caller's
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var korelasi = $"uji-{Guid.NewGuid():n}";
        using (var setujui = new HttpRequestMessage(HttpMethod.Post, $"{skp}/setujui"))
        {
            setujui.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            setujui.Headers.Add("X-Correlation-Id", korelasi);
            using var response = await kepala.SendAsync(setujui, ct);
            Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }

        var (siklus, jadwal) = await DataDemo.PersiapanSiklusAsync(guru, kepala, skp, ct);
        var penilaian = await DataDemo.SiklusSelesaiAsync(guru, kepala, siklus, jadwal, ct);
        var hasil = await kepala.GetFromJsonAsync<JsonElement>(penilaian, ct);
        Assert.Equal("Baik", hasil.GetProperty("hasil").GetProperty("predikat").GetString());

        // one trace: the gateway, Perencanaan's command and append, the relay's publish, and Observasi's consumer
        HashSet<string> layanan = [];
        HashSet<string> scope = [];
        await TungguAsync(async () =>
        {
            (layanan, scope) = await JejakAsync(traceId);
            return layanan.IsSupersetOf(["gateway", "perencanaan", "observasi"]) && scope.Contains("MassTransit");
        }, $"the agreement's trace {traceId} spanning gateway, perencanaan and observasi");
        Assert.Contains("Npgsql", scope);

        // the structured logs of that trace carry the caller's correlation id
        await TungguAsync(async () =>
        {
            var logs = await sistem.Dashboard.GetStringAsync($"/api/telemetry/logs?traceId={traceId}");
            return logs.Contains(korelasi, StringComparison.Ordinal);
        }, "the trace's structured logs carrying the correlation id");
    }

    [Fact(Timeout = 400_000)]
    public async Task no_nik_mothers_name_or_token_reaches_the_dashboard_after_an_import()
    {
        await SehatAsync();
        var ct = Batas(TimeSpan.FromMinutes(5));
        var api = new KlienDemo(sistem.Gateway.BaseAddress!.ToString().TrimEnd('/'));
        var orang = new OrangDemo("Rahmat Hidayat", false, new DateOnly(1979, 8, 17), "AhliMadya", 81);
        var guruOrang = new OrangDemo("Sri Wahyuni", true, new DateOnly(1991, 12, 24), "AhliPertama", 82);
        await api.SekolahAsync("20219088", "SD Negeri Uji Sapuan", DataDemo.Wilayah, orang, [guruOrang], ct);
        using var op = await api.SebagaiAsync("199001012015011001", "operator-dinas", wilayah: DataDemo.Wilayah, ct: ct);
        var token = op.DefaultRequestHeaders.Authorization!.Parameter!;
        // a read that shows the NIK to one allowed to see it, so the personal data crossed a request
        using (var pegawai = await op.GetAsync($"/api/pegawai/{guruOrang.Nip}", ct))
        {
            Assert.True(pegawai.IsSuccessStatusCode);
        }

        // wait until the dashboard holds that read, the last of it, from both processes: each exporter sends its batches
        // in order, so the import's telemetry before it is there too
        await TungguAsync(async () =>
            (await sistem.Dashboard.GetStringAsync("/api/telemetry/logs?resource=datapegawai")).Contains("GET /api/pegawai/{nip}", StringComparison.Ordinal)
            && (await sistem.Dashboard.GetStringAsync("/api/telemetry/spans?resource=datapegawai")).Contains("GET /api/pegawai/{nip}", StringComparison.Ordinal)
            && (await sistem.Dashboard.GetStringAsync("/api/telemetry/spans?resource=gateway")).Contains("GET /api/pegawai/", StringComparison.Ordinal),
            "the read's logs and spans of datapegawai and the gateway at the dashboard");

        string[] rahasia = [.. new[] { orang, guruOrang }.SelectMany(o => new[] { o.NikDi(DataDemo.Wilayah), $"Ibu {o.Nama.Split(' ')[0]}" }), token];
        foreach (var jalur in (string[])["/api/telemetry/logs", "/api/telemetry/spans", "/api/telemetry/traces"])
        {
            var isi = await sistem.Dashboard.GetStringAsync($"{jalur}?limit=100000", ct);
            Assert.True(isi.Length > 1000, $"{jalur} returned almost nothing: {isi}");
            foreach (var r in rahasia)
            {
                Assert.False(isi.Contains(r, StringComparison.Ordinal), $"{jalur} holds personal data or a token ({r[..Math.Min(6, r.Length)]}…)");
            }
        }
    }

    [Theory(Timeout = 400_000)]
    [InlineData("perencanaan")]
    [InlineData("postgres")]
    public async Task a_process_killed_is_started_again_by_the_apphost_and_the_api_answers_again(string resource)
    {
        await SehatAsync();
        // perencanaan runs as two instances: one of them dies, as a machine would lose one
        var instances = sistem.Instances(resource);
        Assert.Equal(resource == "perencanaan" ? 2 : 1, instances.Count);
        var id = instances[0];
        var pid = sistem.Keadaan(id).Pid ?? throw new InvalidOperationException($"{id} has no process");
        // as a crash would: the process itself; a project's runs under DCP's `dotnet run`, as its child
        var proses = resource == "postgres" ? pid : AppHostBerjalan.AnakDari(pid).Single();
        Process.GetProcessById(proses).Kill();
        await TungguAsync(() => Task.FromResult(sistem.Keadaan(id) is { State: "Running", Pid: { } baru } && baru != pid),
            $"{id} running again as a new process");
        await SehatAsync();

        // a read that needs the service and its database, through the gateway
        var api = new KlienDemo(sistem.Gateway.BaseAddress!.ToString().TrimEnd('/'));
        using var op = await api.SebagaiAsync("199001012015011001", "operator-dinas", wilayah: DataDemo.Wilayah);
        await TungguAsync(async () =>
        {
            using var daftar = await op.GetAsync($"/api/perencanaan/skp?tahun={DateTime.Now.Year}");
            return daftar.IsSuccessStatusCode;
        }, "Perencanaan answering from its database through the gateway");

        // and the relays publish again (in CI once, after postgres came back, an agreement never opened its cycle):
        // a teacher's year walked to its predikat crosses every service's relay
        var tahun = DateTime.Now.Year;
        var (npsn, urut) = resource == "postgres" ? ("20219194", 101) : ("20219193", 104);
        var sekolah = await SekolahUjiAsync(api, npsn, DataDemo.Wilayah, ["Rudi Hartono", "Nur Aini", "Bayu Putra"], urut, tahun, Batas(TimeSpan.FromMinutes(4)));
        using var kepala = sekolah.Kepala;
        var penilaian = await DenganCatatanAsync(() => TahunSelesaiAsync(api, sekolah, 0, tahun, Batas(TimeSpan.FromMinutes(4))));
        await FeedMemuatAsync(api, DataDemo.Wilayah, tahun, penilaian, Batas(TimeSpan.FromMinutes(2)));
    }

    /// <summary>
    /// A walk through the services that timed out (once in CI, the cycle never opened after an agreement) is reported
    /// with what the services warned of meanwhile, as an operator would read it on the dashboard: the run's console is
    /// all CI keeps.
    /// </summary>
    private async Task<T> DenganCatatanAsync<T>(Func<Task<T>> jalan)
    {
        try
        {
            return await jalan();
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\nWhat the services warned of (the dashboard's structured logs, Warning and above):\n{await PeringatanAsync()}", ex);
        }
    }

    /// <summary>
    /// Every process's warnings, replicas included (each replica is its own resource at the dashboard, so one query per
    /// service name misses them), oldest first with their time: an outage earlier in the run shows as earlier lines.
    /// </summary>
    private async Task<string> PeringatanAsync()
    {
        var baris = new List<(long Waktu, string Teks)>();
        try
        {
            var json = await sistem.Dashboard.GetFromJsonAsync<JsonElement>("/api/telemetry/logs?severity=Warning&limit=200");
            foreach (var rl in json.GetProperty("data").GetProperty("resourceLogs").EnumerateArray())
            {
                var proses = Atribut(rl.GetProperty("resource"), "service.name") ?? "?";
                var instance = Atribut(rl.GetProperty("resource"), "service.instance.id") is { Length: > 0 } id ? $" {id[..Math.Min(8, id.Length)]}" : "";
                foreach (var record in rl.GetProperty("scopeLogs").EnumerateArray().SelectMany(s => s.GetProperty("logRecords").EnumerateArray()))
                {
                    var body = record.TryGetProperty("body", out var b) && b.TryGetProperty("stringValue", out var v) ? v.GetString() : b.ToString();
                    var nano = record.TryGetProperty("timeUnixNano", out var t) && long.TryParse(t.ToString(), out var n) ? n : 0;
                    var waktu = DateTimeOffset.FromUnixTimeMilliseconds(nano / 1_000_000);
                    baris.Add((nano, $"  {waktu:HH:mm:ss.fff} {proses}{instance} {record.GetProperty("severityText").GetString()}: {body}"));
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"  the dashboard's logs could not be read ({ex.Message})";
        }

        return baris.Count == 0 ? "  none" : string.Join('\n', baris.OrderBy(b => b.Waktu).Select(b => b.Teks));
    }

    /// <summary>A resource's attribute in the telemetry API's OTLP JSON (<c>service.name</c>, <c>service.instance.id</c>).</summary>
    private static string? Atribut(JsonElement resource, string kunci) =>
        resource.TryGetProperty("attributes", out var attrs)
            ? attrs.EnumerateArray().Where(a => a.GetProperty("key").GetString() == kunci)
                .Select(a => a.GetProperty("value").GetProperty("stringValue").GetString()).FirstOrDefault()
            : null;

    /// <summary>The services and instrumentation scopes of one trace's spans, as the telemetry API returns them (OTLP JSON).</summary>
    [Fact(Timeout = 300_000)]
    public async Task a_reminder_is_followed_as_one_trace_from_the_job_through_the_relay_to_datapegawai()
    {
        await SehatAsync();
        var ct = Batas(TimeSpan.FromMinutes(4));
        // a school of this test's own: its teacher has no plan, so this year's deadline in 7 days is due to them
        var api = new KlienDemo(sistem.Gateway.BaseAddress!.ToString().TrimEnd('/'));
        var guru = new OrangDemo("Dewi Lestari", true, new DateOnly(1990, 7, 8), "AhliPertama", 74);
        await api.SekolahAsync("20219078", "SD Negeri Uji Pengingat", DataDemo.Wilayah, new OrangDemo("Agus Salim", false, new DateOnly(1975, 3, 4), "AhliMadya", 73),
            [guru], ct);

        // a run of perencanaan's job that recorded reminders is one trace: the job, the relay's publish, DataPegawai's
        // consumer (Observasi's and Penilaian's runs are traces of their own)
        string? traceId = null;
        await TungguAsync(async () =>
        {
            foreach (var kandidat in await JejakPengingatAsync("perencanaan"))
            {
                if ((await JejakAsync(kandidat)).Layanan.IsSupersetOf(["perencanaan", "datapegawai"]))
                {
                    traceId = kandidat;
                    return true;
                }
            }

            return false;
        }, "a run of the reminder job that recorded reminders, traced from perencanaan to datapegawai");
        // nothing of the person in it: the reminder's text and its recipient are no span's attributes
        var spans = await sistem.Dashboard.GetStringAsync($"/api/telemetry/spans?traceId={traceId}", ct);
        Assert.DoesNotContain(guru.Nama, spans, StringComparison.Ordinal);
        Assert.DoesNotContain(guru.Nip, spans, StringComparison.Ordinal);
    }

    /// <summary>
    /// The traces of one service's runs of the reminder job that recorded at least one reminder (its <c>pengingat</c>
    /// span says how many; the dashboard exports the count as a string).
    /// </summary>
    private async Task<IReadOnlyList<string>> JejakPengingatAsync(string layanan)
    {
        using var response = await sistem.Dashboard.GetAsync("/api/telemetry/spans?limit=50000");
        if (!response.IsSuccessStatusCode)
        {
            return [];
        }

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("data").GetProperty("resourceSpans").EnumerateArray()
            .Where(rs => Atribut(rs.GetProperty("resource"), "service.name") == layanan)
            .SelectMany(rs => rs.GetProperty("scopeSpans").EnumerateArray())
            .SelectMany(ss => ss.GetProperty("spans").EnumerateArray())
            .Where(span => span.GetProperty("name").GetString() == "pengingat" && span.TryGetProperty("attributes", out var a) && a.EnumerateArray().Any(x =>
                x.GetProperty("key").GetString() == "kinerja.pengingat.baru"
                && long.TryParse(x.GetProperty("value").EnumerateObject().FirstOrDefault().Value.ToString(), System.Globalization.CultureInfo.InvariantCulture,
                    out var baru) && baru > 0))
            .Select(span => span.GetProperty("traceId").GetString()!)
            .Distinct()
            .ToList();
    }

    private async Task<(HashSet<string> Layanan, HashSet<string> Scope)> JejakAsync(string traceId)
    {
        using var response = await sistem.Dashboard.GetAsync($"/api/telemetry/spans?traceId={traceId}");
        if (!response.IsSuccessStatusCode)
        {
            return ([], []);
        }

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        HashSet<string> layanan = [];
        HashSet<string> scope = [];
        foreach (var rs in json.GetProperty("data").GetProperty("resourceSpans").EnumerateArray())
        {
            if (Atribut(rs.GetProperty("resource"), "service.name") is { } nama)
            {
                layanan.Add(nama);
            }

            foreach (var ss in rs.GetProperty("scopeSpans").EnumerateArray())
            {
                scope.Add(ss.GetProperty("scope").GetProperty("name").GetString()!);
            }
        }

        return (layanan, scope);
    }

    private static async Task TungguAsync(Func<Task<bool>> syarat, string apa)
    {
        var batas = DateTime.UtcNow + Pulih;
        Exception? terakhir = null;
        while (DateTime.UtcNow < batas)
        {
            try
            {
                if (await syarat())
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or InvalidOperationException)
            {
                terakhir = ex;
            }

            await Task.Delay(1000);
        }

        throw new TimeoutException($"Waited {Pulih.TotalMinutes:0} min for {apa}. {terakhir?.Message}");
    }
}
