namespace Kinerja.ServiceDefaults.Commands;

using JasperFx;
using JasperFx.Events;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;
using Marten.Services.BatchQuerying;
using Microsoft.AspNetCore.Http;

/// <summary>An aggregate whose stream version is its ETag.</summary>
public interface IVersioned
{
    long Version { get; }
}

/// <summary>
/// The one path every command of every service takes (architecture.md, "The write path"):
/// <list type="number">
/// <item>load the aggregate for writing (404 when missing);</item>
/// <item>the access decision: who the caller is to this aggregate (404 when nobody, 403 when the wrong one);</item>
/// <item>the caller's <c>If-Match</c> against the version loaded (412 when stale): after access, so a stale stamp on
/// another region's object is 404 as any other, and the save still fails if someone appended since the load;</item>
/// <item>the command's pure decision: new events, or a refusal;</item>
/// <item>append and save in one transaction;</item>
/// <item>the new state from the events just applied (Marten's identity map: no reload);</item>
/// <item>the ETag;</item>
/// <item>the <c>kinerja.commands</c> metric with the outcome: <c>ok</c>, or <c>refused</c> with its reason.</item>
/// </list>
/// A command file supplies only steps 2 and 3; a create supplies its decision and where the new one lives.
/// </summary>
public sealed class CommandPipeline(IDocumentSession session, IHttpContextAccessor accessor, KinerjaMetrics metrics,
    IEnumerable<IBacaanAwal> bacaanAwal)
{
    public IDocumentSession Session => session;

    private HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("A command runs inside a request.");

    /// <summary>A command on an existing aggregate; answers 200 with its new state (or <paramref name="view"/> of it) and ETag.</summary>
    /// <param name="access">Who the caller is to the aggregate; throws 404 or 403 when they may not act.</param>
    /// <param name="decide">Pure: the events the command causes, or a refusal thrown as a domain exception.</param>
    public Task<IResult> RunAsync<T, TAccess>(string command, Guid id, Func<T, CancellationToken, Task<TAccess>> access,
        Func<T, TAccess, IReadOnlyList<object>> decide, CancellationToken ct, Func<T, object>? view = null)
        where T : class, IVersioned =>
        ChangeAsync(command, () => FetchAsync(() => session.Events.FetchForWriting<T>(id, ct), b => b.Events.FetchForWriting<T>(id), ct),
            () => session.Events.FetchLatest<T>(id, ct), access, decide, view, missing: null, ct);

    /// <summary>A command on an aggregate kept under a natural key (a school's NPSN, a pegawai's NIP).</summary>
    /// <param name="missing">The refusal when nothing is kept under <paramref name="key"/>: 404 unless a command says better.</param>
    public Task<IResult> RunAsync<T, TAccess>(string command, string key, Func<T, CancellationToken, Task<TAccess>> access,
        Func<T, TAccess, IReadOnlyList<object>> decide, CancellationToken ct, Func<T, object>? view = null, Func<Exception>? missing = null)
        where T : class, IVersioned =>
        ChangeAsync(command, () => FetchAsync(() => session.Events.FetchForWriting<T>(key, ct), b => b.Events.FetchForWriting<T>(key), ct),
            () => session.Events.FetchLatest<T>(key, ct), access, decide, view, missing, ct);

    /// <summary>Both <see cref="RunAsync{T, TAccess}(string, Guid, Func{T, CancellationToken, Task{TAccess}}, Func{T, TAccess, IReadOnlyList{object}}, CancellationToken, Func{T, object}?)"/>s: the stream's id is only in how it is fetched.</summary>
    private Task<IResult> ChangeAsync<T, TAccess>(string command, Func<Task<IEventStream<T>>> fetch, Func<ValueTask<T?>> latest,
        Func<T, CancellationToken, Task<TAccess>> access, Func<T, TAccess, IReadOnlyList<object>> decide,
        Func<T, object>? view, Func<Exception>? missing, CancellationToken ct)
        where T : class, IVersioned =>
        MeasureAsync(command, async () =>
        {
            var expected = ETag.Expected(Http.Request);
            var stream = await fetch();
            var state = stream.Aggregate ?? throw (missing?.Invoke() ?? new TidakDitemukanException());
            var who = await access(state, ct);
            Current(expected, state.Version);
            var events = decide(state, who);
            return Results.Ok(Answer(await SaveAsync(stream, state, events, latest, ct), view));
        });

    /// <summary>
    /// A command that registers an aggregate under a natural key or changes the one there: 201 at
    /// <paramref name="location"/> when it was new, else 200. <paramref name="access"/> and
    /// <paramref name="decide"/> see null when nothing is registered yet.
    /// </summary>
    public Task<IResult> UpsertAsync<T, TAccess>(string command, string key, Func<T?, CancellationToken, Task<TAccess>> access,
        Func<T?, TAccess, IReadOnlyList<object>> decide, Func<T, string> location, CancellationToken ct, Func<T, object>? view = null)
        where T : class, IVersioned =>
        MeasureAsync(command, async () =>
        {
            var expected = ETag.Expected(Http.Request);
            var stream = await session.Events.FetchForWriting<T>(key, ct);
            var before = stream.Aggregate;
            var who = await access(before, ct);
            Current(expected, before?.Version ?? 0);
            var events = decide(before, who);
            var state = await SaveAsync(stream, before, events, () => session.Events.FetchLatest<T>(key, ct), ct);
            return before is null ? Results.Created(location(state), Answer(state, view)) : Results.Ok(Answer(state, view));
        });

    /// <summary>
    /// A command that starts a stream: the decision gives the new id and its first events (and may store
    /// documents beside them in the same session, such as a uniqueness marker); answers 201 at its location.
    /// </summary>
    public Task<IResult> CreateAsync<T>(string command, Func<CancellationToken, Task<(Guid Id, IReadOnlyList<object> Events)>> decide,
        Func<Guid, string> location, CancellationToken ct)
        where T : class, IVersioned =>
        MeasureAsync(command, async () =>
        {
            var (id, events) = await decide(ct);
            // the new state the inline projection stores stays in the session, so the answer below reads nothing
            session.UseIdentityMapFor<T>();
            session.Events.StartStream<T>(id, events.ToArray());
            await session.SaveChangesAsync(ct);
            var state = await session.Events.FetchLatest<T>(id, ct)
                ?? throw new InvalidOperationException($"{typeof(T).Name} {id} is missing after it was created.");
            return Results.Created(location(id), Answer(state, null));
        });

    /// <summary>The aggregate for writing, with what the access check will read about the caller (<see cref="IBacaanAwal"/>) in the same round trip.</summary>
    private async Task<IEventStream<T>> FetchAsync<T>(Func<Task<IEventStream<T>>> fetch, Func<IBatchedQuery, Task<IEventStream<T>>> fetchInBatch,
        CancellationToken ct)
        where T : class
    {
        var perlu = bacaanAwal.Where(a => a.Perlu).ToList();
        if (perlu.Count == 0)
        {
            return await fetch();
        }

        var batch = session.CreateBatchQuery();
        var stream = fetchInBatch(batch);
        foreach (var awal in perlu)
        {
            awal.Antrekan(session, batch);
        }

        await batch.Execute(ct);
        return await stream;
    }

    /// <summary>The version the caller's <c>If-Match</c> names, if any, is the one loaded.</summary>
    private static void Current(long? expected, long loaded)
    {
        if (expected is { } v && v != loaded)
        {
            throw new VersiUsangException();
        }
    }

    /// <summary>Appends and saves what was decided; the new state comes from Marten's identity map, not a second read.</summary>
    private async Task<T> SaveAsync<T>(IEventStream<T> stream, T? before, IReadOnlyList<object> events, Func<ValueTask<T?>> latest, CancellationToken ct)
        where T : class
    {
        if (events.Count == 0 && before is not null)
        {
            return before;
        }

        stream.AppendMany(events);
        await session.SaveChangesAsync(ct);
        return await latest() ?? throw new InvalidOperationException($"{typeof(T).Name} is missing after its events were saved.");
    }

    private object Answer<T>(T state, Func<T, object>? view) where T : IVersioned
    {
        ETag.Set(Http.Response, state.Version);
        return view is null ? state : view(state);
    }

    /// <summary>Counts a command that does not go through <see cref="RunAsync"/> (an import job, a document write) the same way.</summary>
    public async Task<TResult> MeasureAsync<TResult>(string command, Func<Task<TResult>> run)
    {
        try
        {
            var result = await run();
            metrics.Perintah(command, "ok");
            return result;
        }
        catch (Exception e) when (Reason(e) is { } reason)
        {
            metrics.Perintah(command, "refused", reason);
            throw;
        }
        catch
        {
            metrics.Perintah(command, "error");
            throw;
        }
    }

    /// <summary>Why a command was refused, as the metric names it; null for a failure that is not a refusal.</summary>
    public static string? Reason(Exception e) => e switch
    {
        ValidasiException or BadHttpRequestException => "invalid",
        TidakDitemukanException => "not_found",
        TerlarangException => "forbidden",
        ConcurrencyException or EventStreamUnexpectedMaxEventIdException or VersiUsangException => "stale",
        KonflikException or DocumentAlreadyExistsException => "conflict",
        _ => null,
    };
}
