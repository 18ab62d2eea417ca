namespace Kinerja.Contracts;

/// <summary>
/// What every integration event carries. Delivery is at least once: a consumer uses
/// <see cref="EventId"/> to recognise a message it has already handled.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>Unique and stable across redeliveries: the id of the domain event it was made from.</summary>
    Guid EventId { get; }

    /// <summary>When the domain event was committed, UTC.</summary>
    DateTimeOffset OccurredAt { get; }
}
