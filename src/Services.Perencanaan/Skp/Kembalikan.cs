namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Periode;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Problems;

public sealed record Pengembalian(string? Catatan);

/// <summary>
/// <c>POST …/skp/{id}/kembalikan</c> <c>{ "catatan" }</c>: the rater returns a submitted plan with a note the
/// owner reads; the owner fixes it and submits again.
/// </summary>
public static class Kembalikan
{
    public static void Map(RouteGroupBuilder skp) =>
        skp.MapPost("/{id:guid}/kembalikan", (Guid id, Pengembalian body, CommandPipeline pipeline, CurrentUser user, Jendela jendela, CancellationToken ct) =>
            pipeline.RunAsync<Skp, Pelaku>("kembalikan-skp", id, (skp, c) => Akses.UntukMenulisAsync(skp.Milik(), user, pipeline.Session, c),
                (skp, pelaku) => Decide(skp, pelaku, jendela.Untuk(skp.Tahun), Validasi(body)), ct));

    public static string Validasi(Pengembalian body)
    {
        var validasi = new Validation();
        var catatan = validasi.Text("catatan", body.Catatan, 2000);
        validasi.ThrowIfAny();
        return catatan;
    }

    public static IReadOnlyList<object> Decide(Skp skp, Pelaku pelaku, JendelaTahun jendela, string catatan)
    {
        pelaku.Wajib(Pelaku.Penilai);
        jendela.WajibUntukMenulis(skp.Penyesuaian);
        return skp.Status == StatusSkp.Diajukan
            ? [new SkpDikembalikan(skp.Id, catatan)]
            : throw new KonflikException($"Hanya SKP yang Diajukan dapat dikembalikan; SKP ini {skp.Status}.");
    }
}
