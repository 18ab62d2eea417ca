namespace Kinerja.Observasi.Siklus;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;

public sealed record IsiJadwal(DateTimeOffset? Jadwal);

/// <summary>
/// <c>POST …/siklus/{id}/jadwal</c>: the owner proposes another observation time while the observation has not been
/// done (a lesson cancelled, a sick day). The rater confirms it as they confirmed the first (<see cref="KonfirmasiJadwal"/>):
/// the cycle goes back to that confirmation. The event keeps the time it replaces, so the history holds both.
/// </summary>
public static class UbahJadwal
{
    public static void Map(RouteGroupBuilder siklus) =>
        siklus.MapPost("/{id:guid}/jadwal", (Guid id, IsiJadwal body, CommandPipeline p, CurrentUser u, TimeProvider jam, CancellationToken ct) =>
            Langkah.JalankanAsync("ubah-jadwal", id, p, u, (s, pelaku) => Decide(s, pelaku, Validasi(body), jam.GetUtcNow()), ct))
        .Perintah<Siklus>().WithSummary("The owner proposes another observation time; the rater confirms it again");

    public static DateTimeOffset Validasi(IsiJadwal body)
    {
        var v = new Validation();
        var jadwal = v.Required("jadwal", body.Jadwal);
        v.ThrowIfAny();
        return jadwal;
    }

    public static JadwalDiubah Decide(Siklus siklus, Pelaku pelaku, DateTimeOffset jadwal, DateTimeOffset kini)
    {
        if (pelaku != Pelaku.Pemilik)
        {
            throw new TerlarangException("Jadwal observasi diusulkan ulang oleh pemilik siklus; penilai mengonfirmasinya.");
        }

        // the time is set and the observation not yet done
        if (siklus.Tahap is not (Tahap.KonfirmasiJadwal or Tahap.Observasi) || siklus.Persiapan is null)
        {
            throw new KonflikException(siklus.Tahap == Tahap.Persiapan
                ? "Jadwal observasi belum diusulkan: isi diskusi persiapan."
                : "Observasi sudah dilakukan; jadwalnya tidak dapat diubah lagi.");
        }

        if (jadwal <= kini)
        {
            throw new ValidasiException("jadwal", "Jadwal observasi harus di masa depan.");
        }

        return new JadwalDiubah(siklus.Id, siklus.Persiapan!.Jadwal, jadwal);
    }
}
