namespace Kinerja.Penilaian.Penilaian;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;

/// <summary>
/// <c>POST /api/penilaian/{id}/dibaca</c>: the pegawai acknowledges the result ("Saya telah membaca"), as the printed
/// result shows with the time. Only the owner, only a finalised result. Once per result: saying it again changes
/// nothing, and a correction (a new result) asks again.
/// </summary>
public static class BacaHasil
{
    public static void Map(RouteGroupBuilder penilaian) =>
        penilaian.MapPost("/{id:guid}/dibaca", (Guid id, CommandPipeline pipeline, CurrentUser user, CancellationToken ct) =>
                pipeline.RunAsync<Penilaian, Pelaku>("baca-hasil", id, (p, c) => Akses.UntukMenulisAsync(p.Milik(), user, pipeline.Session, c),
                    Decide, ct))
            .Perintah<Penilaian>().WithSummary("The pegawai acknowledges the finalised result (Saya telah membaca)");

    public static IReadOnlyList<object> Decide(Penilaian p, Pelaku pelaku)
    {
        if (pelaku != Pelaku.Pemilik)
        {
            throw new TerlarangException("Hanya pegawai yang dinilai yang menyatakan telah membaca hasil penilaiannya.");
        }

        if (p.Status != StatusPenilaian.Ditetapkan)
        {
            throw new KonflikException("Hasil penilaian belum ditetapkan: belum ada yang dibaca.");
        }

        return p.DibacaKoreksiKe == p.Hasil!.KoreksiKe ? [] : [new HasilDibaca(p.Id, p.Hasil.KoreksiKe)];
    }
}
