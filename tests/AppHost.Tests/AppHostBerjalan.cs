namespace Kinerja.AppHost.Tests;

using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Kinerja.Hosting.Servers;

/// <summary>
/// The AppHost as <c>./kinerja run</c> starts it (its own PostgreSQL, RabbitMQ and Prometheus, the four services, Web,
/// the gateway, the demo loader, the Aspire dashboard), on free ports and a data folder of its own, under DCP through
/// <c>Aspire.Hosting.Testing</c>. Stopping it must leave nothing of it running: the clean-up fails otherwise.
/// </summary>
public class AppHostBerjalan : IAsyncLifetime
{
    private static readonly TimeSpan Mulai = TimeSpan.FromMinutes(4);
    private readonly int otlp = Proses.FreePort();
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "kinerja-apphost", Guid.NewGuid().ToString("n")[..12]);
    public DistributedApplication App { get; private set; } = null!;

    /// <summary>The AppHost's broker's AMQP port, as <c>RabbitMq:Port</c> gives it (the regions' command prints it).</summary>
    public int RabbitMqPort { get; } = Proses.FreePort();

    /// <summary>The demo loader's last state: it ran to its end before any test began.</summary>
    public ResourceEvent Demo { get; private set; } = null!;
    public HttpClient Dashboard { get; private set; } = null!;
    public HttpClient Gateway { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Koneksi { get; private set; } = new Dictionary<string, string>();

    /// <summary>Today in WIB, as the services judge the planning window.</summary>
    public static DateOnly HariIni { get; } =
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta")).DateTime);

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DataFolder)!);
        if (Proses.IsRoot && !OperatingSystem.IsWindows())
        {
            // PostgreSQL runs as the postgres user, which must pass through to its folder
            File.SetUnixFileMode(Path.GetDirectoryName(DataFolder)!, (UnixFileMode)0b111_101_101);
        }

        var (dashboard, gateway) = (Proses.FreePort(), Proses.FreePort());
        string[] args =
        [
            $"--DataFolder={DataFolder}",
            .. await ServerAsync(),
            // the ports chosen here, free ones, as a person's run has its fixed ones (the testing builder picks its own otherwise)
            "--DcpPublisher:RandomizePorts=false",
            $"--Gateway:Port={gateway}",
            $"--Web:Port={Proses.FreePort()}",
            $"--Postgres:Port={Proses.FreePort()}",
            $"--RabbitMq:Port={RabbitMqPort}",
            $"--Prometheus:Port={Proses.FreePort()}",
            .. KinerjaServices.Select(s => $"--Services:Ports:{s}={Proses.FreePort()}"),
            // one service as two instances behind DCP's proxy, as `./kinerja run --Services:Replicas:perencanaan=2`
            "--Services:Replicas:perencanaan=2",
            // the reminder job every 5 s, and this year's planning window closing in 7 days as a Dinas may set it: whoever
            // has no submitted plan is due the deadline's reminder (the AppHost passes Pengingat and Periode on)
            "--Pengingat:Interval=00:00:05",
            $"--Periode:Tahun:{HariIni.Year}:Perencanaan:Selesai={HariIni.AddDays(7):yyyy-MM-dd}",
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(args, (options, _) =>
        {
            // the tests look at what the dashboard received, as an operator does
            options.DisableDashboard = false;
            options.AllowUnsecuredTransport = true;
        });
        builder.Configuration["ASPNETCORE_URLS"] = $"http://127.0.0.1:{dashboard}";
        builder.Configuration["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{otlp}";
        App = await builder.BuildAsync();
        _ = IkutiAsync(App.ResourceNotifications, _berhenti.Token);
        using var batas = new CancellationTokenSource(Mulai);
        await App.StartAsync(batas.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", batas.Token);
        // the demo loader runs once the gateway is healthy: the tests begin when it is done, none of them disturbing it
        if (DenganDemo)
        {
            Demo = await App.ResourceNotifications.WaitForResourceAsync("demo",
                e => e.Snapshot.State?.Text is "Finished" or "Exited" or "FailedToStart", batas.Token);
        }

        Koneksi = BacaKoneksi(Path.Combine(DataFolder, "koneksi.env"));
        Dashboard = new HttpClient { BaseAddress = new Uri(Koneksi["DASHBOARD_URL"]), Timeout = TimeSpan.FromSeconds(30) };
        Dashboard.DefaultRequestHeaders.Add("x-api-key", Koneksi["DASHBOARD_API_KEY"]);
        // the testing builder gives proxied endpoints ports of its own: ask DCP where the gateway is
        Gateway = new HttpClient { BaseAddress = App.GetEndpoint("gateway", "http"), Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Its own servers, whatever ./kinerja test's shared ones say in the environment (an empty string asks for them).</summary>
    protected virtual Task<string[]> ServerAsync() => Task.FromResult<string[]>(["--ConnectionStrings:postgres=", "--ConnectionStrings:rabbitmq="]);

    /// <summary>A new data folder with the AppHost's own PostgreSQL gets the demo.</summary>
    protected virtual bool DenganDemo => true;

    public static readonly string[] KinerjaServices = ["datapegawai", "perencanaan", "observasi", "penilaian"];

    /// <summary>koneksi.env's assignments (NAME='value'), as a shell would read them.</summary>
    private static Dictionary<string, string> BacaKoneksi(string file) =>
        File.ReadAllLines(file)
            .Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains('='))
            .Select(l => (Nama: l[..l.IndexOf('=')], Nilai: l[(l.IndexOf('=') + 1)..].Trim('\'')))
            .ToDictionary(p => p.Nama, p => p.Nilai);

    private readonly CancellationTokenSource _berhenti = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ResourceEvent> _keadaan = new();

    /// <summary>The last state of every instance (a replica is a resource id of its own), kept as they change.</summary>
    private async Task IkutiAsync(ResourceNotificationService notifications, CancellationToken ct)
    {
        try
        {
            await foreach (var e in notifications.WatchAsync(ct))
            {
                _keadaan[e.ResourceId] = e;
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The resource ids of a resource's instances (its replicas), as DCP names them.</summary>
    public IReadOnlyList<string> Instances(string resource) =>
        _keadaan.Values.Where(e => e.Resource.Name == resource).Select(e => e.ResourceId).Order(StringComparer.Ordinal).ToList();

    /// <summary>The state of one instance by its resource id, and its process id while it runs.</summary>
    public (string? State, int? Pid) Keadaan(string resourceId) =>
        _keadaan.TryGetValue(resourceId, out var e)
            ? (e.Snapshot.State?.Text, e.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } pid
                ? Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture) : null)
            : (null, null);

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        Dashboard?.Dispose();
        Gateway?.Dispose();
        if (App is not null)
        {
            await _berhenti.CancelAsync();
            await App.StopAsync();
            await App.DisposeAsync();
        }

        // nothing of this start may outlive it: no server or epmd whose command line names its folder, no process of ours
        // told to send its telemetry to this start's dashboard
        var sisa = Proc().Select(p => (Pid: p, Cmd: Baca($"/proc/{p}/cmdline").Replace('\0', ' '), Env: Baca($"/proc/{p}/environ")))
            .Where(p => p.Cmd.Contains(DataFolder, StringComparison.Ordinal) || p.Env.Contains($"127.0.0.1:{otlp}", StringComparison.Ordinal) || p.Env.Contains($"localhost:{otlp}", StringComparison.Ordinal))
            .ToList();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        if (sisa.Count > 0)
        {
            throw new InvalidOperationException($"Still running after the AppHost stopped: {string.Join("; ", sisa.Select(p => $"{p.Pid} {p.Cmd}"))}");
        }
    }

    private static IEnumerable<string> Proc() =>
        Directory.EnumerateDirectories("/proc").Select(d => Path.GetFileName(d)).Where(p => p.All(char.IsDigit) && p != $"{Environment.ProcessId}");

    /// <summary>The processes whose command line holds each of <paramref name="potongan"/>.</summary>
    public static IReadOnlyList<int> ProsesDenganArgumen(params string[] potongan) =>
        Proc().Where(p => Baca($"/proc/{p}/cmdline").Replace('\0', ' ') is var cmd && potongan.All(x => cmd.Contains(x, StringComparison.Ordinal)))
            .Select(int.Parse).ToList();

    /// <summary>The processes whose parent is <paramref name="pid"/>.</summary>
    public static IEnumerable<int> AnakDari(int pid) =>
        Kinerja.Testing.SoketDengar.Induk().Where(p => p.Value == pid).Select(p => p.Key).ToList();

    private static string Baca(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
