namespace Kinerja.Hosting.Aspire;

using System.Text;
using System.Text.Json;
using global::Aspire.Hosting;
using global::Aspire.Hosting.ApplicationModel;
using Kinerja.Hosting.Servers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

/// <summary>
/// Debian's Prometheus as an executable resource: it scrapes every instance of every project (a job per project, the
/// alert rules group by it) and the private broker, and evaluates <c>ops/prometheus/peringatan.yml</c>. It asks for this
/// start's password (<see cref="LocalPrometheus.Sandi"/>). Instances come and go with replicas and restarts, each on a
/// port DCP picks: <see cref="TargetPrometheus"/> writes them into the files Prometheus watches (<c>file_sd_configs</c>).
/// </summary>
public sealed class PrometheusLokalResource(string name, string command, LocalPrometheus server) : ExecutableResource(name, command, server.Folder)
{
    public LocalPrometheus Server => server;
    internal List<IResource> Projects { get; } = [];
    internal List<TargetScrape> Statis { get; } = [];
    public string TargetFolder => Path.Combine(server.Folder, "targets");
}

public static class PrometheusLokalExtensions
{
    public static IResourceBuilder<PrometheusLokalResource> AddPrometheusLokal(this IDistributedApplicationBuilder builder, string name,
        string folder, int port, string rulesFile)
    {
        var binary = LocalPrometheus.Find() ?? throw new InvalidOperationException(
            "Prometheus is not installed: sudo apt-get install -y prometheus (./kinerja run does it).");
        var server = new LocalPrometheus(binary, folder, port, rulesFile);
        var resource = new PrometheusLokalResource(name, binary, server);
        builder.Services.AddHealthChecks().AddAsyncCheck(name, async ct =>
        {
            try
            {
                using var response = await server.Http.GetAsync("/-/healthy", ct);
                return response.IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{(int)response.StatusCode}");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return HealthCheckResult.Unhealthy(ex.Message);
            }
        });
        builder.Services.AddSingleton(resource);
        builder.Services.AddHostedService<TargetPrometheus>();
        var prometheus = builder.AddResource(resource)
            .WithArgs([.. server.Argumen()])
            .WithEndpoint("http", e => { e.Port = port; e.TargetPort = port; e.IsProxied = false; e.UriScheme = "http"; })
            .WithHealthCheck(name)
            .ExcludeFromManifest();
        prometheus.OnBeforeResourceStarted(async (r, _, ct) =>
        {
            Directory.CreateDirectory(r.TargetFolder);
            await r.Server.TulisKonfigurasiAsync(Config(r), ct);
        });
        return prometheus;
    }

    /// <summary>Every instance of these projects, a job per project.</summary>
    public static IResourceBuilder<PrometheusLokalResource> WithScrape(this IResourceBuilder<PrometheusLokalResource> prometheus,
        params IResourceBuilder<ProjectResource>[] projects)
    {
        prometheus.Resource.Projects.AddRange(projects.Select(p => p.Resource));
        return prometheus;
    }

    /// <summary>
    /// The AppHost's broker's metrics: the aggregated ones, and per queue (the <c>_error</c> alert reads them). A broker of
    /// the operator's own is scraped by the operator's monitoring.
    /// </summary>
    public static IResourceBuilder<PrometheusLokalResource> WithScrape(this IResourceBuilder<PrometheusLokalResource> prometheus,
        IResourceBuilder<IBrokerKinerja> broker)
    {
        if (broker is not IResourceBuilder<RabbitMqLokalResource> rabbitmq)
        {
            return prometheus;
        }

        var metrics = rabbitmq.Resource.Node.PrometheusUrl;
        prometheus.Resource.Statis.Add(new TargetScrape("rabbitmq", "rabbitmq", new Uri(metrics)));
        prometheus.Resource.Statis.Add(new TargetScrape("rabbitmq-antrean", "rabbitmq", new Uri($"{metrics}/detailed?family=queue_coarse_metrics")));
        return prometheus.WaitFor(rabbitmq);
    }

    private static string Config(PrometheusLokalResource r)
    {
        var yaml = new StringBuilder(LocalPrometheus.Config(r.Statis, r.Server.RulesFile));
        foreach (var project in r.Projects)
        {
            yaml.Append($"""
                  - job_name: '{project.Name}'
                    file_sd_configs:
                      - files: ['{Path.Combine(r.TargetFolder, project.Name)}.json']
                        refresh_interval: 5s

                """);
        }

        return yaml.ToString();
    }
}

/// <summary>
/// Keeps Prometheus's target files true: each running instance of a scraped project, at the address its process listens
/// on (read from the environment DCP gave it), labelled with the instance's name.
/// </summary>
internal sealed class TargetPrometheus(ResourceNotificationService notifications, PrometheusLokalResource prometheus) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var instances = new Dictionary<string, (string Job, string? Alamat)>();
        await foreach (var e in notifications.WatchAsync(stoppingToken))
        {
            if (!prometheus.Projects.Contains(e.Resource))
            {
                continue;
            }

            var alamat = e.Snapshot.State?.Text == KnownResourceStates.Running ? Alamat(e.Snapshot) : null;
            if (instances.TryGetValue(e.ResourceId, out var lama) && lama.Alamat == alamat)
            {
                continue;
            }

            instances[e.ResourceId] = (e.Resource.Name, alamat);
            var targets = instances.Where(i => i.Value.Job == e.Resource.Name && i.Value.Alamat is not null)
                .Select(i => new { targets = new[] { i.Value.Alamat }, labels = new Dictionary<string, string> { ["instance_name"] = i.Key } });
            Directory.CreateDirectory(prometheus.TargetFolder);
            var file = Path.Combine(prometheus.TargetFolder, $"{e.Resource.Name}.json");
            // renamed into place: Prometheus never reads half a file
            await File.WriteAllTextAsync(file + ".tmp", JsonSerializer.Serialize(targets), stoppingToken);
            File.Move(file + ".tmp", file, overwrite: true);
        }
    }

    /// <summary>host:port of the instance itself (behind DCP's proxy), from ASPNETCORE_URLS or HTTP_PORTS.</summary>
    private static string? Alamat(CustomResourceSnapshot snapshot)
    {
        var env = snapshot.EnvironmentVariables.ToDictionary(v => v.Name, v => v.Value);
        if (env.GetValueOrDefault("ASPNETCORE_URLS") is { Length: > 0 } urls
            && Uri.TryCreate(urls.Split(';')[0].Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var uri))
        {
            return $"127.0.0.1:{uri.Port}";
        }

        return env.GetValueOrDefault("HTTP_PORTS") is { Length: > 0 } ports ? $"127.0.0.1:{ports.Split(';')[0]}" : null;
    }
}
