namespace Kinerja.DataPegawai.Pegawai;

using Kinerja.DataPegawai.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Marten;

/// <summary>
/// Who may see a pegawai, and who may see their personal data: the one rule every read of DataPegawai uses.
/// <list type="bullet">
/// <item>the pegawai themself, an operator-dinas of their wilayah, an admin: everything;</item>
/// <item>the principal of their school: the pegawai, with the NIK masked and no mother's name;</item>
/// <item>a penilai-ks: only pegawai who head a school assigned to them (domain.md §1), masked the same way.</item>
/// </list>
/// Anyone else gets 404, as if the pegawai did not exist.
/// </summary>
public static class AksesPegawai
{
    public static bool BolehLihatDataPribadi(CurrentUser user, Pegawai p) =>
        user.PegawaiId == p.Id || (p.Wilayah is { } w && user.MayOperateIn(w));

    public static async Task<bool> BolehLihatAsync(CurrentUser user, Pegawai p, IQuerySession session, CancellationToken ct)
    {
        if (BolehLihatDataPribadi(user, p) || (user.Is(Peran.KepalaSekolah) && p.Npsn is not null && user.Npsn == p.Npsn))
        {
            return true;
        }

        return user.Is(Peran.PenilaiKs) && (await KepalaDinilaiAsync(session, user, ct)).Contains(p.Id);
    }

    /// <summary>The pegawai heading a school of their wilayah the penilai-ks is assigned today: whom they rate.</summary>
    public static async Task<IReadOnlyList<string>> KepalaDinilaiAsync(IQuerySession session, CurrentUser user, CancellationToken ct)
    {
        var (penilai, wilayah) = (user.PegawaiId, user.Wilayah);
        var sekolah = await session.Query<Sekolah>()
            .Where(s => s.Wilayah == wilayah
                        && ((s.Penilai != null && s.Penilai.PegawaiId == penilai) || (s.PenilaiSebelumnya != null && s.PenilaiSebelumnya.PegawaiId == penilai)))
            .ToListAsync(ct);
        return sekolah.Where(s => s.PenilaiPada(user.HariIni) == penilai && s.Kepala is not null).Select(s => s.Kepala!.PegawaiId).Distinct().ToList();
    }
}
