namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Periode;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Problems;

/// <summary>
/// <c>POST …/skp/{id}/ajukan</c>: the owner submits a complete draft (or a returned plan) in its window.
/// A teacher's plan in a school led only by a Plt is agreed on submission by the Plt in force today,
/// unless it is the Plt's own plan: nobody agrees their own (domain.md §4).
/// </summary>
public static class Ajukan
{
    public static void Map(RouteGroupBuilder skp) =>
        skp.MapPost("/{id:guid}/ajukan", (Guid id, CommandPipeline pipeline, CurrentUser user, Jendela jendela, AturanKaskade kaskade,
                CancellationToken ct) =>
            pipeline.RunAsync<Skp, (Pelaku Pelaku, PenugasanKepala? Kepala, IReadOnlyList<Skp> RencanaKepala, PegawaiLokal? Pegawai)>("ajukan-skp", id,
                async (skp, c) =>
                    (await Akses.UntukMenulisAsync(skp.Milik(), user, pipeline.Session, c),
                        (await pipeline.Session.LoadAsync<KepalaSekolahLokal>(skp.Npsn, c))?.Pada(user.HariIni),
                        await KaskadeRhk.RencanaKepalaAsync(skp, pipeline.Session, c),
                        await pipeline.Session.LoadAsync<PegawaiLokal>(skp.PegawaiId, c)),
                (skp, a) => Decide(skp, a.Pelaku, jendela.Untuk(skp.Tahun), a.Kepala, a.RencanaKepala, kaskade, a.Pegawai), ct));

    /// <param name="kepala">Who heads the owner's school today, if anyone.</param>
    /// <param name="rencanaKepala">The plans of the school's principals for the period, whose RHK a teacher's RHK name.</param>
    /// <param name="pegawai">The owner as DataPegawai last said, for an agreement on submission.</param>
    public static IReadOnlyList<object> Decide(Skp skp, Pelaku pelaku, JendelaTahun jendela, PenugasanKepala? kepala,
        IReadOnlyList<Skp> rencanaKepala, AturanKaskade kaskade, PegawaiLokal? pegawai = null)
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

        KaskadeRhk.WajibUntukAjukan(skp, rencanaKepala, kaskade);

        return kepala is { Plt: true } plt && plt.PegawaiId != skp.PegawaiId && skp.Peran == PeranPemilik.Guru
            ? [new SkpDiajukan(skp.Id), skp.Disepakati(plt.PegawaiId, otomatis: true, pegawai)]
            : [new SkpDiajukan(skp.Id)];
    }
}
