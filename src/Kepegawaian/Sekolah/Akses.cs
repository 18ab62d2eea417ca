namespace Kinerja.Kepegawaian.Sekolah;

using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Problems;
using Marten;

/// <summary>
/// The access gate of every command and read of a plan, cycle or assessment: loads the <see cref="FaktaAkses"/>
/// and asks <see cref="AturanAkses.Tentukan"/>, the rule itself.
/// </summary>
public static class Akses
{
    /// <summary>The owner or the rater; anyone else gets 404, operators included: they only read.</summary>
    public static async Task<Pelaku> UntukMenulisAsync(Milik milik, CurrentUser user, IQuerySession session, CancellationToken ct) =>
        await PelakuAsync(milik, user.Pemanggil, session, ct) is var pelaku and (Pelaku.Pemilik or Pelaku.Penilai)
            ? pelaku
            : throw new TidakDitemukanException();

    /// <summary>The owner, the rater, or an operator of the wilayah; anyone else gets 404.</summary>
    public static async Task<Pelaku> UntukMembacaAsync(Milik milik, CurrentUser user, IQuerySession session, CancellationToken ct) =>
        await PelakuAsync(milik, user.Pemanggil, session, ct) is var pelaku and not Pelaku.Tidak
            ? pelaku
            : throw new TidakDitemukanException();

    private static async Task<Pelaku> PelakuAsync(Milik milik, Pemanggil pemanggil, IQuerySession session, CancellationToken ct)
    {
        var kepala = FaktaAkses.PerluKepalaSekolah(pemanggil, milik) ? await session.LoadAsync<KepalaSekolahLokal>(milik.Npsn, ct) : null;
        var penilai = FaktaAkses.PerluPenilai(pemanggil, milik) ? await session.LoadAsync<PenilaiSekolahLokal>(milik.Npsn, ct) : null;
        return AturanAkses.Tentukan(pemanggil, new FaktaAkses(milik, kepala, penilai));
    }
}
