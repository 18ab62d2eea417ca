using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.Kepegawaian.Sekolah;

namespace Kinerja.Perencanaan.RencanaSkp;

/// <summary>
/// Who may touch a plan: the owner and the rater, as for every pegawai's object (<see cref="Akses"/>, from
/// <see cref="Skp.Milik"/>), operators of the wilayah read; which side may do what is each command's
/// decision, refused here with the plan's own words.
/// </summary>
public static class SkpAkses
{
    private static readonly Kepemilikan<Skp> Daftar = new(s => s.Nip, s => s.Npsn, s => s.Wilayah, s => s.Peran == PeranPemilik.KepalaSekolah);

    /// <summary>The plans a list shows: <see cref="DaftarTerlihat"/>, the rule Observasi and Penilaian share.</summary>
    public static IQueryable<Skp> Terlihat(IQueryable<Skp> query, CurrentUser user) => DaftarTerlihat.Saring(query, user, Daftar);

    /// <summary>Refuses (403) a command that belongs to the other side of the plan.</summary>
    public static void Wajib(this Pelaku pelaku, Pelaku wajib)
    {
        if (pelaku != wajib)
        {
            throw new TerlarangException(wajib == Pelaku.Penilai
                ? "Hanya penilai (kepala sekolah saat ini, atau penilai-ks untuk SKP kepala sekolah) yang dapat melakukan ini."
                : "Hanya pemilik SKP yang dapat mengajukannya.");
        }
    }
}
