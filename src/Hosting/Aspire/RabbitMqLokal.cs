namespace Kinerja.Hosting.Aspire;

using System.Globalization;
using global::Aspire.Hosting;
using global::Aspire.Hosting.ApplicationModel;
using Kinerja.Hosting.Servers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

/// <summary>
/// Debian's RabbitMQ as an executable resource, its node private to the AppHost (own folder, ports and epmd, loopback
/// only). Its users are this start's (<see cref="PenggunaBroker"/>, loaded from the definitions file at boot): the
/// connection string is the AppHost's admin's, and each service gets a <see cref="PenggunaBrokerResource"/>.
/// </summary>
public sealed class RabbitMqLokalResource(string name, string command, string workingDirectory, LocalRabbitMq node)
    : ExecutableResource(name, command, workingDirectory), IBrokerKinerja
{
    public LocalRabbitMq Node => node;
    internal List<PenggunaBrokerResource> Pengguna { get; } = [];

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{node.ConnectionString}");
}

/// <summary>
/// The broker the services talk through: the AppHost's own (<see cref="RabbitMqLokalResource"/>, a user per service) or
/// one given with <c>ConnectionStrings:rabbitmq</c> (<see cref="RabbitMqLuarResource"/>, its URI for every service).
/// </summary>
public interface IBrokerKinerja : IResourceWithConnectionString;

/// <summary>
/// A RabbitMQ of the operator's own: every service connects with the URI given, whose users and permissions are the
/// operator's to set as docs/events.md says.
/// </summary>
public sealed class RabbitMqLuarResource(string name, string uri) : Resource(name), IBrokerKinerja
{
    public string Uri => uri;
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{uri}");
}

/// <summary>One broker user (a service's or a region's), running once the node has loaded it.</summary>
public sealed class PenggunaBrokerResource(string name, string user, RabbitMqLokalResource parent)
    : Resource(name), IResourceWithParent<RabbitMqLokalResource>, IResourceWithConnectionString
{
    public RabbitMqLokalResource Parent => parent;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{parent.Node.ConnectionStringOf(user)}");
}

