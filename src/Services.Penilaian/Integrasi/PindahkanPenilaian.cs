namespace Kinerja.Penilaian.Integrasi;

using Kinerja.Contracts;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Penilaian.Penilaian;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;

/// <summary>
/// A move to another school: assessments not yet finalised go with the pegawai, so the former principal
/// can no longer rate them; the new school's principal does (domain.md §3). Finalised ones stay as they were.
/// </summary>
public sealed class PindahkanPenilaian(IDocumentStore store, KinerjaMetrics metrics, ILogger<PindahkanPenilaian> logger)
    : IdempotentConsumer<PegawaiDimutasi>(store, metrics, logger)
{
    protected override async Task ApplyAsync(PegawaiDimutasi message, IDocumentSession session, CancellationToken ct)
    {
        var id = IdPegawai.Dari(message.PegawaiId, message.Nip);
        var wilayahBaru = (await session.LoadAsync<KepalaSekolahLokal>(message.NpsnBaru, ct))?.Wilayah;
        var terbuka = await session.Query<Penilaian>()
            .Where(p => p.PegawaiId == id && p.Status != StatusPenilaian.Ditetapkan && p.Npsn != message.NpsnBaru)
            .ToListAsync(ct);
        foreach (var penilaian in terbuka)
        {
            session.Events.Append(penilaian.Id,
                new PenilaianDipindahkan(penilaian.Id, penilaian.Npsn, message.NpsnBaru, wilayahBaru ?? penilaian.Wilayah, message.BerlakuSejak));
        }
    }
}
