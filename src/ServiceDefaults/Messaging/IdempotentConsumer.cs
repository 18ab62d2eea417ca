using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;
using JasperFx;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Kinerja.ServiceDefaults.Messaging;

/// <summary>
/// Applies an integration event at most once per consumer: the event id is recorded with the effect,
/// in one Marten transaction. A redelivery finds the record and changes nothing; two deliveries racing
/// each other collide on the record's key, and the loser's transaction (effect included) rolls back.
/// </summary>
public abstract class IdempotentConsumer<T>(IDocumentStore store, KinerjaMetrics metrics, ILogger logger) : IConsumer<T>
    where T : class, IIntegrationEvent
{
    protected abstract Task ApplyAsync(T message, IDocumentSession session, CancellationToken ct);

    public async Task Consume(ConsumeContext<T> context)
    {
        var consumer = GetType().Name;
        var key = $"{consumer}:{context.Message.EventId}";

        await using var session = store.LightweightSession();
        session.LastModifiedBy = $"sistem:{consumer}";
        session.CausationId = context.Message.EventId.ToString();
        session.CorrelationId = context.Headers.Get<string>(CorrelationMiddleware.Header);

        if (await session.LoadAsync<PesanDitangani>(key, context.CancellationToken) is not null)
        {
            Duplicate(consumer, context.Message.EventId);
            return;
        }

        await ApplyAsync(context.Message, session, context.CancellationToken);
        session.Insert(new PesanDitangani(key, DateTimeOffset.UtcNow));
        try
        {
            await session.SaveChangesAsync(context.CancellationToken);
            metrics.PesanDitangani(consumer, duplikat: false);
        }
        catch (DocumentAlreadyExistsException)
        {
            Duplicate(consumer, context.Message.EventId);
        }
    }

    private void Duplicate(string consumer, Guid eventId)
    {
        metrics.PesanDitangani(consumer, duplikat: true);
        logger.LogInformation("{Consumer} already handled {EventId}; redelivery ignored", consumer, eventId);
    }
}
