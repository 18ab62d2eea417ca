namespace Kinerja.Hosting.Lokal;

using System.Net.Sockets;
using Kinerja.Hosting.Lokal;
using Kinerja.Hosting.Servers;
using Npgsql;

/// <summary>
/// The whole system on one machine: servers first, then the four services, then the gateway, each
/// waited on until healthy; stopped in the reverse order. The AppHost and the end-to-end tests both
/// run it, so the tests exercise exactly what a developer starts.
/// </summary>
public sealed class KinerjaSystem(KinerjaSystemOptions options, Action<string>? say = null) : IAsyncDisposable
{
    private readonly List<Resource> _resources = [];
    private LocalPostgres? _postgres;
    private readonly CancellationTokenSource _berhenti = new();
    private Task? _jagaPostgres;
    private LocalRabbitMq? _rabbit;
    private LocalPrometheus? _prometheus;
    private readonly CancellationTokenSource _berhentiPrometheus = new();
    private Task? _jagaPrometheus;

    /// <summary>The AppHost's Prometheus, when it started one (<see cref="KinerjaSystemOptions.PrometheusPort"/>).</summary>
    public string? PrometheusUrl => _prometheus?.Url;

    /// <summary>The AppHost's Prometheus, when it started one: its client carries the password it asks for.</summary>
    public LocalPrometheus? Prometheus => _prometheus;

    /// <summary>For the test that kills it: the AppHost starts it again.</summary>
    public int? PrometheusPid => _prometheus?.Pid;

    public IReadOnlyList<Resource> Resources => _resources;
    public KinerjaSystemOptions Options => options;

    /// <summary>The private broker's users (empty with a given broker): a regional system's credentials are here.</summary>
    public IReadOnlyList<PenggunaRabbit> PenggunaBroker => _rabbit?.Pengguna ?? [];

    /// <summary>An amqp:// URI for one of <see cref="PenggunaBroker"/>.</summary>
    public string RabbitMqConnectionOf(string user) =>
        _rabbit?.ConnectionStringOf(user) ?? throw new InvalidOperationException("The broker is not the AppHost's own: it has no users of the AppHost's.");
    public string GatewayUrl => $"http://127.0.0.1:{options.GatewayPort}";
    public string PostgresConnection { get; private set; } = "";
    public string RabbitMqConnection { get; private set; } = "";

    /// <summary>The private broker, when this system started one; fault tests stop and start it.</summary>
    public LocalRabbitMq? PrivateRabbitMq => _rabbit;

    public ProjectResource Project(string name) => _resources.OfType<ProjectResource>().Single(r => r.Name == name);

    /// <summary>Every instance of one service (<see cref="KinerjaSystemOptions.Replicas"/>), the first first.</summary>
    public IReadOnlyList<ProjectResource> Instances(string service) =>
        _resources.OfType<ProjectResource>().Where(r => r.Service == service).ToList();

    public string DatabaseOf(string service) => $"{options.Prefix}{service}";

    /// <summary>The superuser's connection to a service's database: for set-up and for tests that look inside.</summary>
    public string ConnectionStringOf(string service) =>
        new NpgsqlConnectionStringBuilder(PostgresConnection) { Database = DatabaseOf(service) }.ConnectionString;

    private readonly Dictionary<string, string> _koneksiLayanan = [];

    /// <summary>What the service itself connects with: its own role (<see cref="DatabaseLayanan"/>), this start's password.</summary>
    public string ConnectionStringLayanan(string service) => _koneksiLayanan[service];

