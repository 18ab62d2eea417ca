namespace Kinerja.Hosting.Aspire;

using global::Aspire.Hosting;
using Kinerja.Demo;
using Kinerja.Hosting.Lokal;
using Kinerja.Hosting.Servers;
using Microsoft.Extensions.Configuration;

/// <summary>
/// The AppHost's settings, read once from its configuration (appsettings.json, the command line): where the data
/// folder is, the fixed ports people type, instances per service, the regions with a broker user, and whether this
/// start loads the demo (<see cref="DataDemo.Putuskan"/>).
/// </summary>
public sealed class KinerjaAppHost
{
    public static readonly string[] Services = KinerjaSystemOptions.Services;

    private readonly IConfiguration _config;
    private readonly Dictionary<string, int> _replicas;

    private KinerjaAppHost(IConfiguration config, string dataFolder, Dictionary<string, int> replicas, DataDemo.Keputusan demo)
    {
        _config = config;
        DataFolder = dataFolder;
        _replicas = replicas;
        Demo = demo;
        RepoRoot = Lokal.RepoRoot.Find();
    }

    public string DataFolder { get; }

    /// <summary>A PostgreSQL of the operator's own (<c>ConnectionStrings:postgres</c>, a superuser's) instead of the AppHost's.</summary>
    public string? PostgresLuar => Luar(_config, "postgres");

    /// <summary>A RabbitMQ of the operator's own (<c>ConnectionStrings:rabbitmq</c>) instead of the AppHost's.</summary>
    public string? RabbitMqLuar => Luar(_config, "rabbitmq");

    public string RepoRoot { get; }
    public DataDemo.Keputusan Demo { get; }
    public bool MuatDemo => Demo == DataDemo.Keputusan.Muat;
    public string Environment => _config["Services:Environment"] ?? "Development";
    /// <summary>
    /// The regions' lasting broker users (<c>./kinerja region</c>), with one made for each region
    /// <c>RabbitMq:Regional</c> lists that has none yet.
    /// </summary>
    public async Task<KredensialRegional> RegionalAsync()
    {
        var regional = new KredensialRegional(Folder("regional"));
        foreach (var wilayah in _config.GetSection("RabbitMq:Regional").Get<string[]>() ?? [])
        {
            await regional.TambahAsync(wilayah);
        }

        return regional;
    }

    /// <summary>
    /// What every service is given: the demo's settings (its planning window open all year) on the demo's data, then the
    /// AppHost's own <c>Periode</c> (a Dinas moving a year's window) and <c>Pengingat</c> (the reminder job, SMTP)
    /// sections, so <c>./kinerja run --Pengingat:Smtp:Host=…</c> reaches the services as it would a unit file.
    /// </summary>
    public IDictionary<string, string> EnvLayanan
    {
        get
        {
            var env = Demo == DataDemo.Keputusan.TanpaDemo ? new Dictionary<string, string>() : new Dictionary<string, string>(DataDemo.EnvLayanan);
            foreach (var (kunci, nilai) in Diteruskan.SelectMany(b => _config.GetSection(b).AsEnumerable(makePathsRelative: false)))
            {
                if (nilai is not null)
                {
                    env[kunci.Replace(":", "__", StringComparison.Ordinal)] = nilai;
                }
            }

            return env;
        }
    }

    /// <summary>The configuration sections the AppHost passes on to the services as they are.</summary>
    private static readonly string[] Diteruskan = ["Periode", "Pengingat"];

    /// <summary>The sign-in picker's demo identities, on the demo's data.</summary>
    public IDictionary<string, string> EnvWeb => Demo == DataDemo.Keputusan.TanpaDemo ? new Dictionary<string, string>() : DataDemo.EnvWeb();

    public string Folder(string name) => Path.Combine(DataFolder, name);

    public int Port(string section, int standar) => _config.GetValue($"{section}:Port", standar);

    /// <summary>
    /// A service's port (the proxy's, with replicas): <c>Services:Ports:&lt;service&gt;</c>, else consecutive from
    /// <c>Services:FirstPort</c>.
    /// </summary>
    public int PortLayanan(string service) =>
        _config.GetValue<int?>($"Services:Ports:{service}") ?? _config.GetValue("Services:FirstPort", 5101) + Array.IndexOf(Services, service);

    public int Replicas(string service) => _replicas.GetValueOrDefault(service, 1);

    /// <summary>DataPegawai's key for the import rows' fingerprints (SidikBaris): the data folder's, kept across starts.</summary>
    public string KunciSidik => BerkasRahasia.KunciAsync(Folder("kunci-sidik")).GetAwaiter().GetResult();

    /// <summary>Reads and checks the settings; the data folder is made (owner only) before any server is declared.</summary>
    /// <exception cref="InvalidOperationException">A setting that cannot work, said in a sentence for the console.</exception>
    public static KinerjaAppHost Baca(IDistributedApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var dataFolder = Path.GetFullPath(config["DataFolder"] ?? Path.Combine(Lokal.RepoRoot.Find(), ".kinerja"));
        var replicas = config.GetSection("Services:Replicas").Get<Dictionary<string, int>>() ?? [];
        if (replicas.FirstOrDefault(r => !Services.Contains(r.Key) || r.Value < 1) is { Key: not null } salah)
        {
            throw new InvalidOperationException(
                $"Services:Replicas:{salah.Key}={salah.Value}: a service is one of {string.Join(", ", Services)}, with 1 instance or more.");
        }

        var demo = DataDemo.Putuskan(dataFolder, config.GetValue("demo", false), serverSendiri: Luar(config, "postgres") is null);
        FolderPribadi.Buat(dataFolder, lintasanUntukPostgres: true);
        return new KinerjaAppHost(config, dataFolder, replicas, demo);
    }

    /// <summary>A connection string given and not empty (an empty one, <c>--ConnectionStrings:postgres=</c>, asks for the AppHost's own).</summary>
    private static string? Luar(IConfiguration config, string nama) => config.GetConnectionString(nama) is { Length: > 0 } s ? s : null;
}
