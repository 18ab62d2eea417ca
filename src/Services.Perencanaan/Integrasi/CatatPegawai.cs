namespace Kinerja.Perencanaan.Integrasi;

using Kinerja.Contracts;
using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Perencanaan.Skp;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;

/// <summary>
/// A move to another school: the pegawai's plans not yet agreed go with them, to be agreed by the new
/// school's principal (domain.md §3: mutasi changes the rater from then on). Agreed plans stay where they were agreed.
/// </summary>
public sealed class PindahkanSkp(IDocumentStore store, KinerjaMetrics metrics, ILogger<PindahkanSkp> logger)
    : IdempotentConsumer<PegawaiDimutasi>(store, metrics, logger)
{
    protected override async Task ApplyAsync(PegawaiDimutasi message, IDocumentSession session, CancellationToken ct)
    {
        var id = IdPegawai.Dari(message.PegawaiId, message.Nip);
        if (await session.LoadAsync<PegawaiLokal>(id, ct) is { } pegawai && pegawai.DiperbaruiPada <= message.OccurredAt)
        {
            session.Store(pegawai with { Npsn = message.NpsnBaru, DiperbaruiPada = message.OccurredAt });
        }

        var rencana = await session.Query<Skp>()
            .Where(s => s.PegawaiId == id && s.Status != StatusSkp.Disepakati && s.Npsn != message.NpsnBaru)
            .ToListAsync(ct);
        foreach (var skp in rencana)
        {
            session.Events.Append(skp.Id, new SkpDipindahkan(skp.Id, skp.Npsn, message.NpsnBaru, message.BerlakuSejak));
        }
    }
}
