namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Periode;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Problems;

/// <summary>
/// <c>POST …/skp/{id}/setujui</c>: who may approve a plan, and when. Only its rater (<see cref="AturanAkses"/>:
/// the principal heading the owner's school since before the request, or for a principal's plan a penilai-ks of
/// the wilayah; never the owner), only a submitted plan, only in its window. The agreement carries what
/// Observasi and Penilaian need.
/// </summary>
public static class Setujui
{
    public static void Map(RouteGroupBuilder skp) =>
        skp.MapPost("/{id:guid}/setujui", (Guid id, CommandPipeline pipeline, CurrentUser user, Jendela jendela, CancellationToken ct) =>
            pipeline.RunAsync<Skp, (Pelaku Pelaku, PegawaiLokal? Pegawai)>("setujui-skp", id, async (skp, c) =>
                    (await Akses.UntukMenulisAsync(skp.Milik(), user, pipeline.Session, c), await pipeline.Session.LoadAsync<PegawaiLokal>(skp.PegawaiId, c)),
                (skp, a) => Decide(skp, a.Pelaku, jendela.Untuk(skp.Tahun), user.PegawaiId, a.Pegawai), ct));

    /// <param name="pegawai">The owner as DataPegawai last said: their NIP and status travel with the agreement.</param>
    public static IReadOnlyList<object> Decide(Skp skp, Pelaku pelaku, JendelaTahun jendela, string penilaiNip, PegawaiLokal? pegawai = null)
    {
        pelaku.Wajib(Pelaku.Penilai);
        jendela.WajibUntukMenulis(skp.Penyesuaian);
        return skp.Status == StatusSkp.Diajukan
            ? [skp.Disepakati(penilaiNip, otomatis: false, pegawai)]
            : throw new KonflikException($"Hanya SKP yang Diajukan dapat disepakati; SKP ini {skp.Status}.");
    }
}
