namespace Kinerja.Observasi.Integrasi;

using Kinerja.Contracts;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Observasi.Siklus;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;

/// <summary>
/// A move to another school (domain.md §3: mutasi changes the rater from then on): the teacher's cycles not
/// yet complete go with them, so the former principal no longer takes the rater's steps. Completed cycles stay.
/// </summary>
public sealed class PindahkanSiklus(IDocumentStore store, KinerjaMetrics metrics, ILogger<PindahkanSiklus> logger)
    : IdempotentConsumer<PegawaiDimutasi>(store, metrics, logger)
{
    protected override async Task ApplyAsync(PegawaiDimutasi message, IDocumentSession session, CancellationToken ct)
    {
        var id = IdPegawai.Dari(message.PegawaiId, message.Nip);
        var wilayahBaru = (await session.LoadAsync<KepalaSekolahLokal>(message.NpsnBaru, ct))?.Wilayah;
        var terbuka = await session.Query<Siklus>()
            .Where(s => s.PegawaiId == id && s.Tahap != Tahap.Selesai && s.Npsn != message.NpsnBaru)
            .ToListAsync(ct);
        foreach (var siklus in terbuka)
        {
            session.Events.Append(siklus.Id, new SiklusDipindahkan(siklus.Id, siklus.Npsn, message.NpsnBaru, wilayahBaru ?? siklus.Wilayah, message.BerlakuSejak));
        }
    }
}
