namespace Kinerja.Kepegawaian.Sekolah;

using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;
using Microsoft.Extensions.Logging;

/// <summary>Keeps <see cref="PenilaiSekolahLokal"/> current from DataPegawai's assignments of penilai-ks.</summary>
public sealed class CatatPenilaiSekolah(IDocumentStore store, KinerjaMetrics metrics, ILogger<CatatPenilaiSekolah> logger)
    : IdempotentConsumer<PenilaiKepalaSekolahDitugaskan>(store, metrics, logger)
{
    protected override async Task ApplyAsync(PenilaiKepalaSekolahDitugaskan message, IDocumentSession session, CancellationToken ct)
    {
        var current = await session.LoadAsync<PenilaiSekolahLokal>(message.Npsn, ct);
        if (current is not null && current.DitugaskanPada > message.OccurredAt)
        {
            return;
        }

        session.Store(new PenilaiSekolahLokal
        {
            Id = message.Npsn,
            PegawaiId = message.PenilaiNip,
            BerlakuSejak = message.BerlakuSejak,
            Wilayah = message.Wilayah,
            DitugaskanPada = message.OccurredAt,
            Sebelumnya = current is null || current.PegawaiId == message.PenilaiNip
                ? current?.Sebelumnya
                : new PenugasanPenilai(current.PegawaiId, current.BerlakuSejak),
        });
    }
}
