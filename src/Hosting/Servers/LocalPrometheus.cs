namespace Kinerja.Hosting.Servers;

using System.Diagnostics;
using System.Text;

/// <summary>One endpoint Prometheus scrapes: <paramref name="Job"/> is the service (the alert rules group by it).</summary>
public sealed record TargetScrape(string Job, string Instance, Uri Metrics);

/// <summary>
/// Debian's <c>prometheus</c> as a resource of the AppHost (issue 15): scrapes every instance of every service, the
/// gateway, Web and the private broker's <c>rabbitmq_prometheus</c> every 5 s, and evaluates the alert rules in
/// <c>ops/prometheus/peringatan.yml</c>. Listens on loopback only; keeps 15 days under the data folder. Prometheus
/// cannot refuse a foreign <c>Host</c> as our processes do, so a page on a DNS name rebound to 127.0.0.1 could read it:
/// it asks for a password of this start instead (basic auth, <see cref="Otorisasi"/>), which such a page does not have.
/// </summary>
public sealed class LocalPrometheus(string binary, string folder, int port, string rulesFile) : IAsyncDisposable
{
    private Process? _process;

    public static string? Find() => File.Exists("/usr/bin/prometheus") ? "/usr/bin/prometheus" : null;

    public string Url => $"http://127.0.0.1:{port}";

    public const string Pengguna = "kinerja";

    /// <summary>Its password: new at every start of the AppHost, in <c>koneksi.env</c> for a person.</summary>
    public string Sandi { get; } = PenggunaBroker.Sandi();

    /// <summary>What every request to it carries (the AppHost's probe and dashboard, the tests).</summary>
    public System.Net.Http.Headers.AuthenticationHeaderValue Otorisasi =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Pengguna}:{Sandi}")));

    private HttpClient? _http;

    /// <summary>A client signed in as <see cref="Pengguna"/>, for its probes and queries (5 s a request).</summary>
    public HttpClient Http => _http ??= new HttpClient
    {
        BaseAddress = new Uri(Url),
        Timeout = TimeSpan.FromSeconds(5),
        DefaultRequestHeaders = { Authorization = Otorisasi },
    };

    public async Task StartAsync(IReadOnlyList<TargetScrape> targets, Action<string> log, CancellationToken ct)
    {
        await TulisKonfigurasiAsync(Config(targets, rulesFile), ct);
        var info = Proses.Info(binary, Argumen());
        info.WorkingDirectory = folder;
        // the old process object is disposed only after the new one is in place: Pid and Running, read from other
        // threads while the watch restarts it, must never see a disposed one ("No process is associated")
        var alt = _process;
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { log(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        alt?.Dispose();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited with code {process.ExitCode}; its output is in the resource's log.");
            }

            try
            {
                if ((await Http.GetAsync("/-/ready", ct)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
            }

            await Task.Delay(250, ct);
        }

        throw new TimeoutException("prometheus was not ready after 60 s.");
    }

    /// <summary>Its folder, the configuration given, and the password's bcrypt hash in <c>web.yml</c> (this start's).</summary>
    public async Task TulisKonfigurasiAsync(string config, CancellationToken ct)
    {
        FolderPribadi.Buat(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "prometheus.yml"), config, ct);
        await BerkasRahasia.TulisAsync(Path.Combine(folder, "web.yml"),
            $"basic_auth_users:\n  {Pengguna}: '{BCrypt.Net.BCrypt.HashPassword(Sandi, workFactor: 10)}'\n", ct);
    }

    /// <summary>Its command line: loopback only, 15 days kept under its folder, the password asked for.</summary>
    public IReadOnlyList<string> Argumen() =>
    [
        $"--config.file={Path.Combine(folder, "prometheus.yml")}",
        $"--web.config.file={Path.Combine(folder, "web.yml")}",
        $"--storage.tsdb.path={Path.Combine(folder, "data")}",
        "--storage.tsdb.retention.time=15d",
        $"--web.listen-address=127.0.0.1:{port}",
    ];

    public string Folder => folder;
    public string Binary => binary;
    public string RulesFile => rulesFile;

    public bool Running => Hidup(_process) is not null;

    public int? Pid => Hidup(_process)?.Id;

    private static Process? Hidup(Process? process)
    {
        try
        {
            return process is { HasExited: false } ? process : null;
        }
        catch (InvalidOperationException)
        {
            // disposed by DisposeAsync on another thread
            return null;
        }
    }

    /// <summary>
    /// The configuration: a job per service (its instances its targets, each labelled with the instance's name), and
    /// one per broker metrics path: the aggregated one and the per-queue one the <c>_error</c> alert reads.
    /// </summary>
    public static string Config(IReadOnlyList<TargetScrape> targets, string rulesFile)
    {
        var yaml = new StringBuilder($"""
            # written by the AppHost at every start; edits are lost
            global:
              scrape_interval: 5s
              evaluation_interval: 5s
            rule_files:
              - '{rulesFile}'
            scrape_configs:

            """);
        foreach (var job in targets.GroupBy(t => (t.Job, t.Metrics.AbsolutePath, t.Metrics.Query)))
        {
            yaml.Append($"""
                  - job_name: '{job.Key.Job}'
                    metrics_path: '{job.Key.AbsolutePath}'

                """);
            if (job.Key.Query is { Length: > 1 } query)
            {
                yaml.Append("    params:\n");
                foreach (var pair in query.TrimStart('?').Split('&'))
                {
                    var (name, value) = (pair.Split('=')[0], Uri.UnescapeDataString(pair.Split('=')[1]));
                    yaml.Append($"      '{name}': ['{value}']\n");
                }
            }

            yaml.Append("    static_configs:\n");
            foreach (var t in job)
            {
                yaml.Append($"""
                          - targets: ['{t.Metrics.Authority}']
                            labels:
                              instance_name: '{t.Instance}'

                    """);
            }
        }

        return yaml.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_process is not null)
        {
            await Proses.StopAsync(_process, TimeSpan.FromSeconds(15));
            _process.Dispose();
            _process = null;
        }
    }
}
