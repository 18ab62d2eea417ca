namespace Kinerja.Kepegawaian.Pegawai;

using System.Linq.Expressions;
using Kinerja.Contracts;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;
using Microsoft.Extensions.Logging;

/// <summary>
/// A move to another school (domain.md §3: mutasi changes the rater from then on): each of the pegawai's aggregates
/// of type <typeparamref name="T"/> not yet finished at another school goes with them, by an event in its own stream,
/// so the former principal no longer acts on it. Finished ones stay where they were finished. Each service says which
/// are unfinished and what the move's event is.
/// </summary>
public abstract class PindahkanYangBelumSelesai<T>(IDocumentStore store, KinerjaMetrics metrics, ILogger logger)
    : IdempotentConsumer<PegawaiDimutasi>(store, metrics, logger)
    where T : notnull
{
    /// <summary>The pegawai's aggregates not yet finished and not already at <paramref name="npsnBaru"/>.</summary>
    protected abstract Expression<Func<T, bool>> BelumSelesai(string pegawaiId, string npsnBaru);

    /// <summary>The stream and the event that move one of them; <paramref name="wilayahBaru"/> is null when the new school is not known here yet.</summary>
    protected abstract (Guid Stream, object Event) Pindahkan(T dokumen, PegawaiDimutasi mutasi, string? wilayahBaru);

    /// <summary>What a service keeps of the pegawai besides, updated before its aggregates move.</summary>
    protected virtual Task CatatAsync(string pegawaiId, PegawaiDimutasi mutasi, IDocumentSession session, CancellationToken ct) => Task.CompletedTask;

    protected sealed override async Task ApplyAsync(PegawaiDimutasi message, IDocumentSession session, CancellationToken ct)
    {
        var id = IdPegawai.Dari(message.PegawaiId, message.Nip);
        await CatatAsync(id, message, session, ct);
        var wilayahBaru = (await session.LoadAsync<KepalaSekolahLokal>(message.NpsnBaru, ct))?.Wilayah;
        foreach (var dokumen in await session.Query<T>().Where(BelumSelesai(id, message.NpsnBaru)).ToListAsync(ct))
        {
            var (stream, e) = Pindahkan(dokumen, message, wilayahBaru);
            session.Events.Append(stream, e);
        }
    }
}
