using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Problems;
using Marten;

namespace Kinerja.Kepegawaian.Sekolah;

/// <summary>Who is acting on a pegawai's plan, cycle or assessment: its owner, or its rater.</summary>
public enum Pelaku { Pemilik, Penilai }

/// <summary>Whose object it is: the pegawai, their school and wilayah, and whether they head that school.</summary>
public sealed record Milik(string Nip, string Npsn, string Wilayah, bool MilikKepalaSekolah);

/// <summary>
/// Who may touch a pegawai's plan, cycle or assessment (domain.md §1), the rule Perencanaan, Observasi and
/// Penilaian share: the owner; the rater (<see cref="Penilai"/>); operators and admins of the wilayah read.
/// To anyone else the object does not exist (404). Which side may do what is each command's decision.
/// </summary>
public static class Akses
{
    /// <summary>The owner or the rater; anyone else gets 404, operators included: they only read.</summary>
    public static async Task<Pelaku> UntukMenulisAsync(Milik milik, CurrentUser user, IQuerySession session, CancellationToken ct) =>
        await PelakuAsync(milik, user, session, ct) ?? throw new TidakDitemukanException();

    /// <summary>The owner, the rater, or an operator of the wilayah (null: reading only); anyone else gets 404.</summary>
    public static async Task<Pelaku?> UntukMembacaAsync(Milik milik, CurrentUser user, IQuerySession session, CancellationToken ct)
    {
        var pelaku = await PelakuAsync(milik, user, session, ct);
        return pelaku is null && !user.MayOperateIn(milik.Wilayah) ? throw new TidakDitemukanException() : pelaku;
    }

    private static async Task<Pelaku?> PelakuAsync(Milik milik, CurrentUser user, IQuerySession session, CancellationToken ct)
    {
        if (user.Nip == milik.Nip)
        {
            return Pelaku.Pemilik;
        }

        return await Penilai.AdalahAsync(user, milik.Nip, milik.MilikKepalaSekolah, milik.Npsn, milik.Wilayah, session, ct)
            ? Pelaku.Penilai
            : null;
    }
}
