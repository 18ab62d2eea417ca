using JasperFx.Events;
using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Messaging;
using Domain = Kinerja.Penilaian.Penilaian;

namespace Kinerja.Penilaian.Integrasi;

/// <summary>The system's main output: every finalisation and correction, as PredikatKinerjaDitetapkan.</summary>
public sealed class PemetaanIntegrasi : IIntegrationEventMap
{
    public IIntegrationEvent? Map(IEvent committed) => committed.Data is Domain.PredikatDitetapkan e
        ? new PredikatKinerjaDitetapkan
        {
            EventId = committed.Id,
            OccurredAt = committed.Timestamp,
            PenilaianId = e.PenilaianId,
            Nip = e.Nip,
            Nama = e.Nama,
            Tahun = e.Tahun,
            Npsn = e.Npsn,
            Wilayah = e.Wilayah,
            HasilKerja = e.HasilKerja.ToString(),
            PerilakuKerja = e.PerilakuKerja.ToString(),
            Predikat = e.Predikat.ToString(),
            AngkaKredit = e.AngkaKredit,
            Koefisien = e.Koefisien,
            PenilaiNip = e.PenilaiNip,
            DitetapkanPada = e.DitetapkanPada,
            KoreksiKe = e.KoreksiKe,
        }
        : null;
}
