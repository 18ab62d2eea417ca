namespace Kinerja.ServiceDefaults.Messaging;

using System.Diagnostics;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using Microsoft.Extensions.Logging;

/// <summary>
/// The outbox without a second table (architecture.md): the daemon hands committed events to this
/// subscription in order, and it publishes their integration counterparts. Marten stores the position
/// only after a page is fully published, so after a crash or an outage publishing resumes from the
/// last stored position: nothing committed is lost, something may go out twice (consumers are idempotent).
/// A failed publish is retried here, with backoff, rather than thrown: an exception would pause the
/// subscription until someone restarts it.
/// </summary>
public sealed class IntegrationRelay : SubscriptionBase
{
    public const string RelayName = "relay-integrasi";
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(15);

    private readonly IIntegrationEventMap[] _maps;
    private readonly IBus _bus;
    private readonly KinerjaMetrics _metrics;
    private readonly ILogger<IntegrationRelay> _logger;

    /// <param name="maps">The service's translation, and those a feature adds beside it (the reminders'); each answers null for what is not its own.</param>
    public IntegrationRelay(IEnumerable<IIntegrationEventMap> maps, IBus bus, KinerjaMetrics metrics, ILogger<IntegrationRelay> logger)
    {
        _maps = [.. maps];
        _bus = bus;
        _metrics = metrics;
        _logger = logger;
        Name = RelayName;
        // the daemon loads only what is published: an import appends hundreds of thousands of events, a few of them public
        foreach (var type in _maps.SelectMany(m => m.EventTypes).Distinct())
        {
            IncludeType(type);
        }
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        foreach (var committed in page.Events)
        {
            if (Map(committed) is { } message)
            {
                await PublishUntilAcceptedAsync(committed, message, cancellationToken);
            }
        }

        return NullChangeListener.Instance;
    }

    private IIntegrationEvent? Map(IEvent committed)
    {
        foreach (var map in _maps)
        {
            if (map.Map(committed) is { } message)
            {
                return message;
            }
        }

        return null;
    }

    private async Task PublishUntilAcceptedAsync(IEvent committed, IIntegrationEvent message, CancellationToken ct)
    {
        var messageType = message.GetType().Name;
        var backoff = TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await PublishAsync(committed, message, ct);
                _metrics.Diterbitkan(messageType, DateTimeOffset.UtcNow - committed.Timestamp);
                return;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                _metrics.GagalTerbit(messageType);
                _logger.LogWarning(ex, "Relay could not publish {MessageType} {EventId} (attempt {Attempt}); retrying in {Backoff}",
                    messageType, committed.Id, attempt, backoff);
                await Task.Delay(backoff, ct);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private async Task PublishAsync(IEvent committed, IIntegrationEvent message, CancellationToken ct)
    {
        // continue the trace of the request that committed the event, so one trace spans both services
        ActivityContext.TryParse(TraceParent(committed), null, out var parent);
        using var activity = KinerjaMetrics.ActivitySource.StartActivity(
            $"relay {message.GetType().Name}", ActivityKind.Producer, parent);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(AttemptTimeout);
        await _bus.Publish(message, message.GetType(), context =>
        {
            context.MessageId = committed.Id;
            if (committed.CorrelationId is { } correlation)
            {
                context.Headers.Set(CorrelationMiddleware.Header, correlation);
            }
        }, timeout.Token);
    }

    private static string? TraceParent(IEvent committed) =>
        committed.Headers?.TryGetValue(KinerjaSessionFactory.TraceParentHeader, out var value) == true ? value?.ToString() : null;
}
