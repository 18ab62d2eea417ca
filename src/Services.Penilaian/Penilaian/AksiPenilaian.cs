namespace Kinerja.Penilaian.Penilaian;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Problems;
using Marten;

/// <summary>
/// What the caller may do with an assessment now (<c>aksi</c> of <c>GET /api/penilaian/{id}</c>): <c>nilai</c>,
/// <c>tetapkan</c>, <c>koreksi</c>, for its rater only (<see cref="PenilaianAkses"/>), each as its command decides;
/// <c>dibaca</c> for the pegawai while a result waits for their acknowledgement (<see cref="BacaHasil"/>).
/// </summary>
public static class AksiPenilaian
{
    public static IReadOnlyList<string> Untuk(Penilaian p, Pelaku pelaku) =>
        pelaku == Pelaku.Pemilik
            // offered while there is a result to acknowledge: once said, saying it again changes nothing
            ? Aksi.Dari(("dibaca", () => _ = BacaHasil.Decide(p, pelaku) is { Count: > 0 } ? 0 : throw new KonflikException("Sudah dibaca.")))
            : pelaku != Pelaku.Penilai
            ? []
            : Aksi.Dari(
                ("nilai", () => Nilai.Decide(p, new Nilai.Isi(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, ""), "")),
                ("tetapkan", () => Tetapkan.Wajib(p)),
                ("koreksi", () => Koreksi.Wajib(p)));

    /// <summary>As <see cref="Bacaan"/> asks it: nothing to read besides the assessment.</summary>
    public static Task<IReadOnlyList<string>> UntukAsync(Penilaian p, Pelaku pelaku, IQuerySession session, IServiceProvider layanan,
        CancellationToken ct) => Task.FromResult(Untuk(p, pelaku));
}
