namespace Kinerja.ServiceDefaults.Messaging;

using JasperFx.Events;
using Kinerja.Contracts;

/// <summary>
/// A service's translation of its own committed domain events into the public <c>Contracts</c>; a feature shared by
/// several services adds its own beside it (the reminders' <c>PemetaanPengingat</c>), and the relay asks each.
/// Returns null for events that stay inside the service. The message's <c>EventId</c> must be the
/// Marten event's id: that is what makes redeliveries recognisable downstream.
/// </summary>
public interface IIntegrationEventMap
{
    /// <summary>The domain event types <see cref="Map"/> translates: the relay reads only these from the store.</summary>
    IReadOnlyList<Type> EventTypes { get; }

    IIntegrationEvent? Map(IEvent committed);
}
