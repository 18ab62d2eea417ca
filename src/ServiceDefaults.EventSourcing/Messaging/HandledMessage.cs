namespace Kinerja.ServiceDefaults.Messaging;

/// <summary>
/// A message a consumer has applied, stored in the same transaction as its effect. Its id is
/// <c>consumer:eventId</c>, so two consumers of one event in one service don't shadow each other.
/// </summary>
public sealed record HandledMessage(string Id, DateTimeOffset Pada);