    public async Task StartAsync(CancellationToken ct)
    {
        await StartServersAsync(ct);
        foreach (var service in KinerjaSystemOptions.Services)
        {
            _koneksiLayanan[service] = await DatabaseLayanan.SiapkanAsync(PostgresConnection, service, DatabaseOf(service), ct);
        }

        var services = KinerjaSystemOptions.Services
            .Select((name, i) => (name, port: options.ServicePorts?[i] ?? options.FirstServicePort + i))
            .ToList();
        var references = services.ToDictionary(s => $"services__{s.name}__http__0", s => $"http://127.0.0.1:{s.port}");
        // DataPegawai's key for the import rows' fingerprints (SidikBaris): the data folder's, kept across starts
        var kunciSidik = await BerkasRahasia.KunciAsync(Path.Combine(options.DataFolder, "kunci-sidik"), ct);
        references["services__web__http__0"] = $"http://127.0.0.1:{options.WebPort}";

        foreach (var (name, port) in services)
        {
            for (var i = 0; i < options.ReplicasOf(name); i++)
            {
                var instance = KinerjaSystemOptions.InstanceName(name, i);
                var instancePort = i == 0 ? port : Proses.FreePort();
                references[$"services__{name}__http__{i}"] = $"http://127.0.0.1:{instancePort}";
                var env = new Dictionary<string, string>
                {
                    // the instance's name on its database connections: pg_stat_activity and pg_locks say which one holds the relay
                    [$"ConnectionStrings__{name}"] = new NpgsqlConnectionStringBuilder(ConnectionStringLayanan(name)) { ApplicationName = instance }.ConnectionString,
                    // on the private broker each service logs in as itself (PenggunaBroker); a given broker's URI is used as it is
                    ["ConnectionStrings__rabbitmq"] = _rabbit?.ConnectionStringOf($"kinerja-{name}") ?? RabbitMqConnection,
                    ["Messaging__Prefix"] = options.Prefix,
                    ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={instance}",
                    ["Instance__Name"] = instance,
                };
                if (name == "datapegawai")
                {
                    env["Impor__KunciSidik"] = kunciSidik;
                    // reminder e-mails link to the pages through the one door, unless a public address is configured
                    env["Pengingat__AlamatWeb"] = options.Env.TryGetValue("Pengingat__AlamatWeb", out var alamat) ? alamat : GatewayUrl;
                }

                Add(new ProjectResource(instance, options.DllOf(name), instancePort, EnvFor(name, env)) { Service = name });
            }
        }

        // Web calls the API through the gateway with the user's token, like any frontend; it starts with the services
        Add(new ProjectResource("web", options.DllOf("web"), options.WebPort, EnvFor("web", new Dictionary<string, string>(options.WebEnv)
        {
            ["services__gateway__http__0"] = GatewayUrl,
        })));
        Add(new ProjectResource("gateway", options.DllOf("gateway"), options.GatewayPort, EnvFor("gateway", references)));

        // services and web start together (they do not call each other at start); the gateway last, when they answer
        var projects = _resources.OfType<ProjectResource>().ToList();
        foreach (var p in projects.Where(p => p.Name != "gateway"))
        {
            say?.Invoke($"starting {p.Name} on {p.Url}");
            p.Start();
        }

        await Task.WhenAll(projects.Where(p => p.Name != "gateway").Select(p => p.WaitHealthyAsync(TimeSpan.FromSeconds(120), ct)));
        var gateway = Project("gateway");
        say?.Invoke($"starting gateway on {gateway.Url}");
        gateway.Start();
        await gateway.WaitHealthyAsync(TimeSpan.FromSeconds(60), ct);
        await StartPrometheusAsync(ct);
    }

