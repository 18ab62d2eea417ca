namespace Kinerja.Perencanaan.Integrasi;

using JasperFx.Events;
using Kinerja.Contracts;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Messaging;

/// <summary>What Perencanaan tells the other services: agreed plans.</summary>
public sealed class PemetaanIntegrasi : IIntegrationEventMap
{
    public IReadOnlyList<Type> EventTypes { get; } = [typeof(Skp.SkpDisepakati)];

    public IIntegrationEvent? Map(IEvent committed) => committed.Data switch
    {
        Skp.SkpDisepakati e => new SkpDisepakati
        {
            EventId = committed.Id,
            OccurredAt = committed.Timestamp,
            SkpId = e.SkpId,
            Nip = IdPegawai.NipDari(e.PegawaiId, e.NipAsn),
            PegawaiId = e.PegawaiId,
            StatusKepegawaian = e.StatusKepegawaian,
            Tahun = e.Tahun,
            Npsn = e.Npsn,
            PenilaiNip = e.PenilaiId,
            PraktikKinerja = e.PraktikKinerja,
            Kompetensi = e.Kompetensi,
            PerilakuKerja = e.PerilakuKerja,
            Wilayah = e.Wilayah,
            HasilKerja = e.HasilKerja?.Select(r => new RhkDisepakati(r.Kode, r.Indikator, r.Target, r.Aspek, r.Perspektif, r.Intervensi?.SkpId,
                r.Intervensi?.Kode)).ToList(),
            EkspektasiKhusus = e.EkspektasiKhusus,
            Peran = e.Peran switch
            {
                PeranPemilik.KepalaSekolah => "kepala-sekolah",
                PeranPemilik.Guru => "guru",
                _ => null,
            },
        },
        _ => null,
    };
}
