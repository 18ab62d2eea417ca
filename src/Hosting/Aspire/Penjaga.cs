namespace Kinerja.Hosting.Aspire;

using global::Aspire.Hosting;
using global::Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>Marks a resource the AppHost starts again when it dies (<see cref="Penjaga"/>).</summary>
public sealed class DijagaAnnotation : IResourceAnnotation;

/// <summary>
/// Starts a server or service again when it dies, as a supervisor would: Aspire shows a dead process as Exited and leaves
/// it so. A process stopped on purpose (the dashboard's Stop, which passes through Stopping) or while the AppHost stops
/// stays down. It backs off per instance, so one that cannot start does not spin the machine.
/// </summary>
public sealed class Penjaga(ResourceNotificationService notifications, ResourceCommandService commands,
    IHostApplicationLifetime lifetime, ResourceLoggerService loggers, ILogger<Penjaga> logger) : BackgroundService
{
    private static readonly string[] Mati = [KnownResourceStates.Exited, KnownResourceStates.Finished, KnownResourceStates.FailedToStart];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sebelumnya = new Dictionary<string, string?>();
        var restart = new Dictionary<string, int>();
        await foreach (var e in notifications.WatchAsync(stoppingToken))
        {
            if (!e.Resource.Annotations.OfType<DijagaAnnotation>().Any())
            {
                continue;
            }

            var state = e.Snapshot.State?.Text;
            sebelumnya.TryGetValue(e.ResourceId, out var lalu);
            sebelumnya[e.ResourceId] = state;
            if (state is null || !Mati.Contains(state) || lalu is null || Mati.Contains(lalu) || lalu == KnownResourceStates.Stopping
                || lifetime.ApplicationStopping.IsCancellationRequested)
            {
                continue;
            }

            var kali = restart[e.ResourceId] = restart.GetValueOrDefault(e.ResourceId) + 1;
            var jeda = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(kali, 5)) / 2));
            loggers.GetLogger(e.ResourceId).LogWarning("{Resource} died ({State}, exit code {ExitCode}): starting it again in {Delay} s",
                e.ResourceId, state, e.Snapshot.ExitCode, jeda.TotalSeconds);
            _ = MulaiLagiAsync(e.ResourceId, jeda, stoppingToken);
        }
    }

    private async Task MulaiLagiAsync(string resourceId, TimeSpan jeda, CancellationToken ct)
    {
        try
        {
            await Task.Delay(jeda, ct);
            if (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                return;
            }

            var hasil = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, ct);
            if (!hasil.Success)
            {
                logger.LogError("Starting {Resource} again failed: {Message}", resourceId, hasil.Message);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}

public static class PenjagaExtensions
{
    /// <summary>Started again by the AppHost when it dies (<see cref="Penjaga"/>).</summary>
    public static IResourceBuilder<T> DimulaiUlangBilaMati<T>(this IResourceBuilder<T> resource) where T : IResource
    {
        if (!resource.ApplicationBuilder.Services.Any(s => s.ImplementationType == typeof(Penjaga)))
        {
            resource.ApplicationBuilder.Services.AddHostedService<Penjaga>();
        }

        return resource.WithAnnotation(new DijagaAnnotation());
    }
}
