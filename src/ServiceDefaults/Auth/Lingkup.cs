namespace Kinerja.ServiceDefaults.Auth;

using System.Security.Claims;

/// <summary>
/// A scoped role is only as wide as its scope claim: an operator-dinas, penilai-ks or sistem-regional acts in its
/// <c>wilayah</c>, a kepala-sekolah in its <c>npsn</c>. A token with such a role and no scope is refused
/// whole (403) rather than read as "everywhere": a missing claim must never widen access.
/// </summary>
public static class Lingkup
{
    public static bool Lengkap(ClaimsPrincipal user)
    {
        bool Ada(string claim) => !string.IsNullOrWhiteSpace(user.FindFirst(claim)?.Value);
        return (!user.IsInRole(Peran.OperatorDinas) && !user.IsInRole(Peran.PenilaiKs) && !user.IsInRole(Peran.SistemRegional) || Ada("wilayah"))
               && (!user.IsInRole(Peran.KepalaSekolah) || Ada("npsn"));
    }
}
