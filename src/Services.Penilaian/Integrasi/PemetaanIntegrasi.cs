namespace Kinerja.Penilaian.Integrasi;

using JasperFx.Events;
using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Messaging;

/// <summary>The system's main output: every finalisation and correction, as PredikatKinerjaDitetapkan.</summary>
public sealed class PemetaanIntegrasi : IIntegrationEventMap
{
    public IReadOnlyList<Type> EventTypes { get; } = [typeof(Penilaian.PredikatDitetapkan)];

    public IIntegrationEvent? Map(IEvent committed) => committed.Data is Penilaian.PredikatDitetapkan e
        ? new PredikatKinerjaDitetapkan
        {
            EventId = committed.Id,
            OccurredAt = committed.Timestamp,
            PenilaianId = e.PenilaianId,
            Nip = IdPegawai.NipDari(e.PegawaiId, e.NipAsn),
            PegawaiId = e.PegawaiId,
            Nama = e.Nama,
            Tahun = e.Tahun,
            Npsn = e.Npsn,
            Wilayah = e.Wilayah,
            HasilKerja = e.HasilKerja.ToString(),
            PerilakuKerja = e.PerilakuKerja.ToString(),
            Predikat = e.Predikat.ToString(),
            AngkaKredit = e.AngkaKredit is { } ak ? TigaDesimal(ak) : null,
            Koefisien = e.Koefisien is { } k ? TigaDesimal(k) : null,
            StatusKepegawaian = e.StatusKepegawaian,
            PenilaiNip = e.PenilaiId,
            DitetapkanPada = e.DitetapkanPada,
            KoreksiKe = e.KoreksiKe,
        }
        : null;

    /// <summary>
    /// One fixed form on the wire (docs/events.md): MassTransit writes a decimal as it is scaled, so 25 went
    /// out as "25" and 37.5 as "37.50". Rounded to three places, then given exactly three: "37.500".
    /// </summary>
    public static decimal TigaDesimal(decimal nilai) => Math.Round(nilai, 3, MidpointRounding.AwayFromZero) + 0.000m;
}
