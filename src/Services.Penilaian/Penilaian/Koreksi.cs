namespace Kinerja.Penilaian.Penilaian;

using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Penilaian.Penilaian;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;

public sealed record IsiKoreksi(Rating? HasilKerja, Rating? PerilakuKerja, string? Alasan);

/// <summary>
/// <c>POST /api/penilaian/{id}/koreksi</c>: a finalised assessment is never overwritten; the rater corrects it
/// with a reason, as a new result with <c>koreksiKe</c> + 1, published again (domain.md §6).
/// </summary>
public static class Koreksi
{
    public static void Map(RouteGroupBuilder penilaian) =>
        penilaian.MapPost("/{id:guid}/koreksi", (Guid id, IsiKoreksi body, CommandPipeline pipeline, CurrentUser user, IConfiguration c, TimeProvider jam,
                CancellationToken ct) =>
            pipeline.RunAsync<Penilaian, PegawaiLokal>("koreksi", id, (p, c2) => PenilaianAkses.UntukMenilaiAsync(p, user, pipeline.Session, c2),
                (p, pegawai) => Decide(p, pegawai, Validasi(body), Periode.Bulan(c, p.Tahun), user.PegawaiId, jam.GetUtcNow()), ct))
        .Perintah<Penilaian>().WithSummary("Correct a finalised assessment (reason required); republished with koreksiKe + 1");

    public sealed record Isi(Rating HasilKerja, Rating PerilakuKerja, string Alasan);

    public static Isi Validasi(IsiKoreksi body)
    {
        var v = new Validation();
        var hasil = v.Required("hasilKerja", body.HasilKerja);
        var perilaku = v.Required("perilakuKerja", body.PerilakuKerja);
        var alasan = v.Text("alasan", body.Alasan, 2000);
        v.ThrowIfAny();
        return new Isi(hasil, perilaku, alasan);
    }

    public static IReadOnlyList<object> Decide(Penilaian p, PegawaiLokal pegawai, Isi isi, int bulan, string penilaiNip, DateTimeOffset kini)
    {
        Wajib(p);
        return [p.Hitung(isi.HasilKerja, isi.PerilakuKerja, pegawai, bulan, penilaiNip, kini, p.Hasil!.KoreksiKe + 1, isi.Alasan)];
    }

    /// <summary>Only a finalised assessment is corrected; before that its rating is changed.</summary>
    public static void Wajib(Penilaian p)
    {
        if (p.Status != StatusPenilaian.Ditetapkan)
        {
            throw new KonflikException("Hanya penilaian yang sudah ditetapkan yang dikoreksi; sebelum itu ubah nilainya.");
        }
    }
}
