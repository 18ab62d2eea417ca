namespace Kinerja.Testing;

using System.Collections.Concurrent;
using System.Diagnostics;

/// <summary>
/// The round trips to PostgreSQL one request makes in a service hosted in the test's process: Npgsql's spans of
/// the request's own trace (a batch is one span; a transaction's COMMIT is none), whatever else runs beside it.
/// </summary>
public sealed class RoundTripPostgres : IDisposable
{
    private readonly ActivityTraceId _trace = ActivityTraceId.CreateRandom();
    private readonly ConcurrentQueue<string> _perintah = new();
    private readonly ActivityListener _listener;

    public RoundTripPostgres()
    {
        _listener = new ActivityListener
        {
            // the request's own span must exist for Npgsql's to be its children
            ShouldListenTo = s => s.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> o) =>
                o.TraceId == _trace ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = a =>
            {
                if (a.TraceId == _trace && a.Source.Name == "Npgsql")
                {
                    _perintah.Enqueue((a.GetTagItem("db.query.text") ?? a.GetTagItem("db.statement") ?? a.DisplayName).ToString()!);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>What each round trip sent, as Npgsql's span records it.</summary>
    public IReadOnlyList<string> Perintah => [.. _perintah];

    /// <summary>Marks a request as part of the trace counted.</summary>
    public HttpRequestMessage Dalam(HttpRequestMessage request)
    {
        request.Headers.Add("traceparent", $"00-{_trace}-{ActivitySpanId.CreateRandom()}-01");
        return request;
    }

    public void Dispose() => _listener.Dispose();
}
