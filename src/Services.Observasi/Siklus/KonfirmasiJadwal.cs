namespace Kinerja.Observasi.Siklus;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;

/// <summary><c>POST …/siklus/{id}/persiapan/konfirmasi</c>: the rater agrees the preparation and its observation time.</summary>
public static class KonfirmasiJadwal
{
    public static void Map(RouteGroupBuilder siklus) =>
        siklus.MapPost("/{id:guid}/persiapan/konfirmasi", (Guid id, CommandPipeline p, CurrentUser u, CancellationToken ct) =>
            Langkah.JalankanAsync("konfirmasi-jadwal", id, p, u, (s, pelaku) => Decide(s, pelaku, u.PegawaiId), ct))
        .Perintah<Siklus>().WithSummary("The rater confirms the observation schedule");

    public static JadwalDikonfirmasi Decide(Siklus siklus, Pelaku pelaku, string penilaiNip)
    {
        siklus.Wajib(Tahap.KonfirmasiJadwal, pelaku);
        return new JadwalDikonfirmasi(siklus.Id, penilaiNip);
    }
}
