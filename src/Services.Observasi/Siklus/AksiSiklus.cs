namespace Kinerja.Observasi.Siklus;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Problems;
using Marten;

/// <summary>
/// What the caller may do with a cycle now (<c>aksi</c> of <c>GET …/siklus/{id}</c>): the step that is due, named
/// by its path under the cycle (<c>persiapan</c>, <c>persiapan/konfirmasi</c>, …), when it is theirs
/// (<see cref="Siklus.Oleh"/>, the rule every step's <c>Wajib</c> applies); and <c>jadwal</c> while the owner may
/// propose another observation time (<see cref="UbahJadwal"/>); <c>dibaca</c> while the owner has a recorded
/// observation to acknowledge (<see cref="BacaCatatan"/>).
/// </summary>
public static class AksiSiklus
{
    public static IReadOnlyList<string> Untuk(Siklus siklus, Pelaku pelaku) =>
        [.. Aksi.Dari(
            (Jalur(siklus.Tahap), () => siklus.Wajib(siklus.Tahap, pelaku)),
            // any time ahead: whether one would be taken is the time's own check, not the action's
            ("jadwal", () => UbahJadwal.Decide(siklus, pelaku, DateTimeOffset.MaxValue, DateTimeOffset.MinValue)),
            // offered while there is something to acknowledge: once said, saying it again changes nothing
            ("dibaca", () => _ = BacaCatatan.Decide(siklus, pelaku) is { Count: > 0 } ? 0 : throw new KonflikException("Sudah dibaca."))).Where(a => a.Length > 0)];

    /// <summary>As <see cref="Bacaan"/> asks it: nothing to read besides the cycle.</summary>
    public static Task<IReadOnlyList<string>> UntukAsync(Siklus siklus, Pelaku pelaku, IQuerySession session, IServiceProvider layanan,
        CancellationToken ct) => Task.FromResult(Untuk(siklus, pelaku));

    public static string Jalur(Tahap tahap) => tahap switch
    {
        Tahap.Persiapan => "persiapan",
        Tahap.KonfirmasiJadwal => "persiapan/konfirmasi",
        Tahap.Observasi => "observasi",
        Tahap.DiskusiTindakLanjut => "diskusi-tindak-lanjut",
        Tahap.UpayaTindakLanjut => "upaya-tindak-lanjut",
        Tahap.Refleksi => "refleksi",
        Tahap.KonfirmasiRefleksi => "refleksi/konfirmasi",
        _ => "",
    };
}
