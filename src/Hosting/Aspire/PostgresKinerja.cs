namespace Kinerja.Hosting.Aspire;

using global::Aspire.Hosting;
using global::Aspire.Hosting.ApplicationModel;
using Kinerja.Hosting.Servers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;

/// <summary>
/// A PostgreSQL the services' databases live on: the AppHost's own (<see cref="PostgresLokalResource"/>) or one given
/// with <c>ConnectionStrings:postgres</c> (<see cref="PostgresLuarResource"/>). The AppHost alone holds its superuser.
/// </summary>
public interface IPostgresKinerja : IResourceWithConnectionString
{
    /// <summary>The superuser's connection string, which sets up each service's role and database.</summary>
    string Superuser { get; }

    List<DatabaseLayananResource> Databases { get; }
}

/// <summary>
/// One service's database, connected to as its own role (<see cref="DatabaseLayanan"/>): running once the AppHost has set
/// it up as the superuser, after the server is healthy.
/// </summary>
public sealed class DatabaseLayananResource(string name, string service, IPostgresKinerja parent, string sandi)
    : Resource(name), IResourceWithParent<IPostgresKinerja>, IResourceWithConnectionString
{
    public IPostgresKinerja Parent => parent;
    public string Service => service;
    internal string Sandi => sandi;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{new NpgsqlConnectionStringBuilder(parent.Superuser)
    {
        Database = service,
        Username = DatabaseLayanan.Peran(service),
        Password = sandi,
        MaxPoolSize = 50,
    }.ConnectionString}");
}

/// <summary>A PostgreSQL of the operator's own (<c>ConnectionStrings:postgres</c>, a superuser's), not started by the AppHost.</summary>
public sealed class PostgresLuarResource(string name, string superuser) : Resource(name), IPostgresKinerja
{
    public string Superuser => superuser;
    public List<DatabaseLayananResource> Databases { get; } = [];
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{superuser}");
}

public static class PostgresKinerjaExtensions
{
    /// <summary>A server the operator runs: watched by its health check, its databases set up as for the AppHost's own.</summary>
    public static IResourceBuilder<PostgresLuarResource> AddPostgresLuar(this IDistributedApplicationBuilder builder, string name, string superuser)
    {
        var resource = new PostgresLuarResource(name, superuser);
        builder.AddPostgresHealthCheck(name, superuser);
        var pg = builder.AddResource(resource)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgreSQL",
                State = KnownResourceStates.Running,
                Properties = [new("host", new NpgsqlConnectionStringBuilder(superuser).Host ?? "")],
            })
            .WithHealthCheck(name)
            .ExcludeFromManifest();
        pg.DenganDatabaseLayanan();
        return pg;
    }

    /// <summary>
    /// A round trip (<c>select 1</c>) on a connection of its own: a pooled one "opened" without touching the server showed
    /// PostgreSQL healthy through a whole outage.
    /// </summary>
    internal static void AddPostgresHealthCheck(this IDistributedApplicationBuilder builder, string name, string superuser)
    {
        var probe = new NpgsqlConnectionStringBuilder(superuser) { Pooling = false, Timeout = 5 }.ConnectionString;
        builder.Services.AddHealthChecks().AddAsyncCheck(name, async ct =>
        {
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
    }

    /// <summary>A service's database and role, named <c>db-&lt;service&gt;</c>; a service reads it as <c>ConnectionStrings:&lt;service&gt;</c>.</summary>
    public static IResourceBuilder<DatabaseLayananResource> AddDatabaseLayanan(this IResourceBuilder<IPostgresKinerja> postgres, string service)
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

    /// <summary>Each service's role and database, set up as the superuser whenever the server is ready (the same passwords).</summary>
    internal static IResourceBuilder<T> DenganDatabaseLayanan<T>(this IResourceBuilder<T> postgres) where T : IPostgresKinerja =>
        postgres.OnResourceReady(async (r, e, ct) =>
        {
            var notifications = e.Services.GetRequiredService<ResourceNotificationService>();
            var log = e.Services.GetRequiredService<ResourceLoggerService>().GetLogger(r);
            var superuser = new NpgsqlConnectionStringBuilder(r.Superuser) { Pooling = false }.ConnectionString;
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
}