    /// <summary>Scrapes every process the system started (each instance a target of its service's job) and the private broker.</summary>
    private async Task StartPrometheusAsync(CancellationToken ct)
    {
        if (options.PrometheusPort is not { } port)
        {
            return;
        }

        if (LocalPrometheus.Find() is not { } binary)
        {
            say?.Invoke("Prometheus is not installed (sudo apt-get install prometheus): metrics are not collected and the dashboard's Beban page is empty.");
            return;
        }

        var targets = _resources.OfType<ProjectResource>()
            .Select(p => new TargetScrape(p.Service, p.Name, new Uri($"{p.Url}/metrics")))
            .ToList();
        if (_rabbit is not null)
        {
            targets.Add(new TargetScrape("rabbitmq", "rabbitmq", new Uri(_rabbit.PrometheusUrl)));
            targets.Add(new TargetScrape("rabbitmq-antrean", "rabbitmq", new Uri($"{_rabbit.PrometheusUrl}/detailed?family=queue_coarse_metrics")));
        }

        _prometheus = new LocalPrometheus(binary, Path.Combine(options.DataFolder, "prometheus"), port,
            Path.Combine(options.RepoRoot, "ops", "prometheus", "peringatan.yml"));
        var resource = new ServerResource("prometheus", _prometheus.Url, async token =>
        {
            using var response = await _prometheus.Http.GetAsync("/-/healthy", token);
            return response.IsSuccessStatusCode;
        });
        Add(resource);
        say?.Invoke($"starting Prometheus on {_prometheus.Url}");
        await _prometheus.StartAsync(targets, resource.Log, ct);
        await resource.ProbeAsync(ct);
        var prometheus = _prometheus;
        _jagaPrometheus = JagaAsync("Prometheus", () => Task.FromResult(prometheus.Running), token => prometheus.StartAsync(targets, resource.Log, token),
            resource, _berhentiPrometheus.Token);
    }

    private static readonly HttpClient ProbeHttp = new() { Timeout = TimeSpan.FromSeconds(3) };

    private Dictionary<string, string> EnvFor(string name, Dictionary<string, string> specific)
    {
        var env = new Dictionary<string, string>(options.Env)
        {
            ["ASPNETCORE_ENVIRONMENT"] = options.Environment,
            ["DOTNET_ENVIRONMENT"] = options.Environment,
            ["OTEL_SERVICE_NAME"] = name,
            // child output is read through a pipe: keep one event per line, no colour codes
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            // "=> CorrelationId:<id>" on each line of a request or of a message it caused: the dashboard's log page filters on it
            ["Logging__Console__FormatterOptions__IncludeScopes"] = "true",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss ",
            ["DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION"] = "false",
        };
        foreach (var (k, v) in specific)
        {
            env[k] = v;
        }

        return env;
    }

    private void Add(Resource resource)
    {
        resource.OpenLog(Path.Combine(options.DataFolder, "logs"));
        _resources.Add(resource);
    }

