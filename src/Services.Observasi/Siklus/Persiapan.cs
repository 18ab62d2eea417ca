namespace Kinerja.Observasi.Siklus;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;

public sealed record IsiPersiapan(IReadOnlyList<string>? Target, string? Upaya, DateTimeOffset? Jadwal);

/// <summary>
/// Step A, <c>POST …/siklus/{id}/persiapan</c>: the teacher names the target behaviours (from the
/// sub-indicator's focus behaviours, or their own where none are configured), how they will show them,
/// and an observation time in the future.
/// </summary>
public static class Persiapan
{
    public static void Map(RouteGroupBuilder siklus) =>
        siklus.MapPost("/{id:guid}/persiapan", (Guid id, IsiPersiapan body, CommandPipeline p, CurrentUser u, TimeProvider jam, CancellationToken ct) =>
            Langkah.JalankanAsync("persiapan", id, p, u, (s, pelaku) => Decide(s, pelaku, Validasi(body), jam.GetUtcNow()), ct))
        .Perintah<Siklus>().WithSummary("A. Diskusi persiapan (guru): target perilaku, upaya, jadwal observasi");

    public sealed record Isi(IReadOnlyList<string> Target, string Upaya, DateTimeOffset Jadwal);

    public static Isi Validasi(IsiPersiapan body)
    {
        var v = new Validation();
        if (body.Target is not { Count: > 0 and <= 10 })
        {
            v.Add("target", "Sebutkan 1 sampai 10 target perilaku.");
        }
        else
        {
            for (var i = 0; i < body.Target.Count; i++)
            {
                v.Text($"target[{i}]", body.Target[i], 200);
            }
        }

        var upaya = v.Text("upaya", body.Upaya, ValidasiLangkah.Panjang);
        var jadwal = v.Required("jadwal", body.Jadwal);
        v.ThrowIfAny();
        return new Isi(body.Target!.Select(t => t.Trim()).ToList(), upaya, jadwal);
    }

    public static PersiapanDisusun Decide(Siklus siklus, Pelaku pelaku, Isi isi, DateTimeOffset kini)
    {
        siklus.Wajib(Tahap.Persiapan, pelaku);
        if (isi.Jadwal <= kini)
        {
            throw new ValidasiException("jadwal", "Jadwal observasi harus di masa depan.");
        }

        IReadOnlyList<PerilakuTarget> dipilih;
        if (siklus.PerilakuFokus.Count > 0)
        {
            var asing = isi.Target.Where(t => siklus.PerilakuFokus.All(p => p.Kode != t)).ToList();
            if (asing.Count > 0)
            {
                throw new ValidasiException("target",
                    $"Bukan perilaku fokus sub-indikator ini: {string.Join(", ", asing)}; pilih dari {string.Join(", ", siklus.PerilakuFokus.Select(p => p.Kode))}.");
            }

            dipilih = siklus.PerilakuFokus.Where(p => isi.Target.Contains(p.Kode)).ToList();
        }
        else
        {
            // no focus behaviours configured for this sub-indicator: the teacher's targets become them
            dipilih = isi.Target.Select((t, i) => new PerilakuTarget($"T{i + 1}", t)).ToList();
        }

        return new PersiapanDisusun(siklus.Id, dipilih, isi.Upaya, isi.Jadwal);
    }
}
