namespace Kinerja.Kepegawaian.Pegawai;

using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;
using MassTransit;
using Microsoft.Extensions.Logging;

/// <summary>Keeps <see cref="PegawaiLokal"/> from <c>PegawaiTerverifikasi</c>; an older message never overwrites a newer one.</summary>
public sealed class CatatPegawaiTerverifikasi(IDocumentStore store, KinerjaMetrics metrics, ILogger<CatatPegawaiTerverifikasi> logger)
    : IdempotentConsumer<PegawaiTerverifikasi>(store, metrics, logger)
{
    protected override async Task ApplyAsync(PegawaiTerverifikasi message, IDocumentSession session, CancellationToken ct)
    {
        var id = IdPegawai.Dari(message.PegawaiId, message.Nip);
        var kini = await session.LoadAsync<PegawaiLokal>(id, ct);
        if (kini is not null && kini.DiperbaruiPada > message.OccurredAt)
        {
            return;
        }

        session.Store(new PegawaiLokal
        {
            Id = id,
            Nip = message.Nip,
            StatusKepegawaian = message.StatusKepegawaian,
            Nama = message.Nama,
            Jenjang = message.Jenjang,
            Npsn = message.Npsn,
            Wilayah = message.Wilayah,
            DiperbaruiPada = message.OccurredAt,
        });
    }
}

public static class PegawaiLokalExtensions
{
    public static void AddPegawaiLokal(this IBusRegistrationConfigurator bus) => bus.AddConsumer<CatatPegawaiTerverifikasi>();

    public static void AddPegawaiLokal(this StoreOptions options) =>
        options.Schema.For<PegawaiLokal>().Index(p => p.Npsn).Index(p => p.Wilayah);
}
