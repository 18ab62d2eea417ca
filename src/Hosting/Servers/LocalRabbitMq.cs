namespace Kinerja.Hosting.Servers;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

/// <summary>
/// A private RabbitMQ node: own folder, own AMQP, distribution and epmd ports, loopback only. Its own
/// epmd port means stopping it leaves no shared epmd daemon behind.
/// </summary>
/// <param name="awalan">The system's <c>Messaging:Prefix</c>: the users' permissions name its exchanges and queues.</param>
/// <param name="regional">The regions' lasting users (<see cref="KredensialRegional"/>), loaded at every boot and reconciled once it is up.</param>
public sealed class LocalRabbitMq(string binDir, string folder, int port, string awalan = "", KredensialRegional? regional = null) : IAsyncDisposable
{
    private Process? _server;
    private int _distPort = Proses.FreePort();
    private int _epmdPort = Proses.FreePort();
    private int _managementPort = Proses.FreePort();
    private int _prometheusPort = Proses.FreePort();
    private readonly string _sandiAdmin = PenggunaBroker.Sandi();

    public int Port => port;

    /// <summary>The node's other ports (Erlang distribution, epmd, management, metrics): loopback only, like AMQP's.</summary>
    public IReadOnlyList<int> PortTambahan => [_distPort, _epmdPort, _managementPort, _prometheusPort];

    /// <summary>The broker's own management UI and HTTP API (<c>rabbitmq_management</c>), loopback only; the AppHost's admin signs in.</summary>
    public string ManagementUrl => $"http://127.0.0.1:{_managementPort}/";

    /// <summary>The broker's metrics for Prometheus (<c>rabbitmq_prometheus</c>); per queue at <c>/metrics/detailed?family=queue_coarse_metrics</c>.</summary>
    public string PrometheusUrl => $"http://127.0.0.1:{_prometheusPort}/metrics";
    public string Node => $"kinerja{port}@localhost";

    /// <summary>The AppHost's own administrator (new password every start; guest is not created on a new node).</summary>
    public string ConnectionString => $"amqp://{PenggunaBroker.Admin}:{_sandiAdmin}@127.0.0.1:{port}/";

    /// <summary>One user per service (<see cref="PenggunaBroker"/>), new passwords every start.</summary>
    public IReadOnlyList<PenggunaRabbit> Pengguna { get; } = PenggunaBroker.Untuk(awalan);

    /// <summary>The regions' users as they are now: lasting, kept in the data folder.</summary>
    public IReadOnlyList<PenggunaRabbit> PenggunaRegional =>
        regional?.Semua().SelectMany(r => PenggunaBroker.Untuk(awalan, r)).ToList() ?? [];

    public KredensialRegional? Regional => regional;

    /// <summary>A service's or a region's user's URI on this node.</summary>
    public string ConnectionStringOf(string user)
    {
        var u = Pengguna.Concat(PenggunaRegional).Single(p => p.Nama == user);
        return $"amqp://{Uri.EscapeDataString(u.Nama)}:{Uri.EscapeDataString(u.Sandi)}@127.0.0.1:{port}/";
    }

    /// <summary>The running node's regional users made what the data folder says (<see cref="SelarasRegional"/>).</summary>
    public async Task<(IReadOnlyList<string> Ada, IReadOnlyList<string> Dihapus)> SelaraskanRegionalAsync(CancellationToken ct)
    {
        if (regional is null)
        {
            return ([], []);
        }

        using var http = KlienManajemen(ManagementUrl, _sandiAdmin);
        return await SelarasRegional.SelaraskanAsync(http, awalan, regional, ct);
    }
    public string LogFolder => Path.Combine(folder, "log");

    /// <summary>Every queue with its depth, from the management API as the AppHost's admin (the dashboard's Antrean page).</summary>
    public async Task<IReadOnlyList<AntreanBroker>> AntreanAsync(CancellationToken ct)
    {
        using var http = KlienManajemen();
        using var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(
            $"{ManagementUrl}api/queues?columns=name,type,messages,messages_ready,messages_unacknowledged,consumers", ct));
        static long Angka(System.Text.Json.JsonElement q, string nama) =>
            q.TryGetProperty(nama, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Number ? v.GetInt64() : 0;
        return json.RootElement.EnumerateArray().Select(q => new AntreanBroker(
            q.GetProperty("name").GetString() ?? "", q.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "",
            Angka(q, "messages"), Angka(q, "messages_ready"), Angka(q, "messages_unacknowledged"), Angka(q, "consumers"))).ToList();
    }
    public Process? Server => _server;

    /// <summary>A client of the management API, signed in as the AppHost's admin.</summary>
    private HttpClient KlienManajemen() => KlienManajemen(null, _sandiAdmin);

