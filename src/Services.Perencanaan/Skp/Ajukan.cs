namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Periode;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Problems;

/// <summary>
/// <c>POST …/skp/{id}/ajukan</c>: the owner submits a complete draft (or a returned plan) in its window, for its
/// rater to agree. In a school led by a Plt, the Plt agrees as a principal does: no seed and no PMM guide we found
/// says a plan there is agreed on submission, as an earlier version did (domain.md §4).
/// </summary>
public static class Ajukan
{
    public static void Map(RouteGroupBuilder skp) =>
        skp.MapPost("/{id:guid}/ajukan", (Guid id, CommandPipeline pipeline, CurrentUser user, Jendela jendela, AturanKaskade kaskade,
                CancellationToken ct) =>
            pipeline.RunAsync<Skp, (Pelaku Pelaku, PenugasanKepala? Kepala, IReadOnlyList<Skp> RencanaKepala)>("ajukan-skp", id,
                async (skp, c) =>
                {
                    var pelaku = await Akses.UntukMenulisAsync(skp.Milik(), user, pipeline.Session, c);
                    // who heads the school and the principals' plans, in one round trip
                    var batch = pipeline.Session.CreateBatchQuery();
                    var kepala = batch.Load<KepalaSekolahLokal>(skp.Npsn);
                    var rencanaKepala = KaskadeRhk.RencanaKepala(skp, batch);
                    await batch.Execute(c);
                    return (pelaku, (await kepala)?.Pada(user.HariIni), await rencanaKepala);
                },
                (skp, a) => Decide(skp, a.Pelaku, jendela.Untuk(skp.Tahun), a.Kepala, a.RencanaKepala, kaskade), ct));

    /// <param name="kepala">Who heads the owner's school today, if anyone: a Plt's school may have no principal's plan.</param>
    /// <param name="rencanaKepala">The plans of the school's principals for the period, whose RHK a teacher's RHK name.</param>
    public static IReadOnlyList<object> Decide(Skp skp, Pelaku pelaku, JendelaTahun jendela, PenugasanKepala? kepala,
        IReadOnlyList<Skp> rencanaKepala, AturanKaskade kaskade)
    {
        pelaku.Wajib(Pelaku.Pemilik);
        jendela.WajibUntukMenulis(skp.Penyesuaian);
        if (skp.Status is not (StatusSkp.Draf or StatusSkp.Dikembalikan))
        {
            throw new KonflikException($"SKP berstatus {skp.Status} tidak dapat diajukan.");
        }

        if (skp.BagianKosong() is { Count: > 0 } kosong)
        {
            throw new KonflikException($"SKP belum lengkap; isi dahulu: {string.Join(", ", kosong)}.");
        }

        KaskadeRhk.WajibUntukAjukan(skp, rencanaKepala, KaskadeRhk.Wajib(kaskade, kepala, rencanaKepala));
        return [new SkpDiajukan(skp.Id)];
    }
}
