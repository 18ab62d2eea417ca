namespace Kinerja.Penilaian.Penilaian;

using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Penilaian.Penilaian;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;

public sealed record IsiNilai(Rating? HasilKerja, Rating? PerilakuKerja, string? UmpanBalik);

/// <summary>
/// <c>POST /api/penilaian/{id}/nilai</c>: the rater rates hasil kerja and perilaku kerja with feedback, once
/// the cycle is complete; changeable until finalised (domain.md §6).
/// </summary>
public static class Nilai
{
    public static void Map(RouteGroupBuilder penilaian) =>
        penilaian.MapPost("/{id:guid}/nilai", (Guid id, IsiNilai body, CommandPipeline pipeline, CurrentUser user, CancellationToken ct) =>
            pipeline.RunAsync<Penilaian, PegawaiLokal>("nilai", id, (p, c) => PenilaianAkses.UntukMenilaiAsync(p, user, pipeline.Session, c),
                (p, _) => Decide(p, Validasi(body), user.PegawaiId), ct))
        .Perintah<Penilaian>().WithSummary("Rate hasil kerja and perilaku kerja, with feedback (changeable until finalised)");

    public sealed record Isi(Rating HasilKerja, Rating PerilakuKerja, string UmpanBalik);

    public static Isi Validasi(IsiNilai body)
    {
        var v = new Validation();
        var hasil = v.Required("hasilKerja", body.HasilKerja);
        var perilaku = v.Required("perilakuKerja", body.PerilakuKerja);
        var umpanBalik = v.Text("umpanBalik", body.UmpanBalik, 4000);
        v.ThrowIfAny();
        return new Isi(hasil, perilaku, umpanBalik);
    }

    public static IReadOnlyList<object> Decide(Penilaian p, Isi isi, string penilaiNip) => p.Status switch
    {
        StatusPenilaian.MenungguSiklus => throw new KonflikException("Siklus pembinaan (observasi) belum selesai; penilaian belum dapat dilakukan."),
        StatusPenilaian.Ditetapkan => throw new KonflikException("Penilaian sudah ditetapkan; perubahan hanya melalui koreksi."),
        _ => [new Dinilai(p.Id, isi.HasilKerja, isi.PerilakuKerja, isi.UmpanBalik, penilaiNip)],
    };
}
