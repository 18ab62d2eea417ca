namespace Kinerja.Observasi.Siklus;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;

public sealed record IsiRefleksi(string? Inspirasi, string? Perubahan, string? Tantangan, string? Strategi);

/// <summary>Step E, <c>POST …/siklus/{id}/refleksi</c>: the teacher's reflection, which the rater then reads and confirms.</summary>
public static class Refleksi
{
    public static void Map(RouteGroupBuilder siklus) =>
        siklus.MapPost("/{id:guid}/refleksi", (Guid id, IsiRefleksi body, CommandPipeline p, CurrentUser u, CancellationToken ct) =>
            Langkah.JalankanAsync("refleksi", id, p, u, (s, pelaku) => Decide(s, pelaku, Validasi(id, body)), ct))
        .Perintah<Siklus>().WithSummary("E. Refleksi tindak lanjut (guru)");

    public static RefleksiDisusun Validasi(Guid id, IsiRefleksi body)
    {
        var v = new Validation();
        const int panjang = ValidasiLangkah.Panjang;
        var hasil = new RefleksiDisusun(id, v.Text("inspirasi", body.Inspirasi, panjang), v.Text("perubahan", body.Perubahan, panjang),
            v.Text("tantangan", body.Tantangan, panjang), v.Text("strategi", body.Strategi, panjang));
        v.ThrowIfAny();
        return hasil;
    }

    public static RefleksiDisusun Decide(Siklus siklus, Pelaku pelaku, RefleksiDisusun refleksi)
    {
        siklus.Wajib(Tahap.Refleksi, pelaku);
        return refleksi;
    }
}
