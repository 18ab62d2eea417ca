using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Kinerja.Hosting.Servers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Kinerja.Hosting.Aspire;

/// <summary>
/// Debian's PostgreSQL as an executable resource: no container runs here (platform.md). Its data folder is the AppHost's,
/// made with <c>initdb</c> and a password of its own the first time; the server runs in the foreground under DCP, as
/// the <c>postgres</c> user when the AppHost is root. Its connection string is the superuser's: only the AppHost uses it,
/// each service gets a <see cref="DatabaseLayananResource"/> of its own.
/// </summary>
public sealed class PostgresLokalResource(string name, string command, string workingDirectory, LocalPostgres server, string sandi)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal LocalPostgres Server => server;
    internal List<DatabaseLayananResource> Databases { get; } = [];

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)};Username=postgres;Database=postgres;Password={sandi}");
}

/// <summary>
/// One service's database, connected to as its own role (<see cref="DatabaseLayanan"/>): running once the AppHost has set
/// it up as the superuser, after the server is healthy.
/// </summary>
public sealed class DatabaseLayananResource(string name, string service, PostgresLokalResource parent, string sandi)
    : Resource(name), IResourceWithParent<PostgresLokalResource>, IResourceWithConnectionString
{
    public PostgresLokalResource Parent => parent;
    public string Service => service;
    internal string Sandi => sandi;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={parent.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)};Username={DatabaseLayanan.Peran(service)};Database={service};Password={sandi};Maximum Pool Size=50");
}

public static class PostgresLokalExtensions
{
    /// <param name="durable">False for tests: no fsync, much faster, fine for throwaway data.</param>
    public static IResourceBuilder<PostgresLokalResource> AddPostgresLokal(this IDistributedApplicationBuilder builder, string name,
        string folder, int port, bool durable = true)
    {
        var binaries = ServerBinaries.Find(needRabbitMq: false) ?? throw new MissingServerException();
        var server = new LocalPostgres(binaries.PostgresBin, folder, port, durable);
        var postgres = Path.Combine(binaries.PostgresBin, "postgres");
        List<string> args = ["-D", server.DataFolder, .. server.ArgumenServer()];
        // PostgreSQL refuses to run as root: as root it runs as the postgres user, exec'd in place so DCP's signals reach it
        var (command, prefix) = Proses.IsRoot
            ? ("setpriv", new[] { "--reuid=postgres", "--regid=postgres", "--init-groups", "--", postgres })
            : (postgres, []);
        var sandi = server.SandiSuperuser();
        var resource = new PostgresLokalResource(name, command, folder, server, sandi);
        var probe = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Password = sandi, Pooling = false, Timeout = 5,
        }.ConnectionString;
        builder.Services.AddHealthChecks().AddAsyncCheck(name, async ct =>
        {
            // a real round trip on a connection of its own: a pooled one "opened" without touching the server
            try
            {
                await using var c = new NpgsqlConnection(probe);
                await c.OpenAsync(ct);
                await using var query = new NpgsqlCommand("select 1", c);
                return await query.ExecuteScalarAsync(ct) is 1 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy();
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy(ex.Message);
            }
        });

        var pg = builder.AddResource(resource)
            .WithArgs([.. prefix, .. args])
            .WithEndpoint("tcp", e => { e.Port = port; e.TargetPort = port; e.IsProxied = false; e.UriScheme = "postgresql"; })
            .WithHealthCheck(name)
            .ExcludeFromManifest();
        pg.OnBeforeResourceStarted((r, _, ct) => r.Server.SiapkanAsync(ct));
        // each service's role and database, set up as the superuser at every start of the server (the same passwords)
        pg.OnResourceReady(async (r, e, ct) =>
        {
            var notifications = e.Services.GetRequiredService<ResourceNotificationService>();
            var log = e.Services.GetRequiredService<ResourceLoggerService>().GetLogger(r);
            var superuser = new NpgsqlConnectionStringBuilder(probe) { Pooling = false }.ConnectionString;
            foreach (var db in r.Databases)
            {
                // a server killed again while this runs is started again by the Penjaga, and this runs again when it is
                // ready: a failure here is logged, never thrown into whoever waits for the server
                for (var coba = 1; ; coba++)
                {
                    try
                    {
                        await DatabaseLayanan.SiapkanAsync(superuser, db.Service, db.Service, ct, db.Sandi);
                        await notifications.PublishUpdateAsync(db, s => s with { State = KnownResourceStates.Running });
                        break;
                    }
                    catch (Exception ex) when (ex is NpgsqlException or TimeoutException && coba < 10 && !ct.IsCancellationRequested)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(1), ct);
                    }
                    catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
                    {
                        log.LogError("Setting up the database {Database} failed: {Message}", db.Service, ex.Message);
                        break;
                    }
                }
            }
        });
        return pg;
    }

    /// <summary>A service's database and role, named <c>db-&lt;service&gt;</c>; a service reads it as <c>ConnectionStrings:&lt;service&gt;</c>.</summary>
    public static IResourceBuilder<DatabaseLayananResource> AddDatabaseLayanan(this IResourceBuilder<PostgresLokalResource> postgres, string service)
    {
        var db = new DatabaseLayananResource($"db-{service}", service, postgres.Resource, PenggunaBroker.Sandi());
        postgres.Resource.Databases.Add(db);
        return postgres.ApplicationBuilder.AddResource(db)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "Database",
                State = KnownResourceStates.Waiting,
                Properties = [new("database", service), new("role", DatabaseLayanan.Peran(service))],
            })
            .ExcludeFromManifest();
    }
}