    /// <summary>Only the servers (private ones unless connection strings were given); used alone by the test command.</summary>
    public async Task StartServersAsync(CancellationToken ct)
    {
        FolderPribadi.Buat(options.DataFolder, lintasanUntukPostgres: true);
        var binaries = ServerBinaries.Find(options.PostgresConnection is null, options.RabbitMqConnection is null);
        if (binaries is null)
        {
            throw new MissingServerException();
        }

        if (options.PostgresConnection is { } pg)
        {
            PostgresConnection = pg;
        }
        else
        {
            say?.Invoke($"starting PostgreSQL on 127.0.0.1:{options.PostgresPort} ({Path.Combine(options.DataFolder, "postgres")})");
            _postgres = new LocalPostgres(binaries.PostgresBin, Path.Combine(options.DataFolder, "postgres"), options.PostgresPort, options.DurablePostgres, options.PostgresSettings);
            await _postgres.StartAsync(ct);
            PostgresConnection = _postgres.ConnectionString;
        }

        // a real round trip on a connection of its own: a pooled one "opened" without touching the server
        // showed postgres healthy through a whole outage
        var probeConnection = new NpgsqlConnectionStringBuilder(PostgresConnection) { Pooling = false, Timeout = 5 }.ConnectionString;
        var pgResource = new ServerResource("postgres", Redact(PostgresConnection), async token =>
        {
            await using var c = new NpgsqlConnection(probeConnection);
            await c.OpenAsync(token);
            await using var query = new NpgsqlCommand("select 1", c);
            return await query.ExecuteScalarAsync(token) is 1;
        });
        Add(pgResource);
        await pgResource.ProbeAsync(ct);
        if (_postgres is not null)
        {
            var postgres = _postgres;
            _jagaPostgres = JagaAsync("PostgreSQL", postgres.RunningAsync, postgres.StartAsync, pgResource, _berhenti.Token);
        }

        if (options.RabbitMqConnection is { } rabbit)
        {
            RabbitMqConnection = rabbit;
        }
        else
        {
            say?.Invoke($"starting RabbitMQ on 127.0.0.1:{options.RabbitMqPort} ({Path.Combine(options.DataFolder, "rabbitmq")})");
            var regional = new KredensialRegional(Path.Combine(options.DataFolder, "regional"));
            foreach (var wilayah in options.RegionalWilayah)
            {
                await regional.TambahAsync(wilayah, ct);
            }

            _rabbit = new LocalRabbitMq(binaries.RabbitMqBin, Path.Combine(options.DataFolder, "rabbitmq"), options.RabbitMqPort,
                options.Prefix, regional);
            RabbitMqConnection = _rabbit.ConnectionString;
        }

        var rabbitUri = new Uri(RabbitMqConnection);
        var rabbitResource = new ServerResource("rabbitmq", $"amqp://{rabbitUri.Host}:{rabbitUri.Port}", async token =>
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(rabbitUri.Host, rabbitUri.Port, token);
            return true;
        });
        Add(rabbitResource);
        if (_rabbit is not null)
        {
            await _rabbit.StartAsync(rabbitResource.Log, ct);
            // the broker's own UI, linked from the dashboard (its admin is the AppHost's, whose password is this start's)
            var ui = new Uri(_rabbit.ManagementUrl);
            var management = new ServerResource("rabbitmq-management", _rabbit.ManagementUrl, async token =>
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(ui.Host, ui.Port, token);
                return true;
            });
            Add(management);
            await management.ProbeAsync(ct);
        }

        await rabbitResource.ProbeAsync(ct);
    }

    /// <summary>
    /// A private server (PostgreSQL, Prometheus) is started again when it dies, like a service; its data is in its
    /// folder, nothing is lost.
    /// </summary>
    private async Task JagaAsync(string nama, Func<Task<bool>> berjalan, Func<CancellationToken, Task> mulai, ServerResource resource, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), ct);
                if (await berjalan() || ct.IsCancellationRequested)
                {
                    continue;
                }

                resource.SetState(ResourceState.Failed);
                resource.Log($"{nama} is not running: starting it again");
                say?.Invoke($"{nama} stopped unexpectedly: starting it again");
                await mulai(ct);
                resource.CountRestart();
                await resource.ProbeAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException or System.ComponentModel.Win32Exception)
            {
                resource.Log($"{nama} restart failed: {ex.Message}");
            }
        }
    }

    /// <summary>Stops every project (gateway first), then the private servers. Safe to call twice.</summary>
    public async Task StopAsync()
    {
        var projects = _resources.OfType<ProjectResource>().ToList();
        var gateway = projects.FirstOrDefault(p => p.Name == "gateway");
        if (gateway is not null)
        {
            await gateway.StopAsync(TimeSpan.FromSeconds(15));
        }

        await Task.WhenAll(projects.Where(p => p != gateway).Select(p => p.StopAsync(TimeSpan.FromSeconds(20))));

        await _berhentiPrometheus.CancelAsync();
        if (_jagaPrometheus is not null)
        {
            await _jagaPrometheus;
            _jagaPrometheus = null;
        }

        if (_prometheus is not null)
        {
            await _prometheus.DisposeAsync();
            _prometheus = null;
        }

        if (_rabbit is not null)
        {
            say?.Invoke("stopping RabbitMQ");
            await _rabbit.StopAsync();
            _rabbit = null;
        }

        await _berhenti.CancelAsync();
        if (_jagaPostgres is not null)
        {
            await _jagaPostgres;
            _jagaPostgres = null;
        }

        if (_postgres is not null)
        {
            say?.Invoke("stopping PostgreSQL");
            await _postgres.DisposeAsync();
            _postgres = null;
        }

        foreach (var r in _resources)
        {
            r.SetState(ResourceState.Stopped);
            r.CloseLog();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static string Redact(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{b.Host}:{b.Port}";
    }
}
