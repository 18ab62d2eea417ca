namespace Kinerja.DataPegawai.Integrasi;

using JasperFx.Events;
using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Messaging;

/// <summary>Which of DataPegawai's committed events other services hear about, and in what words.</summary>
public sealed class PemetaanIntegrasi : IIntegrationEventMap
{
    public IReadOnlyList<Type> EventTypes { get; } = [typeof(Sekolah.KepalaSekolahDitugaskan), typeof(Sekolah.PenilaiKsDitugaskan), typeof(Pegawai.PegawaiTerverifikasi), typeof(Pegawai.PegawaiDimutasi)];

    public IIntegrationEvent? Map(IEvent committed) => committed.Data switch
    {
        Sekolah.KepalaSekolahDitugaskan e => new KepalaSekolahDitugaskan
        {
            EventId = committed.Id,
            OccurredAt = committed.Timestamp,
            Npsn = e.Npsn,
            Nip = e.PegawaiId,
            Plt = e.Plt,
            BerlakuSejak = e.BerlakuSejak,
            Wilayah = e.Wilayah,
        },
        Sekolah.PenilaiKsDitugaskan e => new PenilaiKepalaSekolahDitugaskan
        {
            EventId = committed.Id,
            OccurredAt = committed.Timestamp,
            Npsn = e.Npsn,
            PenilaiNip = e.PenilaiId,
            BerlakuSejak = e.BerlakuSejak,
            Wilayah = e.Wilayah,
        },
        Pegawai.PegawaiTerverifikasi e => new PegawaiTerverifikasi
        {
            EventId = committed.Id,
            OccurredAt = committed.Timestamp,
            Nip = IdPegawai.NipDari(e.PegawaiId, e.NipAsn),
            PegawaiId = e.PegawaiId,
            Nama = e.Nama,
            Jenjang = e.Jenjang,
            StatusKepegawaian = e.StatusKepegawaian,
            Npsn = e.Npsn,
            Wilayah = e.Wilayah,
        },
        Pegawai.PegawaiDimutasi e => new PegawaiDimutasi
        {
            EventId = committed.Id,
            OccurredAt = committed.Timestamp,
            Nip = IdPegawai.NipDari(e.PegawaiId, e.NipAsn),
            PegawaiId = e.PegawaiId,
            StatusKepegawaian = e.StatusKepegawaian,
            NpsnLama = e.NpsnLama,
            NpsnBaru = e.NpsnBaru,
            BerlakuSejak = e.BerlakuSejak,
        },
        _ => null,
    };
}
