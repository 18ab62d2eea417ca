namespace Kinerja.Penilaian.Penilaian;

using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Penilaian.Penilaian;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;
using Marten;

/// <summary>The predikat and angka kredit that finalising would fix now (nothing is stored).</summary>
public sealed record PratinjauPredikat(Rating HasilKerja, Rating PerilakuKerja, PredikatKinerja Predikat, decimal? AngkaKredit, decimal? Koefisien, int Bulan);

/// <summary>
/// <c>POST /api/penilaian/{id}/tetapkan</c>: the rater finalises a rated assessment; the predikat comes from
/// the matrix and the angka kredit from the jenjang (<see cref="MatriksPredikat"/>), and the result is published.
/// <c>GET …/pratinjau</c> shows the rater the same result before finalising, from the same computation.
/// </summary>
public static class Tetapkan
{
    public static void Map(RouteGroupBuilder penilaian)
    {
        penilaian.MapPost("/{id:guid}/tetapkan", (Guid id, CommandPipeline pipeline, CurrentUser user, IConfiguration c, TimeProvider jam, CancellationToken ct) =>
                pipeline.RunAsync<Penilaian, PegawaiLokal>("tetapkan", id, (p, c2) => PenilaianAkses.UntukMenilaiAsync(p, user, pipeline.Session, c2),
                    (p, pegawai) => Decide(p, pegawai, Periode.Bulan(c, p.Tahun), user.PegawaiId, jam.GetUtcNow()), ct))
            .Perintah<Penilaian>().WithSummary("Finalise: predikat from the matrix, angka kredit from the jenjang");
        penilaian.MapGet("/{id:guid}/pratinjau", async (Guid id, IQuerySession session, CurrentUser user, IConfiguration c, TimeProvider jam, CancellationToken ct) =>
            {
                var p = await session.LoadAsync<Penilaian>(id, ct) ?? throw new TidakDitemukanException();
                var pegawai = await PenilaianAkses.UntukMenilaiAsync(p, user, session, ct);
                var h = Pratinjau(p, pegawai, Periode.Bulan(c, p.Tahun), user.PegawaiId, jam.GetUtcNow());
                return TypedResults.Ok(new PratinjauPredikat(h.HasilKerja, h.PerilakuKerja, h.Predikat, h.AngkaKredit, h.Koefisien, h.Bulan));
            })
            .WithSummary("The rater's preview: the predikat and angka kredit that tetapkan would fix now, from the same matrix; nothing is stored");
    }

    public static IReadOnlyList<object> Decide(Penilaian p, PegawaiLokal pegawai, int bulan, string penilaiNip, DateTimeOffset kini) =>
        [Pratinjau(p, pegawai, bulan, penilaiNip, kini)];

    /// <summary>What finalising would fix now.</summary>
    public static PredikatDitetapkan Pratinjau(Penilaian p, PegawaiLokal pegawai, int bulan, string penilaiNip, DateTimeOffset kini)
    {
        Wajib(p);
        return p.Hitung(p.Nilai!.HasilKerja, p.Nilai.PerilakuKerja, pegawai, bulan, penilaiNip, kini, 0, null);
    }

    /// <summary>Only a rated assessment that is not final yet is finalised.</summary>
    public static void Wajib(Penilaian p)
    {
        if (p.Status != StatusPenilaian.Dinilai)
        {
            throw new KonflikException(p.Status == StatusPenilaian.Ditetapkan
                ? "Penilaian sudah ditetapkan; perubahan hanya melalui koreksi."
                : "Belum dinilai: isi nilai hasil kerja dan perilaku kerja dahulu.");
        }
    }
}
