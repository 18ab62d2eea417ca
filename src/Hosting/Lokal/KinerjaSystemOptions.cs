namespace Kinerja.Hosting.Lokal;

/// <summary>How to run the system: where, on which ports, against which servers.</summary>
public sealed class KinerjaSystemOptions
{
    public static readonly string[] Services = ["datapegawai", "perencanaan", "observasi", "penilaian"];

    /// <summary>Project folder under src/ of each service, and of the gateway.</summary>
    public static readonly IReadOnlyDictionary<string, string> Projects = new Dictionary<string, string>
    {
        ["datapegawai"] = "Services.DataPegawai",
        ["perencanaan"] = "Services.Perencanaan",
        ["observasi"] = "Services.Observasi",
        ["penilaian"] = "Services.Penilaian",
        ["gateway"] = "Gateway",
        ["web"] = "Web",
    };

    public required string RepoRoot { get; init; }

    /// <summary>Where private servers keep their data and where logs go (<c>.kinerja/</c> by default).</summary>
    public required string DataFolder { get; init; }

    /// <summary>An existing PostgreSQL to use instead of a private one (<c>ConnectionStrings:postgres</c>).</summary>
    public string? PostgresConnection { get; init; }

    /// <summary>An existing RabbitMQ to use instead of a private one (<c>ConnectionStrings:rabbitmq</c>).</summary>
    public string? RabbitMqConnection { get; init; }

    public int PostgresPort { get; init; } = 54329;
    public int RabbitMqPort { get; init; } = 56729;
    public int GatewayPort { get; init; } = 8080;
    public int FirstServicePort { get; init; } = 5101;

    /// <summary>The web frontend's own port; people reach it through the gateway, which proxies every non-API path to it.</summary>
    public int WebPort { get; init; } = 5100;

    /// <summary>A port per service instead of consecutive ones from <see cref="FirstServicePort"/> (tests: each a free port).</summary>
    public IReadOnlyList<int>? ServicePorts { get; init; }

    /// <summary>
    /// Instances per service (<c>Services:Replicas:perencanaan=2</c>); one when not named. The gateway balances
    /// across them; the first has the service's own port, the others free ones.
    /// </summary>
    public IReadOnlyDictionary<string, int> Replicas { get; init; } = new Dictionary<string, int>();

    public int ReplicasOf(string service) => Replicas.TryGetValue(service, out var n) ? Math.Max(1, n) : 1;

    /// <summary>The name of one instance of a service: the service's own for the first, so one instance looks as before.</summary>
    public static string InstanceName(string service, int index) => index == 0 ? service : $"{service}-{index + 1}";

    /// <summary>Port of the AppHost's Prometheus (<c>Prometheus:Port</c>); null: none is started (tests, unless they test it).</summary>
    public int? PrometheusPort { get; init; }

    /// <summary>False for tests: a private PostgreSQL without fsync, much faster, fine for throwaway data.</summary>
    public bool DurablePostgres { get; init; } = true;

    /// <summary>More <c>-c name=value</c> settings for the private PostgreSQL: a benchmark's profile (pg_stat_statements).</summary>
    public IReadOnlyList<string> PostgresSettings { get; init; } = [];

    /// <summary>Prefix of database names and queue names, so test runs sharing servers stay apart.</summary>
    public string Prefix { get; init; } = "";

    public string Environment { get; init; } = "Development";

    /// <summary>Regions given a broker user of their own on the private RabbitMQ (<c>RabbitMq:Regional:0</c>, …).</summary>
    public IReadOnlyList<string> RegionalWilayah { get; init; } = [];

    /// <summary>Build configuration whose output is run (the AppHost's own by default).</summary>
    public string Configuration { get; init; } = "Debug";

    /// <summary>Extra environment for every service and the gateway.</summary>
    public IDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    /// <summary>Extra environment for Web only (the sign-in picker's demo identities).</summary>
    public IDictionary<string, string> WebEnv { get; init; } = new Dictionary<string, string>();

    public string DllOf(string name)
    {
        var project = Projects[name];
        return Path.Combine(RepoRoot, "src", project, "bin", Configuration, "net10.0", $"{project}.dll");
    }
}
