namespace Kinerja.ServiceDefaults.Pengingat;

using JasperFx.Events;
using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Messaging;

/// <summary>The relay's translation of a recorded reminder, the same in every service that reminds (<see cref="PengingatExtensions.AddPengingat{TSumber}"/>).</summary>
public sealed class PemetaanPengingat : IIntegrationEventMap
{
    public IReadOnlyList<Type> EventTypes { get; } = [typeof(PengingatDibuat)];

    public IIntegrationEvent? Map(IEvent committed) => committed.Data is PengingatDibuat e
        ? new PengingatJatuhTempo
        {
            EventId = committed.Id,
            OccurredAt = committed.Timestamp,
            Kunci = e.Kunci,
            Jenis = e.Jenis,
            PenerimaId = e.PenerimaId,
            Judul = e.Judul,
            Isi = e.Isi,
            Tautan = e.Tautan,
            PemilikId = e.PemilikId,
        }
        : null;
}