public static class RabbitMqLokalExtensions
{
    /// <param name="regional">The regions' lasting users (<c>./kinerja region</c>): loaded at boot, then kept as the data folder says.</param>
    public static IResourceBuilder<RabbitMqLokalResource> AddRabbitMqLokal(this IDistributedApplicationBuilder builder, string name,
        string folder, int port, KredensialRegional regional)
    {
        var binaries = ServerBinaries.Find(needPostgres: false) ?? throw new MissingServerException();
        var node = new LocalRabbitMq(binaries.RabbitMqBin, folder, port, "", regional);
        var resource = new RabbitMqLokalResource(name, Path.Combine(binaries.RabbitMqBin, "rabbitmq-server"), folder, node);

        // the node's own epmd, in the foreground as a resource of its own: stopped with the node, never a daemon left behind
        var epmd = builder.AddExecutable($"{name}-epmd", "epmd", folder,
                "-port", node.EpmdPort.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1")
            .WithParentRelationship(resource)
            .ExcludeFromManifest();

        builder.Services.AddHealthChecks()
            .AddAsyncCheck(name, async ct => await node.AmqpAnswersAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("AMQP does not answer"))
            .AddAsyncCheck($"{name}-antrean", ct => AntreanErrorAsync(node, ct));
        var rabbit = builder.AddResource(resource)
            .WithEnvironment(context =>
            {
                foreach (var (key, value) in node.Env())
                {
                    context.EnvironmentVariables[key] = value;
                }
            })
            .WithEndpoint("amqp", e => { e.Port = port; e.TargetPort = port; e.IsProxied = false; e.UriScheme = "amqp"; })
            .WithUrl(node.ManagementUrl, "management UI")
            .WithHealthCheck(name)
            .WaitFor(epmd)
            .ExcludeFromManifest();
        rabbit.OnBeforeResourceStarted((r, _, ct) => r.Node.TulisKonfigurasiAsync(ct));
        rabbit.OnResourceReady(async (r, e, ct) =>
        {
            await r.Node.TanpaGuestAsync(null, ct);
            await r.Node.SelaraskanRegionalAsync(ct);
            var notifications = e.Services.GetRequiredService<ResourceNotificationService>();
            foreach (var user in r.Pengguna)
            {
                await notifications.PublishUpdateAsync(user, s => s with { State = KnownResourceStates.Running });
            }
        });

        // a region added, rotated or removed while the AppHost runs, and a rotation's grace that ends, reach the node
        builder.Services.AddHostedService(sp => new PenjagaRegional(resource, sp.GetRequiredService<ResourceNotificationService>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<PenjagaRegional>>()));

        // the queues that hold failed messages, as a resource whose health says whether any waits there
        builder.AddResource(new AntreanResource($"{name}-antrean-error", resource))
            .WithInitialState(new CustomResourceSnapshot { ResourceType = "Queues", State = KnownResourceStates.Running, Properties = [] })
            .WithHealthCheck($"{name}-antrean")
            .ExcludeFromManifest();
        return rabbit;
    }

    /// <summary>A broker the operator runs, watched by whether its AMQP port answers.</summary>
    public static IResourceBuilder<RabbitMqLuarResource> AddRabbitMqLuar(this IDistributedApplicationBuilder builder, string name, string uri)
    {
        var alamat = new Uri(uri);
        builder.Services.AddHealthChecks().AddAsyncCheck(name, async ct =>
        {
            try
            {
                using var tcp = new System.Net.Sockets.TcpClient();
                await tcp.ConnectAsync(alamat.Host, alamat.Port > 0 ? alamat.Port : 5672, ct);
                return HealthCheckResult.Healthy();
            }
            catch (System.Net.Sockets.SocketException ex)
            {
                return HealthCheckResult.Unhealthy(ex.Message);
            }
        });
        return builder.AddResource(new RabbitMqLuarResource(name, uri))
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "RabbitMQ",
                State = KnownResourceStates.Running,
                Properties = [new("host", $"{alamat.Host}:{alamat.Port}")],
            })
            .WithHealthCheck(name)
            .ExcludeFromManifest();
    }

    /// <summary>What a service connects to the broker with: its own user on the AppHost's, the URI given on another.</summary>
    public static IResourceBuilder<IResourceWithConnectionString> PenggunaUntuk(this IResourceBuilder<IBrokerKinerja> broker, string service) =>
        broker is IResourceBuilder<RabbitMqLokalResource> lokal ? lokal.AddPengguna($"kinerja-{service}") : broker;

    /// <summary>The broker user <paramref name="user"/> (one of <see cref="LocalRabbitMq.Pengguna"/>) as a resource a service references.</summary>
    public static IResourceBuilder<PenggunaBrokerResource> AddPengguna(this IResourceBuilder<RabbitMqLokalResource> rabbit, string user)
    {
        var resource = new PenggunaBrokerResource($"rabbitmq-{user}", user, rabbit.Resource);
        rabbit.Resource.Pengguna.Add(resource);
        return rabbit.ApplicationBuilder.AddResource(resource)
            .WithInitialState(new CustomResourceSnapshot { ResourceType = "BrokerUser", State = KnownResourceStates.Waiting, Properties = [new("user", user)] })
            .ExcludeFromManifest();
    }

    /// <summary>Unhealthy while a message waits in an <c>_error</c> queue: someone has to look at it (runbook.md).</summary>
    private static async Task<HealthCheckResult> AntreanErrorAsync(LocalRabbitMq node, CancellationToken ct)
    {
        try
        {
            var gagal = (await node.AntreanAsync(ct)).Where(q => q.Error && q.Pesan > 0).ToList();
            return gagal.Count == 0
                ? HealthCheckResult.Healthy("no message waits in an _error queue")
                : HealthCheckResult.Unhealthy(string.Join(", ", gagal.Select(q => $"{q.Nama}: {q.Pesan}")));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Degraded($"the management API did not answer: {ex.Message}");
        }
    }
}

/// <summary>The broker's <c>_error</c> queues, shown on the dashboard with a health of their own.</summary>
public sealed class AntreanResource(string name, RabbitMqLokalResource parent) : Resource(name), IResourceWithParent<RabbitMqLokalResource>
{
    public RabbitMqLokalResource Parent => parent;
}
