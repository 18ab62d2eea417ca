namespace Kinerja.Observasi.Siklus;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;

/// <summary>
/// <c>POST …/siklus/{id}/dibaca</c>: the teacher acknowledges the observation record ("Saya telah membaca"), as the
/// printed record shows with the time. Only the owner, once the observation is recorded: before, there is nothing to
/// read. Once: saying it again changes nothing.
/// </summary>
public static class BacaCatatan
{
    public static void Map(RouteGroupBuilder siklus) =>
        siklus.MapPost("/{id:guid}/dibaca", (Guid id, CommandPipeline p, CurrentUser u, CancellationToken ct) =>
            Langkah.JalankanBanyakAsync("baca-catatan-observasi", id, p, u, Decide, ct))
        .Perintah<Siklus>().WithSummary("The owner acknowledges the observation record (Saya telah membaca)");

    public static IReadOnlyList<object> Decide(Siklus siklus, Pelaku pelaku)
    {
        if (pelaku != Pelaku.Pemilik)
        {
            throw new TerlarangException("Hanya guru pemilik siklus yang menyatakan telah membaca catatan observasinya.");
        }

        if (siklus.Observasi is null)
        {
            throw new KonflikException("Catatan observasi belum ada: observasi belum dilakukan.");
        }

        return siklus.Dibaca ? [] : [new CatatanObservasiDibaca(siklus.Id)];
    }
}
