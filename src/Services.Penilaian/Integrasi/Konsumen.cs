namespace Kinerja.Penilaian.Integrasi;

using Kinerja.Contracts;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Penilaian.Penilaian;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;

/// <summary>An agreed plan opens its assessment, once (stream id = the plan's id).</summary>
public sealed class BukaPenilaian(IDocumentStore store, KinerjaMetrics metrics, ILogger<BukaPenilaian> logger)
    : IdempotentConsumer<SkpDisepakati>(store, metrics, logger)
{
    protected override async Task ApplyAsync(SkpDisepakati message, IDocumentSession session, CancellationToken ct)
    {
        if (await session.Events.FetchStreamStateAsync(message.SkpId, ct) is not null)
        {
            return;
        }

        var (milikKepala, wilayah) = await PemilikSkp.BacaAsync(message, session, ct);
        var peran = milikKepala ? PeranPemilik.KepalaSekolah : PeranPemilik.Guru;
        session.Events.StartStream<Penilaian>(message.SkpId,
            new PenilaianDibuka(message.SkpId, message.SkpId, IdPegawai.Dari(message.PegawaiId, message.Nip), message.Tahun, message.Npsn, wilayah, peran));
    }
}

/// <summary>
/// A completed cycle makes its assessment ratable. It may overtake the plan's own SkpDisepakati (they
/// travel different queues): then it fails, MassTransit retries with backoff, and it applies once the
/// assessment exists.
/// </summary>
public sealed class CatatSiklusSelesai(IDocumentStore store, KinerjaMetrics metrics, ILogger<CatatSiklusSelesai> logger)
    : IdempotentConsumer<SiklusSelesai>(store, metrics, logger)
{
    protected override async Task ApplyAsync(SiklusSelesai message, IDocumentSession session, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Penilaian>(message.SkpId, ct);
        var penilaian = stream.Aggregate
            ?? throw new InvalidOperationException($"Assessment of plan {message.SkpId} not opened yet; SkpDisepakati has not arrived.");
        stream.AppendMany(penilaian.CatatSiklusSelesai(message.SiklusId));
    }
}
