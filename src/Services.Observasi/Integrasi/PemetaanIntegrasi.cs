namespace Kinerja.Observasi.Integrasi;

using JasperFx.Events;
using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Messaging;

/// <summary>What Observasi tells the other services: a completed cycle, with the rubric it ended on.</summary>
public sealed class PemetaanIntegrasi : IIntegrationEventMap
{
    public IReadOnlyList<Type> EventTypes { get; } = [typeof(Siklus.RefleksiDikonfirmasi)];

    public IIntegrationEvent? Map(IEvent committed) => committed.Data switch
    {
        Siklus.RefleksiDikonfirmasi e => new SiklusSelesai
        {
            EventId = committed.Id,
            OccurredAt = committed.Timestamp,
            SiklusId = e.SiklusId,
            SkpId = e.SkpId,
            Nip = IdPegawai.NipDari(e.PegawaiId, e.NipAsn),
            PegawaiId = e.PegawaiId,
            StatusKepegawaian = e.StatusKepegawaian,
            Tahun = e.Tahun,
            RingkasanRubrik = e.Rubrik.Select(r => new RingkasanRubrik(r.Perilaku, r.Level.ToString())).ToList(),
        },
        _ => null,
    };
}
