namespace Kinerja.ServiceDefaults.Messaging;

using JasperFx;
using JasperFx.Events.Daemon;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// Keeps the relay from staying stopped on the instance that holds its lock. After PostgreSQL restarts, two instances
/// can both relay for a moment (the old holder's lock ended with its connection); their progress writes collide and the
/// daemon stops the loser's relay agent. Marten's coordinator starts an agent that is missing or paused, never one that
/// is stopped: once the other instance died, the survivor held the lock with a stopped relay, and nothing was published
/// again until a restart (RelayDuaInstanceTests; CI's AppHost tests). A stopped relay agent is therefore removed, every
/// <c>Messaging:PengawasRelay</c> (5 s), and the coordinator starts it again wherever the lock is held.
/// </summary>
public sealed class PengawasRelay(IProjectionCoordinator coordinator, IConfiguration configuration, ILogger<PengawasRelay> logger) : BackgroundService
{
    public const string Shard = $"{IntegrationRelay.RelayName}:All";

    private readonly TimeSpan _interval = configuration.GetValue("Messaging:PengawasRelay", TimeSpan.FromSeconds(5));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var daemon = coordinator.DaemonForMainDatabase();
                if (daemon.CurrentAgents().Any(a => a.Name.Identity == Shard && a.Status == AgentStatus.Stopped))
                {
                    logger.LogWarning("The relay {Shard} had stopped on this instance; it is removed so that it starts again where its lock is held", Shard);
                    await daemon.StopAgentAsync(Shard);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not look at the relay {Shard}", Shard);
            }
        }
    }
}
