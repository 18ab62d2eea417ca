namespace Kinerja.Kepegawaian.Sekolah;

using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;
using Microsoft.Extensions.Logging;

/// <summary>Keeps <see cref="KepalaSekolahLokal"/> current from DataPegawai's assignments.</summary>
public sealed class CatatKepalaSekolah(IDocumentStore store, KinerjaMetrics metrics, ILogger<CatatKepalaSekolah> logger)
    : IdempotentConsumer<KepalaSekolahDitugaskan>(store, metrics, logger)
{
    protected override async Task ApplyAsync(KepalaSekolahDitugaskan message, IDocumentSession session, CancellationToken ct)
    {
        var current = await session.LoadAsync<KepalaSekolahLokal>(message.Npsn, ct);
        if (current is not null && current.DitugaskanPada > message.OccurredAt)
        {
            return;
        }

        session.Store(new KepalaSekolahLokal
        {
            Id = message.Npsn,
            PegawaiId = message.Nip,
            Plt = message.Plt,
            BerlakuSejak = message.BerlakuSejak,
            Wilayah = message.Wilayah,
            DitugaskanPada = message.OccurredAt,
            Sebelumnya = current is null || current.PegawaiId == message.Nip
                ? current?.Sebelumnya
                : new PenugasanKepala(current.PegawaiId, current.Plt, current.BerlakuSejak),
        });
    }
}
