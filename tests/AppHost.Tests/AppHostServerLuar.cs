namespace Kinerja.AppHost.Tests;

using Kinerja.Hosting.Lokal;
using Kinerja.Hosting.Servers;

/// <summary>
/// The AppHost pointed at servers an operator already runs (<c>ConnectionStrings:postgres</c> and <c>:rabbitmq</c>): here
/// a PostgreSQL and a RabbitMQ started beforehand by the hosting library, outside the AppHost, and stopped after it.
/// </summary>
public sealed class AppHostServerLuar : AppHostBerjalan
{
    private KinerjaSystem? _server;

    public string Postgres => _server!.PostgresConnection;

    protected override bool DenganDemo => false;

    protected override async Task<string[]> ServerAsync()
    {
        _server = new KinerjaSystem(new KinerjaSystemOptions
        {
            RepoRoot = RepoRoot.Find(),
            // a folder apart: the clean-up looks for processes naming the AppHost's own
            DataFolder = Path.Combine(Path.GetTempPath(), "kinerja-apphost-server", Guid.NewGuid().ToString("n")[..12]),
            PostgresPort = Proses.FreePort(),
            RabbitMqPort = Proses.FreePort(),
            DurablePostgres = false,
        });
        await _server.StartServersAsync(CancellationToken.None);
        return [$"--ConnectionStrings:postgres={_server.PostgresConnection}", $"--ConnectionStrings:rabbitmq={_server.RabbitMqConnection}"];
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            if (_server is not null)
            {
                await _server.StopAsync();
                Directory.Delete(_server.Options.DataFolder, recursive: true);
            }
        }
    }
}
