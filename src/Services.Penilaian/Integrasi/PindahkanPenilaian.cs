namespace Kinerja.Penilaian.Integrasi;

using System.Linq.Expressions;
using Kinerja.Contracts;
using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Penilaian.Penilaian;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;

/// <summary>A move to another school: assessments not yet finalised go with the pegawai, for the new principal to rate; finalised ones stay.</summary>
public sealed class PindahkanPenilaian(IDocumentStore store, KinerjaMetrics metrics, ILogger<PindahkanPenilaian> logger)
    : PindahkanYangBelumSelesai<Penilaian>(store, metrics, logger)
{
    protected override Expression<Func<Penilaian, bool>> BelumSelesai(string pegawaiId, string npsnBaru) =>
        p => p.PegawaiId == pegawaiId && p.Status != StatusPenilaian.Ditetapkan && p.Npsn != npsnBaru;

    protected override (Guid Stream, object Event) Pindahkan(Penilaian p, PegawaiDimutasi mutasi, string? wilayahBaru) =>
        (p.Id, new PenilaianDipindahkan(p.Id, p.Npsn, mutasi.NpsnBaru, wilayahBaru ?? p.Wilayah, mutasi.BerlakuSejak));
}
