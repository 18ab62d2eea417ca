using Kinerja.ServiceDefaults.Auth;
using Marten;

namespace Kinerja.Kepegawaian.Sekolah;

/// <summary>
/// Who rates a pegawai (domain.md §1), the one rule Perencanaan, Observasi and Penilaian share: a
/// teacher's rater is whoever heads their school today (after a change, the new principal from its
/// <c>berlakuSejak</c>, the former one until then); a principal's
/// is a penilai-ks of the school's wilayah. Nobody ever rates themself: a teacher who later heads their own
/// school (or is made its Plt) is still only the owner of their own plan, cycle and assessment.
/// </summary>
public static class Penilai
{
    public static async Task<bool> AdalahAsync(CurrentUser user, string nipPemilik, bool milikKepalaSekolah, string npsn, string wilayah,
        IQuerySession session, CancellationToken ct) =>
        user.Nip != nipPemilik
        && (milikKepalaSekolah
            ? user.Is(Peran.PenilaiKs) && user.Wilayah == wilayah
            : user.Is(Peran.KepalaSekolah) && (await session.LoadAsync<KepalaSekolahLokal>(npsn, ct))?.NipPada(user.HariIni) == user.Nip);
}
