namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.Perencanaan.Periode;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Waktu;
using Marten;

/// <summary>
/// What the caller may do with a plan now (<c>aksi</c> of <c>GET …/skp/{id}</c>): <c>ubah</c> (a part),
/// <c>ajukan</c>, <c>setujui</c>, <c>kembalikan</c>, <c>dibaca</c>, <c>buka-penyesuaian</c>, each as its command decides for this caller, today, with the
/// principal's plans the RHK cascade reads.
/// </summary>
public static class AksiSkp
{
    public static async Task<IReadOnlyList<string>> UntukAsync(Skp skp, Pelaku pelaku, IQuerySession session, IServiceProvider layanan,
        CancellationToken ct)
    {
        var jendela = layanan.GetRequiredService<Jendela>().Untuk(skp.Tahun);
        var kaskade = layanan.GetRequiredService<AturanKaskade>();
        var rencanaKepala = pelaku == Pelaku.Pemilik ? await KaskadeRhk.RencanaKepalaAsync(skp, session, ct) : [];
        var kepala = pelaku == Pelaku.Pemilik
            ? (await session.LoadAsync<KepalaSekolahLokal>(skp.Npsn, ct))?.Pada(layanan.GetRequiredService<TimeProvider>().HariIni())
            : null;
        return Aksi.Dari(
            ("ubah", () => UbahBagian.Decide(skp, pelaku, jendela, new object())),
            ("ajukan", () => Ajukan.Decide(skp, pelaku, jendela, kepala, rencanaKepala, kaskade)),
            ("setujui", () => Setujui.Decide(skp, pelaku, jendela, "")),
            ("kembalikan", () => Kembalikan.Decide(skp, pelaku, jendela, "")),
            ("buka-penyesuaian", () => BukaPenyesuaian.Decide(skp, pelaku, jendela)),
            // offered while there is something to acknowledge: once said, saying it again changes nothing
            ("dibaca", () => _ = Baca.Decide(skp, pelaku) is { Count: > 0 } ? 0 : throw new KonflikException("Sudah dibaca.")));
    }
}
