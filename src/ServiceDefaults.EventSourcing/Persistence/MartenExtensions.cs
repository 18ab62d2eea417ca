namespace Kinerja.ServiceDefaults.Persistence;

using JasperFx.Events;
using JasperFx.Events.Daemon;
using Kinerja.ServiceDefaults.Messaging;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Trace;
using Weasel.Core;

public static class MartenExtensions
{
    /// <summary>
    /// The service's own database (<c>ConnectionStrings:&lt;service&gt;</c>), events carrying who, correlation
    /// and causation, the async daemon in HotCold so one instance relays when scaled out.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddKinerjaMarten(
        this IHostApplicationBuilder builder, string service, Action<StoreOptions>? configure = null)
    {
        // hosted services stop in reverse order of registration: the bus must be registered first, so that the
        // relay (the daemon registered here) stops before the bus it publishes to
        if (!builder.Services.Any(s => s.ServiceType == typeof(MassTransit.IBus)))
        {
            throw new InvalidOperationException($"{service}: call AddKinerjaMessaging before AddKinerjaMarten, so the relay stops before the bus.");
        }

        var configured = builder.Configuration.GetConnectionString(service)
            ?? throw new InvalidOperationException($"ConnectionStrings:{service} is not set: the service needs its PostgreSQL database.");
        var connectionString = Reuse(DeadClientCheck(NamaInstance(configured, builder.Configuration, service)));

        // one pool for Marten and our own queries, so that after an outage one Clear() drops every dead connection
        var dataSource = new NpgsqlDataSourceBuilder(connectionString).Build();
        builder.Services.AddSingleton(dataSource);
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: ["ready"]);
        builder.Services.AddScoped<Commands.CommandPipeline>();
        builder.Services.AddSingleton<Problems.IProblemMapper, MasalahPenyimpanan>();
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddNpgsql());

        return builder.Services.AddMarten(opts =>
            {
                opts.Connection(dataSource);
                opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                opts.Events.MetadataConfig.UserNameEnabled = true;
                opts.Events.MetadataConfig.CorrelationIdEnabled = true;
                opts.Events.MetadataConfig.CausationIdEnabled = true;
                opts.Events.MetadataConfig.HeadersEnabled = true;
                // platform.md: with the unpatched lock library HotCold cannot elect a leader without this
                opts.Events.UseAdvisoryLockTransaction = true;
                // the relay polls for new events every 100 ms while they come and every 250 ms when quiet (Marten's
                // defaults are 250 ms and 1 s: finalisation reached a regional subscriber in ~0.8 s at p50 then). Waking
                // on NOTIFY instead cost a high-water check, a fetch and two progress writes per command in each
                // service: a fifth of PostgreSQL's statements under load (issue 14), for one event at a time
                opts.Projections.FastPollingTime = TimeSpan.FromMilliseconds(100);
                opts.Projections.SlowPollingTime = TimeSpan.FromMilliseconds(250);
                // aggregates are immutable records: after a command saves, FetchLatest hands back the state the
                // inline projection just computed instead of reading it again (CommandPipeline)
                opts.Events.UseIdentityMapForAggregates = true;
                // its table keeps the name it had as PesanDitangani: renaming the type must not forget what was handled
                opts.Schema.For<HandledMessage>().DocumentAlias("pesanditangani");
                configure?.Invoke(opts);
            })
            .UseLightweightSessions()
            .BuildSessionsWith<KinerjaSessionFactory>()
            .ApplyAllDatabaseChangesOnStartup()
            .AddAsyncDaemon(DaemonMode.HotCold);
    }

    /// <summary>
    /// A command costs PostgreSQL a few small statements, and under load its CPU went per round trip (issue 14's
    /// profile): resetting each pooled connection with <c>DISCARD ALL</c> was a third of those statements, a round trip
    /// each, and every statement was parsed and planned anew. Nothing here keeps session state (locks are transaction-scoped, no SET, no temporary
    /// tables), so connections go back to the pool as they are, and statements used twice stay prepared on them.
    /// A connection string that sets these itself keeps its own.
    /// </summary>
    private static string Reuse(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            b.NoResetOnClose = true;
        }

        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            b.MaxAutoPrepare = 100;
            b.AutoPrepareMinUsages = 2;
        }

        return b.ConnectionString;
    }

    /// <summary>
    /// Each instance names itself on its connections (<c>application_name</c>) unless the string already does, so
    /// <c>pg_stat_activity</c> and <c>pg_locks</c> say which one holds the relay: <c>Instance:Name</c>, else the service
    /// and the start of the <c>service.instance.id</c> the AppHost gives each replica.
    /// </summary>
    private static string NamaInstance(string connectionString, IConfiguration configuration, string service)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(b.ApplicationName))
        {
            return connectionString;
        }

        var id = (configuration["OTEL_RESOURCE_ATTRIBUTES"] ?? "").Split(',')
            .Select(a => a.Split('=', 2))
            .FirstOrDefault(a => a.Length == 2 && a[0].Trim() == "service.instance.id")?[1].Trim();
        var nama = configuration["Instance:Name"] ?? (id is { Length: > 0 } ? $"{service}-{id[..Math.Min(8, id.Length)]}" : service);
        b.ApplicationName = nama[..Math.Min(63, nama.Length)];
        return b.ConnectionString;
    }

    /// <summary>
    /// The daemon's leadership lock is held by a transaction that sits in <c>pg_sleep</c>; PostgreSQL does
    /// not notice that a crashed instance is gone until that sleep ends, so its successor waited about a
    /// minute to relay again (found by the fault tests). Asking the server to check the client every second
    /// (PostgreSQL 14 or newer) frees the lock at once.
    /// </summary>
    private static string DeadClientCheck(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        if (b.Options?.Contains("client_connection_check_interval", StringComparison.Ordinal) != true)
        {
            b.Options = $"{b.Options} -c client_connection_check_interval=1000".Trim();
        }

        return b.ConnectionString;
    }
}
