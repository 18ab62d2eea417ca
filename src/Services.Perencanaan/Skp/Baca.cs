namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Problems;

/// <summary>
/// <c>POST …/skp/{id}/dibaca</c>: the owner acknowledges the agreed plan ("Saya telah membaca"), as the printed SKP
/// shows with the time. Only the owner, only an agreed plan, in any window: reading is not planning. Once per
/// agreement: saying it again changes nothing, and a plan agreed again after the July adjustment asks again.
/// </summary>
public static class Baca
{
    public static void Map(RouteGroupBuilder skp) =>
        skp.MapPost("/{id:guid}/dibaca", (Guid id, CommandPipeline pipeline, CurrentUser user, CancellationToken ct) =>
            pipeline.RunAsync<Skp, Pelaku>("baca-skp", id, (skp, c) => Akses.UntukMenulisAsync(skp.Milik(), user, pipeline.Session, c),
                (skp, pelaku) => Decide(skp, pelaku), ct));

    public static IReadOnlyList<object> Decide(Skp skp, Pelaku pelaku)
    {
        if (pelaku != Pelaku.Pemilik)
        {
            throw new TerlarangException("Hanya pemilik SKP yang menyatakan telah membacanya.");
        }

        if (skp.Status != StatusSkp.Disepakati)
        {
            throw new KonflikException($"Hanya SKP yang Disepakati yang dinyatakan telah dibaca; SKP ini {skp.Status}.");
        }

        return skp.Dibaca ? [] : [new SkpDibaca(skp.Id)];
    }
}
