namespace Kinerja.Testing;

using System.Net.Sockets;
using Kinerja.Hosting.Servers;
using Npgsql;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;
using Xunit;

/// <summary>
/// PostgreSQL and RabbitMQ for a test assembly, found in this order (architecture.md): connection
/// strings in the environment (<c>ConnectionStrings__postgres</c>, <c>ConnectionStrings__rabbitmq</c>,
/// what CI may set); Testcontainers when a Docker engine answers; else private instances from the local
/// binaries, started by the same code as the AppHost. Register once per assembly with
/// <c>[assembly: AssemblyFixture(typeof(Infrastructure))]</c>.
/// </summary>
public sealed class Infrastructure : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];

    public string PostgresConnection { get; private set; } = "";
    public string RabbitMqConnection { get; private set; } = "";
    public string Sumber { get; private set; } = "";

    /// <summary>Unique per test run, so queues and databases of runs sharing a server never meet.</summary>
    public string RunId { get; } = $"t{Guid.NewGuid():n}"[..10];

    public async ValueTask InitializeAsync()
    {
        var pg = Environment.GetEnvironmentVariable("ConnectionStrings__postgres");
        var rabbit = Environment.GetEnvironmentVariable("ConnectionStrings__rabbitmq");
        if (pg is null || rabbit is null)
        {
            if (await DockerAnswersAsync())
            {
                Sumber = "testcontainers";
                pg ??= await StartContainerAsync(new PostgreSqlBuilder("postgres:15").Build(), c => c.GetConnectionString());
                rabbit ??= await StartContainerAsync(new RabbitMqBuilder("rabbitmq:3.10").Build(), c => c.GetConnectionString());
            }
            else
            {
                Sumber = "local binaries";
                var binaries = ServerBinaries.Find(pg is null, rabbit is null) ?? throw new MissingServerException();
                var folder = Path.Combine(Path.GetTempPath(), "kinerja-tests", RunId);
                if (pg is null)
                {
                    var postgres = new LocalPostgres(binaries.PostgresBin, Path.Combine(folder, "postgres"), Proses.FreePort(), durable: false);
                    await postgres.StartAsync();
                    _owned.Add(postgres);
                    pg = postgres.ConnectionString;
                }

                if (rabbit is null)
                {
                    var local = new LocalRabbitMq(binaries.RabbitMqBin, Path.Combine(folder, "rabbitmq"), Proses.FreePort());
                    _owned.Add(local);
                    await local.StartAsync();
                    rabbit = local.ConnectionString;
                }

                _owned.Add(new FolderCleanup(folder));
            }
        }
        else
        {
            Sumber = "environment";
        }

        PostgresConnection = pg;
        RabbitMqConnection = rabbit;
    }

    /// <summary>A new, empty database on the test server; its connection string.</summary>
    public async Task<string> DatabaseBaruAsync(string name)
    {
        var database = $"{RunId}_{name}_{Guid.NewGuid():n}"[..Math.Min(60, RunId.Length + name.Length + 34)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(PostgresConnection);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"create database \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(PostgresConnection) { Database = database }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        // reverse order: servers before their folder
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }
    }

    private async Task<string> StartContainerAsync<T>(T container, Func<T, string> connection)
        where T : DotNet.Testcontainers.Containers.IContainer
    {
        await container.StartAsync();
        _owned.Add(container);
        return connection(container);
    }

    private static async Task<bool> DockerAnswersAsync()
    {
        const string socket = "/var/run/docker.sock";
        if (!File.Exists(socket) && Environment.GetEnvironmentVariable("DOCKER_HOST") is null)
        {
            return false;
        }

        try
        {
            using var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await s.ConnectAsync(new UnixDomainSocketEndPoint(socket), timeout.Token);
            await s.SendAsync("GET /_ping HTTP/1.0\r\n\r\n"u8.ToArray(), SocketFlags.None, timeout.Token);
            var buffer = new byte[64];
            var read = await s.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private sealed class FolderCleanup(string folder) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // a server still writing its last log line; the temp folder is reclaimed by the OS
            }
            catch (UnauthorizedAccessException)
            {
            }

            return ValueTask.CompletedTask;
        }
    }
}
