namespace Kinerja.EndToEnd.Tests.AppHost;

using System.Diagnostics;
using Kinerja.Hosting.Lokal;
using Kinerja.Hosting.Servers;
using Kinerja.Testing;
using Npgsql;

/// <summary>The AppHost's private PostgreSQL: a password of its own, a health probe that asks the server, and a restart when it dies.</summary>
public sealed class PostgresDijagaTests(Infrastructure infra)
{
    [Fact]
    public async Task a_killed_private_postgresql_is_reported_unhealthy_and_started_again_with_its_data_and_password()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kinerja-e2e", $"pg-{Guid.NewGuid():n}"[..16]);
        Directory.CreateDirectory(folder);
        if (Proses.IsRoot)
        {
            await Proses.RunAsync("chmod", ["755", folder]);
        }

        await using var system = new KinerjaSystem(new KinerjaSystemOptions
        {
            RepoRoot = RepoRoot.Find(),
            DataFolder = folder,
            RabbitMqConnection = infra.RabbitMqConnection,
            PostgresPort = Proses.FreePort(),
        }, say: null);
        try
        {
            await system.StartServersAsync(CancellationToken.None);
            var postgres = (ServerResource)system.Resources.Single(r => r.Name == "postgres");
            Assert.Equal(ResourceState.Healthy, postgres.State);
            Assert.Contains("Password=", system.PostgresConnection, StringComparison.Ordinal);
            var tanpaSandi = new NpgsqlConnectionStringBuilder(system.PostgresConnection) { Password = null, Pooling = false }.ConnectionString;
            await Assert.ThrowsAnyAsync<NpgsqlException>(async () =>
            {
                await using var c = new NpgsqlConnection(tanpaSandi);
                await c.OpenAsync();
            });

            await JalankanAsync(system.PostgresConnection, "create table tetap (x int); insert into tetap values (42)");
            var pid = int.Parse(File.ReadLines(Path.Combine(folder, "postgres", "data", "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
            Process.GetProcessById(pid).Kill();

            await SistemBerjalan.WaitUntilAsync(async () => !await postgres.ProbeAsync(CancellationToken.None), "the probe sees postgres down",
                TimeSpan.FromSeconds(30));
            await SistemBerjalan.WaitUntilAsync(async () => postgres.Restarts == 1 && await postgres.ProbeAsync(CancellationToken.None),
                "the AppHost started postgres again", TimeSpan.FromSeconds(90));
            NpgsqlConnection.ClearAllPools();
            Assert.Equal(42, await JalankanAsync(system.PostgresConnection, "select x from tetap"));
        }
        finally
        {
            await system.StopAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Issue 29, item 8: a data folder an older build made with <c>trust</c> gets a password at start, and asks for it.</summary>
    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task a_data_folder_an_older_build_made_with_trust_gets_a_password_at_start()
    {
        var binaries = ServerBinaries.Find(needRabbitMq: false) ?? throw new InvalidOperationException("PostgreSQL is not installed.");
        var folder = Path.Combine(Path.GetTempPath(), "kinerja-e2e", $"pglama-{Guid.NewGuid():n}"[..20]);
        var pg = Path.Combine(folder, "postgres");
        Directory.CreateDirectory(pg);
        if (Proses.IsRoot)
        {
            await Proses.RunAsync("chmod", ["755", folder]);
            await Proses.RunAsync("chown", ["-R", "postgres:postgres", pg]);
        }

        await Proses.RunAsync(Path.Combine(binaries.PostgresBin, "initdb"),
            ["-D", Path.Combine(pg, "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"], asPostgres: true);
        var postgres = new LocalPostgres(binaries.PostgresBin, pg, Proses.FreePort(), durable: false);
        try
        {
            await postgres.StartAsync();

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(pg, "password")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(pg));
            Assert.Contains("Password=", postgres.ConnectionString, StringComparison.Ordinal);
            Assert.Equal(1, await JalankanAsync(postgres.ConnectionString, "select 1"));
            var tanpaSandi = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Password = null, Pooling = false }.ConnectionString;
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => JalankanAsync(tanpaSandi, "select 1"));
            Assert.DoesNotContain(File.ReadLines(Path.Combine(pg, "data", "pg_hba.conf")), l => !l.TrimStart().StartsWith('#') && l.TrimEnd().EndsWith("trust", StringComparison.Ordinal));
        }
        finally
        {
            await postgres.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<object?> JalankanAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