    private static HttpClient KlienManajemen(string? url, string sandiAdmin) => new()
    {
        BaseAddress = url is null ? null : new Uri(url),
        Timeout = TimeSpan.FromSeconds(5),
        DefaultRequestHeaders =
        {
            Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{PenggunaBroker.Admin}:{sandiAdmin}"))),
        },
    };

    /// <summary>
    /// A client of the management API of the node whose folder is <paramref name="folder"/>, from the sign-in note it
    /// wrote at its last start (<see cref="TulisKonfigurasiAsync"/>); null when it never started. The node may be down.
    /// </summary>
    public static async Task<HttpClient?> KlienDariCatatanAsync(string folder, CancellationToken ct)
    {
        var catatan = Path.Combine(folder, CatatanManajemen);
        if (!File.Exists(catatan))
        {
            return null;
        }

        // the note: the UI's URL, "user: …", "password: …"
        var baris = await File.ReadAllLinesAsync(catatan, ct);
        const string Sandi = "password:";
        return KlienManajemen(baris[0].Trim(), baris.First(b => b.StartsWith(Sandi, StringComparison.Ordinal))[Sandi.Length..].Trim());
    }

    private const string CatatanManajemen = "management-ui.txt";

    /// <summary>The node's environment: its name, ports and folders (the tests' start and the AppHost's resource).</summary>
    public Dictionary<string, string> Env() => new()
    {
        ["HOME"] = Path.Combine(folder, "home"),
        ["RABBITMQ_NODENAME"] = Node,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RABBITMQ_DIST_PORT"] = _distPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ERL_EPMD_PORT"] = _epmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = LogFolder,
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(folder, "enabled_plugins"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(folder, "rabbitmq"),
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(folder, "advanced.config"),
        ["RABBITMQ_PID_FILE"] = Path.Combine(folder, "rabbitmq.pid"),
        // a crashing node writes its dump to the working directory otherwise: the repository, when run from it
        ["ERL_CRASH_DUMP"] = Path.Combine(folder, "erl_crash.dump"),
    };

    /// <summary>
    /// Boots the node; one that does not boot is stopped and booted once more on new auxiliary ports. They were free
    /// when picked but another process may have taken one since, and an epmd port answered by something else stalls
    /// the boot instead of failing it (seen once in CI, whose log was gone with the test's folder: hence the log's
    /// end in the message).
    /// </summary>
    public async Task StartAsync(Action<string>? log = null, CancellationToken ct = default)
    {
        try
        {
            await BootAsync(log, TimeSpan.FromSeconds(120), ct);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException && !ct.IsCancellationRequested)
        {
            log?.Invoke($"{ex.Message} Starting it again on new ports. The log ended with:\n{EkorLog()}");
            await StopAsync();
            (_distPort, _epmdPort, _managementPort, _prometheusPort) = (Proses.FreePort(), Proses.FreePort(), Proses.FreePort(), Proses.FreePort());
            await BootAsync(log, TimeSpan.FromSeconds(180), ct);
        }
    }

    /// <summary>The last lines of the node's logs, for a message that outlives its folder.</summary>
    private string EkorLog()
    {
        var baris = Directory.Exists(LogFolder)
            ? Directory.EnumerateFiles(LogFolder, "*.log").SelectMany(f => File.ReadLines(f).TakeLast(15).Select(l => $"{Path.GetFileName(f)}: {l}")).ToList()
            : [];
        return baris.Count == 0 ? "(no log)" : string.Join('\n', baris);
    }

