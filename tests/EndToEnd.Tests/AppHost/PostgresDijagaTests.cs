using System.Diagnostics;
using Kinerja.AppHost;
using Kinerja.AppHost.Resources;
using Kinerja.AppHost.Servers;
using Kinerja.Testing;
using Npgsql;

namespace Kinerja.EndToEnd.Tests.AppHost;

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

    private static async Task<object?> JalankanAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
