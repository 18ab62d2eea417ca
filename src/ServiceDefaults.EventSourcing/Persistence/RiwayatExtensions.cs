namespace Kinerja.ServiceDefaults.Persistence;

using JasperFx.Events;
using Kinerja.ServiceDefaults.Privasi;
using Marten;

/// <summary>One line of an aggregate's audit trail (api.md <c>…/riwayat</c>).</summary>
public sealed record EntriRiwayat(long Versi, DateTimeOffset Waktu, string? Pelaku, string Jenis, string? CorrelationId, object? Data);

public static class RiwayatExtensions
{
    /// <param name="lengkap">
    /// The caller may see this pegawai's personal data (<see cref="DataPribadi"/>): the pegawai themself, an
    /// operator of their wilayah, an admin. Everyone else sees who, when and what kind, with NIKs masked.
    /// </param>
    public static async Task<IReadOnlyList<EntriRiwayat>> RiwayatAsync(this IQuerySession session, string streamKey, CancellationToken ct,
        bool lengkap = false)
    {
        var events = await session.Events.FetchStreamAsync(streamKey, token: ct);
        return events.Select(e => Entri(e, lengkap)).ToList();
    }

    public static async Task<IReadOnlyList<EntriRiwayat>> RiwayatAsync(this IQuerySession session, Guid streamId, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: ct);
        return events.Select(e => Entri(e, lengkap: false)).ToList();
    }

    private static EntriRiwayat Entri(IEvent e, bool lengkap) =>
        new(e.Version, e.Timestamp, e.UserName, e.EventTypeName, e.CorrelationId, lengkap ? e.Data : DataPribadi.Saring(e.Data, e.EventType));
}
