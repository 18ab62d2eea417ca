namespace Kinerja.ServiceDefaults.Pengingat;

using Marten;

/// <summary>
/// What a service reminds people of, computed from its own read models at <c>kini</c>: every reminder due now, including
/// those already sent (the job skips those by their key), so that a source is a plain query and knows no history.
/// </summary>
public interface ISumberPengingat
{
    IAsyncEnumerable<Pengingat> HitungAsync(IQuerySession session, DateTimeOffset kini, CancellationToken ct);
}
