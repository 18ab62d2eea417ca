using Kinerja.ServiceDefaults.Auth;
using Kinerja.Kepegawaian.Sekolah;

namespace Kinerja.Observasi.Pembinaan;

/// <summary>
/// Who may touch a cycle: the owner their steps and the rater the rater's, as for every pegawai's object
/// (<see cref="Akses"/>, from <see cref="Siklus.Milik"/>); operators of the wilayah read. Which steps are
/// whose is <see cref="Siklus.Wajib"/>.
/// </summary>
public static class SiklusAkses
{
    private static readonly Kepemilikan<Siklus> Daftar = new(s => s.Nip, s => s.Npsn, s => s.Wilayah, s => s.Peran == PeranPemilik.KepalaSekolah);

    /// <summary>The cycles a list shows: <see cref="DaftarTerlihat"/>.</summary>
    public static IQueryable<Siklus> Terlihat(IQueryable<Siklus> query, CurrentUser user) => DaftarTerlihat.Saring(query, user, Daftar);
}
