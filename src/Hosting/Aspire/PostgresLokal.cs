namespace Kinerja.Hosting.Aspire;

using global::Aspire.Hosting;
using global::Aspire.Hosting.ApplicationModel;
using Kinerja.Hosting.Servers;

/// <summary>
/// Debian's PostgreSQL as an executable resource: no container runs here (platform.md). Its data folder is the AppHost's,
/// made with <c>initdb</c> and a password of its own the first time; the server runs in the foreground under DCP, as
/// the <c>postgres</c> user when the AppHost is root. Its connection string is the superuser's: only the AppHost uses it,
/// each service gets a <see cref="DatabaseLayananResource"/> of its own.
/// </summary>
public sealed class PostgresLokalResource(string name, string command, string workingDirectory, LocalPostgres server, string sandi)
    : ExecutableResource(name, command, workingDirectory), IPostgresKinerja
{
    internal LocalPostgres Server => server;
    public List<DatabaseLayananResource> Databases { get; } = [];

    public string Superuser =>
        $"Host=127.0.0.1;Port={server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)};Username=postgres;Database=postgres;Password={sandi}";

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Superuser}");
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
        builder.AddPostgresHealthCheck(name, resource.Superuser);
        var pg = builder.AddResource(resource)
            .WithArgs([.. prefix, .. args])
            .WithEndpoint("tcp", e => { e.Port = port; e.TargetPort = port; e.IsProxied = false; e.UriScheme = "postgresql"; })
            .WithHealthCheck(name)
            .ExcludeFromManifest();
        pg.OnBeforeResourceStarted((r, _, ct) => r.Server.SiapkanAsync(ct));
        return pg.DenganDatabaseLayanan();
    }
}
