namespace Kinerja.Perencanaan.Integrasi;

using System.Linq.Expressions;
using Kinerja.Contracts;
using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Perencanaan.Skp;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;

/// <summary>
/// A move to another school: the pegawai's plans not yet agreed go with them, to be agreed by the new school's
/// principal; agreed plans stay where they were agreed. The pegawai's school is kept too, for the plans they start next.
/// </summary>
public sealed class PindahkanSkp(IDocumentStore store, KinerjaMetrics metrics, ILogger<PindahkanSkp> logger)
    : PindahkanYangBelumSelesai<Skp>(store, metrics, logger)
{
    protected override async Task CatatAsync(string pegawaiId, PegawaiDimutasi mutasi, IDocumentSession session, CancellationToken ct)
    {
        if (await session.LoadAsync<PegawaiLokal>(pegawaiId, ct) is { } pegawai && pegawai.DiperbaruiPada <= mutasi.OccurredAt)
        {
            session.Store(pegawai with { Npsn = mutasi.NpsnBaru, DiperbaruiPada = mutasi.OccurredAt });
        }
    }

    protected override Expression<Func<Skp, bool>> BelumSelesai(string pegawaiId, string npsnBaru) =>
        s => s.PegawaiId == pegawaiId && s.Status != StatusSkp.Disepakati && s.Npsn != npsnBaru;

    protected override (Guid Stream, object Event) Pindahkan(Skp s, PegawaiDimutasi mutasi, string? wilayahBaru) =>
        (s.Id, new SkpDipindahkan(s.Id, s.Npsn, mutasi.NpsnBaru, mutasi.BerlakuSejak));
}
