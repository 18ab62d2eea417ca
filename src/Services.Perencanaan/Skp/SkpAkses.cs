namespace Kinerja.Perencanaan.Skp;

using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Problems;

/// <summary>
/// Who may touch a plan: the owner and the rater, as for every pegawai's object (<see cref="Akses"/>, from
/// <see cref="Skp.Milik"/>; lists by <see cref="Skp.MilikDalamDaftar"/>), operators of the wilayah read; which
/// side may do what is each command's decision, refused here with the plan's own words.
/// </summary>
public static class SkpAkses
{
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
