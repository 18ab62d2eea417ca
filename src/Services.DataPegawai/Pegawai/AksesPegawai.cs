namespace Kinerja.DataPegawai.Pegawai;

using Kinerja.DataPegawai.Sekolah;
using Kinerja.ServiceDefaults.Auth;
using Marten;

/// <summary>
/// Who may see a pegawai, and who may see their personal data: the one rule every read of DataPegawai uses.
/// <list type="bullet">
/// <item>the pegawai themself, an operator-dinas of their wilayah, an admin: everything;</item>
/// <item>the principal of their school: the pegawai, with the NIK masked and no mother's name;</item>
/// <item>a penilai-ks of the wilayah: only pegawai who head a school there (domain.md §1), masked the same way.</item>
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

        var wilayah = user.Wilayah;
        return user.Is(Peran.PenilaiKs) && p.Wilayah == wilayah
            && await session.Query<Sekolah>().AnyAsync(s => s.Wilayah == wilayah && s.Kepala != null && s.Kepala.PegawaiId == p.Id, ct);
    }

    /// <summary>The NIPs heading a school of this wilayah: whom a penilai-ks rates.</summary>
    public static async Task<IReadOnlyList<string>> KepalaDiWilayahAsync(IQuerySession session, string wilayah, CancellationToken ct) =>
        (await session.Query<Sekolah>().Where(s => s.Wilayah == wilayah && s.Kepala != null).Select(s => s.Kepala!.PegawaiId).ToListAsync(ct))
        .Distinct().ToList();
}
