namespace Kinerja.Observasi.Siklus;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;

public sealed record IsiDiskusi(string? Tantangan, string? Tujuan, string? Langkah, string? Jadwal, string? Dukungan);

/// <summary>Step C, <c>POST …/siklus/{id}/diskusi-tindak-lanjut</c>: the rater records the follow-up discussion.</summary>
public static class DiskusiTindakLanjut
{
    public static void Map(RouteGroupBuilder siklus) =>
        siklus.MapPost("/{id:guid}/diskusi-tindak-lanjut", (Guid id, IsiDiskusi body, CommandPipeline p, CurrentUser u, CancellationToken ct) =>
            Langkah.JalankanAsync("diskusi-tindak-lanjut", id, p, u, (s, pelaku) => Decide(s, pelaku, Validasi(id, body, u.PegawaiId)), ct))
        .Perintah<Siklus>().WithSummary("C. Diskusi tindak lanjut (penilai)");

    public static DiskusiTindakLanjutDicatat Validasi(Guid id, IsiDiskusi body, string penilaiNip)
    {
        var v = new Validation();
        const int panjang = ValidasiLangkah.Panjang;
        var hasil = new DiskusiTindakLanjutDicatat(id, v.Text("tantangan", body.Tantangan, panjang), v.Text("tujuan", body.Tujuan, panjang),
            v.Text("langkah", body.Langkah, panjang), v.Text("jadwal", body.Jadwal, 500), v.Text("dukungan", body.Dukungan, panjang), penilaiNip);
        v.ThrowIfAny();
        return hasil;
    }

    public static DiskusiTindakLanjutDicatat Decide(Siklus siklus, Pelaku pelaku, DiskusiTindakLanjutDicatat diskusi)
    {
        siklus.Wajib(Tahap.DiskusiTindakLanjut, pelaku);
        return diskusi;
    }
}
