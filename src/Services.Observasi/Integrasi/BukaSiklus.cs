namespace Kinerja.Observasi.Integrasi;

using Kinerja.Contracts;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Observasi.Katalog;
using Kinerja.Observasi.Siklus;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;

/// <summary>
/// An agreed plan opens its cycle, once: the cycle's stream id is the plan's id, so a second
/// <c>SkpDisepakati</c> for the same plan (a redelivery, or agreement again after an adjustment) finds it open.
/// </summary>
public sealed class BukaSiklus(IDocumentStore store, PerilakuFokus fokus, KinerjaMetrics metrics, ILogger<BukaSiklus> logger)
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
        var perilaku = fokus.Untuk(message.PraktikKinerja).Select(p => new PerilakuTarget(p.Kode, p.Nama)).ToList();
        session.Events.StartStream<Siklus>(message.SkpId, new SiklusDibuka(message.SkpId, message.SkpId, IdPegawai.Dari(message.PegawaiId, message.Nip), message.Tahun,
            message.Npsn, wilayah, message.PraktikKinerja, peran, perilaku, message.PenilaiNip, message.Nip, message.StatusKepegawaian));
    }
}
