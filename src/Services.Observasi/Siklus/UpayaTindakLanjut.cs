namespace Kinerja.Observasi.Siklus;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;

public sealed record IsiUpaya(IReadOnlyList<IsiKegiatan>? Kegiatan);

public sealed record IsiKegiatan(string? Jenis, DateOnly? Tanggal, string? Deskripsi);

/// <summary>Step D, <c>POST …/siklus/{id}/upaya-tindak-lanjut</c>: the teacher's follow-up activities (kinds a–r of Pasal 14) with dates.</summary>
public static class UpayaTindakLanjut
{
    public static void Map(RouteGroupBuilder siklus) =>
        siklus.MapPost("/{id:guid}/upaya-tindak-lanjut", (Guid id, IsiUpaya body, CommandPipeline p, CurrentUser u, CancellationToken ct) =>
            Langkah.JalankanAsync("upaya-tindak-lanjut", id, p, u, (s, pelaku) => Decide(s, pelaku, Validasi(body)), ct))
        .Perintah<Siklus>().WithSummary("D. Upaya tindak lanjut (guru): activities a–r with dates");

    public static IReadOnlyList<KegiatanTindakLanjut> Validasi(IsiUpaya body)
    {
        var v = new Validation();
        var kegiatan = new List<KegiatanTindakLanjut>();
        if (body.Kegiatan is not { Count: > 0 and <= 30 })
        {
            v.Add("kegiatan", "Sebutkan 1 sampai 30 kegiatan.");
        }
        else
        {
            for (var i = 0; i < body.Kegiatan.Count; i++)
            {
                var k = body.Kegiatan[i];
                if (k.Jenis is not { Length: 1 } jenis || jenis[0] is < 'a' or > 'r')
                {
                    v.Add($"kegiatan[{i}].jenis", "Jenis kegiatan a sampai r (Juknis Pasal 14).");
                }

                kegiatan.Add(new KegiatanTindakLanjut(k.Jenis ?? "", v.Required($"kegiatan[{i}].tanggal", k.Tanggal),
                    v.Text($"kegiatan[{i}].deskripsi", k.Deskripsi, ValidasiLangkah.Panjang)));
            }
        }

        v.ThrowIfAny();
        return kegiatan;
    }

    public static UpayaTindakLanjutDicatat Decide(Siklus siklus, Pelaku pelaku, IReadOnlyList<KegiatanTindakLanjut> kegiatan)
    {
        siklus.Wajib(Tahap.UpayaTindakLanjut, pelaku);
        return new UpayaTindakLanjutDicatat(siklus.Id, kegiatan);
    }
}
