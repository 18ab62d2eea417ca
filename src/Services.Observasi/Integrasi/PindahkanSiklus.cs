namespace Kinerja.Observasi.Integrasi;

using System.Linq.Expressions;
using Kinerja.Contracts;
using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Observasi.Siklus;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;

/// <summary>A move to another school: the teacher's cycles not yet complete go with them; completed cycles stay.</summary>
public sealed class PindahkanSiklus(IDocumentStore store, KinerjaMetrics metrics, ILogger<PindahkanSiklus> logger)
    : PindahkanYangBelumSelesai<Siklus>(store, metrics, logger)
{
    protected override Expression<Func<Siklus, bool>> BelumSelesai(string pegawaiId, string npsnBaru) =>
        s => s.PegawaiId == pegawaiId && s.Tahap != Tahap.Selesai && s.Npsn != npsnBaru;

    protected override (Guid Stream, object Event) Pindahkan(Siklus s, PegawaiDimutasi mutasi, string? wilayahBaru) =>
        (s.Id, new SiklusDipindahkan(s.Id, s.Npsn, mutasi.NpsnBaru, wilayahBaru ?? s.Wilayah, mutasi.BerlakuSejak));
}
