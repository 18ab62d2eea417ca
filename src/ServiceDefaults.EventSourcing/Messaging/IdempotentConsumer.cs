namespace Kinerja.ServiceDefaults.Messaging;

using JasperFx;
using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;
using MassTransit;
using Microsoft.Extensions.Logging;

/// <summary>
/// Applies an integration event at most once per consumer: the event id is recorded with the effect,
/// in one Marten transaction. A redelivery finds the record and changes nothing; two deliveries racing
/// each other collide on the record's key, and the loser's transaction (effect included) rolls back.
/// </summary>
public abstract class IdempotentConsumer<T>(IDocumentStore store, KinerjaMetrics metrics, ILogger logger) : IConsumer<T>
    where T : class, IIntegrationEvent
{
    /// <summary>
    /// How far ahead of this clock a message may say it happened: clocks drift a little; a message from the
    /// far future would win every "newer one wins" comparison for good (a local copy frozen until then).
    /// </summary>
    public static readonly TimeSpan BatasMasaDepan = TimeSpan.FromMinutes(5);

    protected abstract Task ApplyAsync(T message, IDocumentSession session, CancellationToken ct);

    public async Task Consume(ConsumeContext<T> context)
    {
        var consumer = GetType().Name;
        if (context.Message.OccurredAt > DateTimeOffset.UtcNow + BatasMasaDepan)
        {
            throw new PesanDitolakException(
                $"{typeof(T).Name} {context.Message.EventId} says it happened at {context.Message.OccurredAt:O}, more than {BatasMasaDepan.TotalMinutes} minutes ahead: refused, left in _error");
        }

        var key = $"{consumer}:{context.Message.EventId}";
        var correlation = context.Headers.Get<string>(CorrelationMiddleware.Header);
        // the request that caused the message, on every line logged while handling it
        using var scope = correlation is null ? null : logger.BeginScope(CorrelationMiddleware.ScopeFormat, correlation);

        await using var session = store.LightweightSession();
        session.LastModifiedBy = $"sistem:{consumer}";
        session.CausationId = context.Message.EventId.ToString();
        session.CorrelationId = correlation;

        if (await session.LoadAsync<HandledMessage>(key, context.CancellationToken) is not null)
        {
            Duplicate(consumer, context.Message.EventId);
            return;
        }

        await ApplyAsync(context.Message, session, context.CancellationToken);
        session.Insert(new HandledMessage(key, DateTimeOffset.UtcNow));
        try
        {
            await session.SaveChangesAsync(context.CancellationToken);
            metrics.MessageHandled(consumer, duplikat: false);
            logger.LogInformation("{Consumer} handled {MessageType} {EventId}", consumer, typeof(T).Name, context.Message.EventId);
        }
        catch (DocumentAlreadyExistsException)
        {
            Duplicate(consumer, context.Message.EventId);
        }
    }

    private void Duplicate(string consumer, Guid eventId)
    {
        metrics.MessageHandled(consumer, duplikat: true);
        logger.LogInformation("{Consumer} already handled {EventId}; redelivery ignored", consumer, eventId);
    }
}

/// <summary>A message no retry can make acceptable: it goes straight to <c>_error</c>, for a person to look at.</summary>
public sealed class PesanDitolakException(string message) : Exception(message);