    private async Task BootAsync(Action<string>? log, TimeSpan waktu, CancellationToken ct)
    {
        await TulisKonfigurasiAsync(ct);
        var info = Proses.Info(Path.Combine(binDir, "rabbitmq-server"), [], Env());
        // Mnesia writes its core dumps to the working directory: keep them in the node's folder
        info.WorkingDirectory = folder;
        _server = Process.Start(info) ?? throw new InvalidOperationException("rabbitmq-server did not start.");
        _server.OutputDataReceived += (_, e) => { if (e.Data is not null) { log?.Invoke(e.Data); } };
        _server.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log?.Invoke(e.Data); } };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        // an Erlang node boots slowly on a busy machine: generous, and polled cheaply (no CLI tool, which is a node itself)
        var deadline = DateTime.UtcNow + waktu;
        while (DateTime.UtcNow < deadline)
        {
            ct.ThrowIfCancellationRequested();
            if (_server.HasExited)
            {
                throw new InvalidOperationException($"rabbitmq-server exited with {_server.ExitCode}; see {LogFolder}. It ended with:\n{EkorLog()}");
            }

            if (await AmqpAnswersAsync(ct))
            {
                await TanpaGuestAsync(log, ct);
                // the node keeps users across boots: one whose grace ended while it was down goes now
                await SelaraskanRegionalAsync(ct);
                return;
            }

            await Task.Delay(500, ct);
        }

        throw new TimeoutException($"RabbitMQ did not become ready in {waktu.TotalSeconds:0} s; see {LogFolder}. Its log ended with:\n{EkorLog()}");
    }

    /// <summary>
    /// The node's folder and files: plugins, the management UI's sign-in, the definitions with this start's users and the
    /// regions' lasting ones, and
    /// the configuration that keeps every listener on loopback.
    /// </summary>
    public async Task TulisKonfigurasiAsync(CancellationToken ct)
    {
        FolderPribadi.Buat(folder);
        Directory.CreateDirectory(Path.Combine(folder, "home"));
        Directory.CreateDirectory(LogFolder);
        // operators get the broker's own UI, and Prometheus its queues (the _error alert reads them)
        await File.WriteAllTextAsync(Path.Combine(folder, "enabled_plugins"), "[rabbitmq_management,rabbitmq_prometheus].", ct);
        // how an operator signs in to the management UI: readable by this machine's owner only, like the definitions
        await BerkasRahasia.TulisAsync(Path.Combine(folder, CatatanManajemen),
            $"{ManagementUrl}\nuser: {PenggunaBroker.Admin}\npassword: {_sandiAdmin}\n(new at every start of the AppHost)\n", ct);
        var definisi = Path.Combine(folder, "definitions.json");
        await BerkasRahasia.TulisAsync(definisi, PenggunaBroker.Definisi(awalan, _sandiAdmin, [.. Pengguna, .. PenggunaRegional]), ct);

        // the definitions are loaded at every boot: users, permissions and passwords are this start's
        await File.WriteAllTextAsync(Path.Combine(folder, "rabbitmq.conf"),
            $"loopback_users = none\ndisk_free_limit.absolute = 50MB\nload_definitions = {definisi}\n" +
            $"management.tcp.ip = 127.0.0.1\nmanagement.tcp.port = {_managementPort}\nprometheus.tcp.ip = 127.0.0.1\nprometheus.tcp.port = {_prometheusPort}\n", ct);
        // Erlang's distribution listener binds every interface unless told otherwise (RABBITMQ_NODE_IP_ADDRESS is AMQP's
        // only): a node reachable from the network with its cookie is a shell on this machine
        await File.WriteAllTextAsync(Path.Combine(folder, "advanced.config"), "[{kernel, [{inet_dist_use_interface, {127,0,0,1}}]}].", ct);
    }

    public string Folder => folder;
    public int EpmdPort => _epmdPort;
    public string BinDir => binDir;

    /// <summary>
    /// A node made by an older build has RabbitMQ's default <c>guest</c> user (password <c>guest</c>), which
    /// <c>loopback_users = none</c> lets in from this machine: it is deleted at every boot. A new node never has it.
    /// </summary>
    public async Task TanpaGuestAsync(Action<string>? log, CancellationToken ct)
    {
        using var http = KlienManajemen();
        // the management listener may open a moment after AMQP's
        for (var coba = 0; ; coba++)
        {
            try
            {
                using var hapus = await http.DeleteAsync($"{ManagementUrl}api/users/guest", ct);
                if (hapus.IsSuccessStatusCode)
                {
                    log?.Invoke("[apphost] deleted the default guest user an older build left on this node");
                }

                if (hapus.IsSuccessStatusCode || hapus.StatusCode == HttpStatusCode.NotFound)
                {
                    return;
                }
            }
            catch (Exception ex) when (coba < 60 && ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
            }

            if (coba >= 60)
            {
                throw new InvalidOperationException("RabbitMQ's management API did not answer: the default guest user could not be checked.");
            }

            await Task.Delay(500, ct);
        }
    }

    /// <summary>
    /// Ready when the AMQP listener answers the protocol header with a frame (Connection.Start): the
    /// listener opens as the broker's last boot step.
    /// </summary>
    public async Task<bool> AmqpAnswersAsync(CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, port, limit.Token);
            var stream = tcp.GetStream();
            byte[] protocolHeader = [.. "AMQP"u8, 0, 0, 9, 1];
            await stream.WriteAsync(protocolHeader, limit.Token);
            var frame = new byte[1];
            return await stream.ReadAsync(frame, limit.Token) == 1 && frame[0] == 1;
        }
        catch (Exception ex) when (ex is SocketException or IOException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return false;
        }
    }

    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        // rabbitmq-server turns SIGTERM into a clean stop of the node (what `rabbitmqctl stop` does,
        // without starting another Erlang node to ask)
        await Proses.StopAsync(_server, TimeSpan.FromSeconds(60));

        try
        {
            await Proses.RunAsync("epmd", ["-port", _epmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "-kill"], timeout: TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // no epmd left to stop
        }

        _server.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

/// <summary>A queue on the broker and how much waits in it.</summary>
public sealed record AntreanBroker(string Nama, string Jenis, long Pesan, long Siap, long BelumDiakui, long Konsumen)
{
    public bool Error => Nama.EndsWith("_error", StringComparison.Ordinal);
}
