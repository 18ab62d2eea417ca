using Kinerja.ServiceDefaults.Auth;
using Marten;

namespace Kinerja.ServiceDefaults.Sekolah;

/// <summary>
/// Who rates a pegawai (domain.md §1), the one rule Perencanaan, Observasi and Penilaian share: a
/// teacher's rater is whoever heads their school now (after a change, the new principal); a principal's
/// is a penilai-ks of the school's wilayah.
/// </summary>
public static class Penilai
{
    public static async Task<bool> AdalahAsync(CurrentUser user, bool milikKepalaSekolah, string npsn, string wilayah,
        IQuerySession session, CancellationToken ct) =>
        milikKepalaSekolah
            ? user.Is(Peran.PenilaiKs) && user.Wilayah == wilayah
            : user.Is(Peran.KepalaSekolah) && (await session.LoadAsync<KepalaSekolahLokal>(npsn, ct))?.Nip == user.Nip;
}
