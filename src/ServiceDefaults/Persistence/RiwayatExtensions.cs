using JasperFx.Events;
using Marten;

namespace Kinerja.ServiceDefaults.Persistence;

/// <summary>One line of an aggregate's audit trail (api.md <c>…/riwayat</c>).</summary>
public sealed record EntriRiwayat(long Versi, DateTimeOffset Waktu, string? Pelaku, string Jenis, string? CorrelationId, object Data);

public static class RiwayatExtensions
{
    public static async Task<IReadOnlyList<EntriRiwayat>> RiwayatAsync(this IQuerySession session, string streamKey, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(streamKey, token: ct);
        return events.Select(Entri).ToList();
    }

    public static async Task<IReadOnlyList<EntriRiwayat>> RiwayatAsync(this IQuerySession session, Guid streamId, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: ct);
        return events.Select(Entri).ToList();
    }

    private static EntriRiwayat Entri(IEvent e) =>
        new(e.Version, e.Timestamp, e.UserName, e.EventTypeName, e.CorrelationId, e.Data);
}
