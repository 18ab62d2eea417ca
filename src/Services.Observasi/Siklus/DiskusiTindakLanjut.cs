using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Problems;

using Kinerja.ServiceDefaults.Sekolah;

namespace Kinerja.Observasi.Siklus;

public sealed record IsiDiskusi(string? Tantangan, string? Tujuan, string? Langkah, string? Jadwal, string? Dukungan);

/// <summary>Step C, <c>POST …/siklus/{id}/diskusi-tindak-lanjut</c>: the rater records the follow-up discussion.</summary>
public static class DiskusiTindakLanjut
{
    public static void Map(RouteGroupBuilder siklus) =>
        siklus.MapPost("/{id:guid}/diskusi-tindak-lanjut", (Guid id, IsiDiskusi body, CommandPipeline p, CurrentUser u, CancellationToken ct) =>
            Langkah.JalankanAsync("diskusi-tindak-lanjut", id, p, u, (s, pelaku) => Decide(s, pelaku, Validasi(id, body, u.Nip)), ct))
        .WithSummary("C. Diskusi tindak lanjut (penilai)");

    public static DiskusiTindakLanjutDicatat Validasi(Guid id, IsiDiskusi body, string penilaiNip)
    {
        var v = new Validasi();
        const int panjang = ValidasiLangkah.Panjang;
        var hasil = new DiskusiTindakLanjutDicatat(id, v.Teks("tantangan", body.Tantangan, panjang), v.Teks("tujuan", body.Tujuan, panjang),
            v.Teks("langkah", body.Langkah, panjang), v.Teks("jadwal", body.Jadwal, 500), v.Teks("dukungan", body.Dukungan, panjang), penilaiNip);
        v.LemparJikaAda();
        return hasil;
    }

    public static DiskusiTindakLanjutDicatat Decide(Siklus siklus, Pelaku pelaku, DiskusiTindakLanjutDicatat diskusi)
    {
        siklus.Wajib(Tahap.DiskusiTindakLanjut, pelaku, Pelaku.Penilai);
        return diskusi;
    }
}
