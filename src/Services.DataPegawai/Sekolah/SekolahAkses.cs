namespace Kinerja.DataPegawai.Sekolah;

using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Problems;

/// <summary>
/// Who may touch a school: an admin anywhere, an operator-dinas in their own wilayah; staff of the school
/// read it (they need to know who heads it). A school of another wilayah is answered 404, as if it did
/// not exist.
/// </summary>
public static class SekolahAkses
{
    public static Task<bool> UntukMengelola(Sekolah sekolah, CurrentUser user) =>
        user.MayOperateIn(sekolah.Wilayah) ? Task.FromResult(true) : throw new TidakDitemukanException();

    public static void UntukMembaca(Sekolah sekolah, CurrentUser user)
    {
        if (!(user.MayOperateIn(sekolah.Wilayah) || user.Npsn == sekolah.Id))
        {
            throw new TidakDitemukanException();
        }
    }
}
