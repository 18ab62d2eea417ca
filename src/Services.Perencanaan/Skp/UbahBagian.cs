namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Periode;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Problems;

/// <summary>
/// <c>PUT …/skp/{id}/{bagian}</c>: one of the five parts changes. The owner writes while the plan is a
/// draft or returned; the rater adjusts it while it is submitted, before agreeing (seed 002), and alone
/// writes ekspektasi khusus pimpinan. Only in the planning window, or in the adjustment window once it
/// was reopened. Saying what it already says changes nothing. Each part is checked against the catalog
/// for the plan's role (<see cref="ValidasiBagian"/>).
/// </summary>
public static class UbahBagian
{
    public static void Map(RouteGroupBuilder skp)
    {
        skp.MapPut("/{id:guid}/tugas-pokok", (Guid id, PilihKode body, CommandPipeline p, CurrentUser u, Jendela j, CancellationToken ct) =>
            Jalankan("tugas-pokok", id, p, u, j, (skp, _) => ValidasiBagian.TugasPokok(id, skp.Peran, body), ct));
        skp.MapPut("/{id:guid}/praktik-kinerja", (Guid id, PilihKode body, CommandPipeline p, CurrentUser u, Jendela j, CancellationToken ct) =>
            Jalankan("praktik-kinerja", id, p, u, j, (skp, _) => ValidasiBagian.PraktikKinerja(id, skp.Peran, body), ct));
        skp.MapPut("/{id:guid}/pengembangan-kompetensi", (Guid id, PilihKode body, CommandPipeline p, CurrentUser u, Jendela j, CancellationToken ct) =>
            Jalankan("pengembangan-kompetensi", id, p, u, j, (_, _) => ValidasiBagian.PengembanganKompetensi(id, body), ct));
        skp.MapPut("/{id:guid}/perilaku-kerja", (Guid id, PilihPerilaku body, CommandPipeline p, CurrentUser u, Jendela j, CancellationToken ct) =>
            Jalankan("perilaku-kerja", id, p, u, j, (_, pelaku) => ValidasiBagian.PerilakuKerja(id, body, pelaku == Pelaku.Penilai), ct));
        skp.MapPut("/{id:guid}/hasil-kerja", (Guid id, IsiHasilKerja body, CommandPipeline p, CurrentUser u, Jendela j, CancellationToken ct) =>
            p.RunAsync<Skp, (Pelaku Pelaku, IReadOnlyList<Skp> RencanaKepala)>("ubah-hasil-kerja", id, async (skp, c) =>
                    (await Akses.UntukMenulisAsync(skp.Milik(), u, p.Session, c), await KaskadeRhk.RencanaKepalaAsync(skp, p.Session, c)),
                (skp, a) => Decide(skp, a.Pelaku, j.Untuk(skp.Tahun),
                    KaskadeRhk.Dikenal(skp, ValidasiBagian.HasilKerja(id, skp.Peran, body), a.RencanaKepala)), ct));
    }

    public static IReadOnlyList<object> Decide(Skp skp, Pelaku pelaku, JendelaTahun jendela, object bagian)
    {
        var boleh = pelaku == Pelaku.Pemilik
            ? skp.Status is StatusSkp.Draf or StatusSkp.Dikembalikan
            : skp.Status == StatusSkp.Diajukan;
        if (!boleh)
        {
            throw new KonflikException(pelaku == Pelaku.Pemilik
                ? $"SKP berstatus {skp.Status}: pemilik hanya dapat mengubah SKP berstatus Draf atau Dikembalikan."
                : $"SKP berstatus {skp.Status}: penilai hanya dapat menyesuaikan SKP yang sedang Diajukan.");
        }

        jendela.WajibUntukMenulis(skp.Penyesuaian);
        return skp.Menyatakan(bagian) ? [] : [bagian];
    }

    private static Task<IResult> Jalankan(string nama, Guid id, CommandPipeline pipeline, CurrentUser user, Jendela jendela,
        Func<Skp, Pelaku, object> bagian, CancellationToken ct) =>
        pipeline.RunAsync<Skp, Pelaku>($"ubah-{nama}", id, (skp, c) => Akses.UntukMenulisAsync(skp.Milik(), user, pipeline.Session, c),
            (skp, pelaku) => Decide(skp, pelaku, jendela.Untuk(skp.Tahun), bagian(skp, pelaku)), ct);
}
