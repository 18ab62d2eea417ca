using Kinerja.AppHost.Dashboard;

namespace Kinerja.AppHost;

/// <summary>
/// Our own small host in Aspire's shape (architecture.md): Aspire's hosting packages are not obtainable
/// here. Named (not top-level) so test projects can reference the launcher beside a service's Program.
/// </summary>
internal static class Program
{
    public static void Main(string[] args)
    {
        // content root at the build output, where appsettings.json is, whatever folder `dotnet run` was called from
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var repoRoot = RepoRoot.Find();
        var serversOnly = builder.Configuration["Mode"] == "servers";
        var dashboardPort = serversOnly ? Servers.Proses.FreePort() : builder.Configuration.GetValue("Dashboard:Port", 18888);
        var dashboardUrl = $"http://127.0.0.1:{dashboardPort}";
        builder.Configuration["Dashboard:Url"] = dashboardUrl;
        builder.WebHost.UseUrls(dashboardUrl);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(120));

        var dataFolder = builder.Configuration["DataFolder"] ?? Path.Combine(repoRoot, ".kinerja");
        var demo = Demo.DataDemo.Keputusan.TanpaDemo;
        if (!serversOnly)
        {
            try
            {
                demo = Demo.DataDemo.Putuskan(dataFolder, builder.Configuration.GetValue("demo", false) || args.Contains("--demo"),
                    builder.Configuration.GetConnectionString("postgres") is null);
            }
            catch (InvalidOperationException ex)
            {
                Console.Error.WriteLine(ex.Message);
                Environment.ExitCode = 2;
                return;
            }
        }

        var replicas = builder.Configuration.GetSection("Services:Replicas").Get<Dictionary<string, int>>() ?? [];
        if (replicas.FirstOrDefault(r => !KinerjaSystemOptions.Services.Contains(r.Key) || r.Value < 1) is { Key: not null } salah)
        {
            Console.Error.WriteLine($"Services:Replicas:{salah.Key}={salah.Value}: a service is one of {string.Join(", ", KinerjaSystemOptions.Services)}, with 1 instance or more.");
            Environment.ExitCode = 2;
            return;
        }

        var denganDemo = demo != Demo.DataDemo.Keputusan.TanpaDemo;
        var options = new KinerjaSystemOptions
        {
            RepoRoot = repoRoot,
            DataFolder = dataFolder,
            PostgresConnection = builder.Configuration.GetConnectionString("postgres"),
            RabbitMqConnection = builder.Configuration.GetConnectionString("rabbitmq"),
            GatewayPort = builder.Configuration.GetValue("Gateway:Port", 8080),
            // servers for tests take free ports so they never meet a running system
            PostgresPort = serversOnly ? Servers.Proses.FreePort() : builder.Configuration.GetValue("Postgres:Port", 54329),
            RabbitMqPort = serversOnly ? Servers.Proses.FreePort() : builder.Configuration.GetValue("RabbitMq:Port", 56729),
            Replicas = replicas,
            PrometheusPort = serversOnly ? null : builder.Configuration.GetValue("Prometheus:Port", 19090),
            FirstServicePort = builder.Configuration.GetValue("Services:FirstPort", 5101),
            WebPort = builder.Configuration.GetValue("Web:Port", 5100),
            Environment = builder.Configuration["Services:Environment"] ?? "Development",
            RegionalWilayah = builder.Configuration.GetSection("RabbitMq:Regional").Get<string[]>() ?? [],
            Configuration = RepoRoot.BuildConfiguration(),
            DurablePostgres = !serversOnly,
            Env = denganDemo ? Demo.DataDemo.EnvLayanan : new Dictionary<string, string>(),
            WebEnv = denganDemo ? Demo.DataDemo.EnvWeb() : new Dictionary<string, string>(),
        };
        var system = new KinerjaSystem(options, Console.WriteLine);
        builder.Services.AddSingleton(system);
        if (serversOnly)
        {
            builder.Services.AddHostedService<ServersOnlyRunner>();
        }
        else
        {
            builder.Services.AddSingleton(new AppHostRunner.Pilihan(demo == Demo.DataDemo.Keputusan.Muat));
            builder.Services.AddHostedService<AppHostRunner>();
        }

        var app = builder.Build();
        app.MapDashboard(() => system);
        app.Run();
    }
}
