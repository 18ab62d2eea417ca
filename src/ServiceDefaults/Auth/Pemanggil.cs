namespace Kinerja.ServiceDefaults.Auth;

/// <summary>
/// The caller as their token says (api.md), as plain data: what an access rule decides from, so that the
/// rule can be a pure function tested without a request.
/// </summary>
/// <param name="HariIni">The date of the request in WIB: rights that start on a date are judged by it.</param>
/// <param name="PegawaiId">The token's <c>sub</c>: an ASN's NIP, or <c>nuptk:</c> and a non-ASN teacher's NUPTK.</param>
public sealed record Pemanggil(string PegawaiId, IReadOnlySet<string> Roles, string? Npsn, string? Wilayah, DateOnly HariIni)
{
    public bool Is(string peran) => Roles.Contains(peran);

    public bool IsAdmin => Is(Peran.Admin);

    /// <summary>An admin, or an operator-dinas of exactly this region.</summary>
    public bool MayOperateIn(string wilayah) =>
        IsAdmin || (Is(Peran.OperatorDinas) && string.Equals(Wilayah, wilayah, StringComparison.Ordinal));

    /// <summary>Who may read a region's feeds and exports: who may operate in it, or that region's own system.</summary>
    public bool MayReadRegion(string wilayah) =>
        MayOperateIn(wilayah) || (Is(Peran.SistemRegional) && string.Equals(Wilayah, wilayah, StringComparison.Ordinal));
}
