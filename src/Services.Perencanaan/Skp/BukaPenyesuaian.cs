namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Periode;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Problems;

/// <summary>
/// <c>POST …/skp/{id}/buka-penyesuaian</c>: an agreed plan is reopened as a draft, by its owner or rater,
/// only inside the adjustment window (domain.md §4); it is then written and agreed again there.
/// </summary>
public static class BukaPenyesuaian
{
    public static void Map(RouteGroupBuilder skp) =>
        skp.MapPost("/{id:guid}/buka-penyesuaian", (Guid id, CommandPipeline pipeline, CurrentUser user, Jendela jendela, CancellationToken ct) =>
            pipeline.RunAsync<Skp, Pelaku>("buka-penyesuaian", id, (skp, c) => Akses.UntukMenulisAsync(skp.Milik(), user, pipeline.Session, c),
                (skp, pelaku) => Decide(skp, pelaku, jendela.Untuk(skp.Tahun)), ct));

    public static IReadOnlyList<object> Decide(Skp skp, Pelaku pelaku, JendelaTahun jendela)
    {
        // the write access already narrows it to these two; said here, so the rule reads whole in one place
        if (pelaku is not (Pelaku.Pemilik or Pelaku.Penilai))
        {
            throw new TerlarangException("Hanya pemilik SKP atau penilainya yang dapat membukanya untuk penyesuaian.");
        }

        jendela.Wajib("penyesuaian", jendela.Penyesuaian);
        return skp.Status == StatusSkp.Disepakati
            ? [new PenyesuaianDibuka(skp.Id)]
            : throw new KonflikException($"Hanya SKP yang Disepakati dapat dibuka untuk penyesuaian; SKP ini {skp.Status}.");
    }
}
