namespace Kinerja.Observasi.Siklus;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;

/// <summary>
/// <c>POST …/siklus/{id}/refleksi/konfirmasi</c>: the rater acknowledges the reflection and the cycle is
/// complete; its rubric goes to Penilaian (<c>SiklusSelesai</c>).
/// </summary>
public static class KonfirmasiRefleksi
{
    public static void Map(RouteGroupBuilder siklus) =>
        siklus.MapPost("/{id:guid}/refleksi/konfirmasi", (Guid id, CommandPipeline p, CurrentUser u, CancellationToken ct) =>
            Langkah.JalankanAsync("konfirmasi-refleksi", id, p, u, (s, pelaku) => Decide(s, pelaku, u.PegawaiId), ct))
        .Perintah<Siklus>().WithSummary("The rater acknowledges the refleksi: the cycle is complete");

    public static RefleksiDikonfirmasi Decide(Siklus siklus, Pelaku pelaku, string penilaiNip)
    {
        siklus.Wajib(Tahap.KonfirmasiRefleksi, pelaku);
        return new RefleksiDikonfirmasi(siklus.Id, siklus.SkpId, siklus.PegawaiId, siklus.Tahun, penilaiNip, siklus.Observasi!.Rubrik,
            siklus.NipAsn, siklus.StatusKepegawaian);
    }
}
