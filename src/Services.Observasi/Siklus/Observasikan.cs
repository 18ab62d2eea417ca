namespace Kinerja.Observasi.Siklus;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Waktu;

public sealed record IsiObservasi(IReadOnlyList<IsiNilai>? Rubrik, string? Rekomendasi);

public sealed record IsiNilai(string? Perilaku, Level? Level, string? Catatan);

/// <summary>
/// Step B, <c>POST …/siklus/{id}/observasi</c>: the rater observes, not before the agreed time, and gives
/// exactly one of the three levels for every focus behaviour, with notes and a recommendation.
/// </summary>
public static class Observasikan
{
    public static void Map(RouteGroupBuilder siklus) =>
        siklus.MapPost("/{id:guid}/observasi", (Guid id, IsiObservasi body, CommandPipeline p, CurrentUser u, TimeProvider jam, CancellationToken ct) =>
            Langkah.JalankanAsync("observasi", id, p, u, (s, pelaku) =>
            {
                var (rubrik, rekomendasi) = Validasi(body);
                return Decide(s, pelaku, u.PegawaiId, rubrik, rekomendasi, jam.GetUtcNow());
            }, ct))
        .Perintah<Siklus>().WithSummary("B. Observasi kinerja (penilai): one level per focus behaviour");

    public static (IReadOnlyList<NilaiRubrik> Rubrik, string Rekomendasi) Validasi(IsiObservasi body)
    {
        var v = new Validation();
        var rubrik = new List<NilaiRubrik>();
        if (body.Rubrik is not { Count: > 0 and <= 20 })
        {
            v.Add("rubrik", "Isi level untuk setiap perilaku fokus.");
        }
        else
        {
            for (var i = 0; i < body.Rubrik.Count; i++)
            {
                var n = body.Rubrik[i];
                rubrik.Add(new NilaiRubrik(v.Text($"rubrik[{i}].perilaku", n.Perilaku, 50), v.Required($"rubrik[{i}].level", n.Level),
                    v.Text($"rubrik[{i}].catatan", n.Catatan, ValidasiLangkah.Panjang)));
            }
        }

        var rekomendasi = v.Text("rekomendasi", body.Rekomendasi, ValidasiLangkah.Panjang);
        v.ThrowIfAny();
        return (rubrik, rekomendasi);
    }

    public static ObservasiDilakukan Decide(Siklus siklus, Pelaku pelaku, string penilaiNip, IReadOnlyList<NilaiRubrik> rubrik, string rekomendasi,
        DateTimeOffset kini)
    {
        siklus.Wajib(Tahap.Observasi, pelaku);
        if (kini < siklus.Persiapan!.Jadwal)
        {
            throw new KonflikException($"Observasi dapat diisi mulai jadwal yang disepakati: {Kalender.Waktu(siklus.Persiapan.Jadwal)}.");
        }

        var harus = siklus.PerilakuFokus.Select(p => p.Kode).Order().ToList();
        var v = new Validation();
        for (var i = 0; i < rubrik.Count; i++)
        {
            if (!harus.Contains(rubrik[i].Perilaku))
            {
                v.Add($"rubrik[{i}].perilaku", $"Bukan perilaku fokus siklus ini; pilih dari {string.Join(", ", harus)}.");
            }
        }

        if (v.Valid && !harus.SequenceEqual(rubrik.Select(r => r.Perilaku).Order()))
        {
            v.Add("rubrik", $"Isi tepat satu level untuk setiap perilaku fokus: {string.Join(", ", harus)}.");
        }

        v.ThrowIfAny();
        return new ObservasiDilakukan(siklus.Id, rubrik, rekomendasi, penilaiNip);
    }
}
