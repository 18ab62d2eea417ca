using System.Globalization;

namespace Kinerja.AppHost;

/// <summary>
/// <c>--Mode servers</c>: start only PostgreSQL and RabbitMQ, write their connection strings to
/// <c>--ConnectionFile</c> as environment assignments, and keep them up until stopped. The test command
/// uses this so every test assembly shares one pair of servers started by the AppHost's own code.
/// </summary>
public sealed class ServersOnlyRunner(KinerjaSystem system, IHostApplicationLifetime lifetime, IConfiguration configuration) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await system.StartServersAsync(stoppingToken);
            var file = configuration["ConnectionFile"] ?? Path.Combine(system.Options.DataFolder, "connections.env");
            var temp = file + ".tmp";
            await File.WriteAllLinesAsync(temp,
            [
                string.Create(CultureInfo.InvariantCulture, $"ConnectionStrings__postgres='{system.PostgresConnection}'"),
                string.Create(CultureInfo.InvariantCulture, $"ConnectionStrings__rabbitmq='{system.RabbitMqConnection}'"),
            ], stoppingToken);
            // renamed into place so a reader never sees half a file
            File.Move(temp, file, overwrite: true);
            Console.WriteLine($"servers ready; connection strings in {file}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Console.Error.WriteLine(ex.Message);
            Environment.ExitCode = ex is Servers.MissingServerException ? 2 : 1;
            lifetime.StopApplication();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await system.StopAsync();
    }
}
