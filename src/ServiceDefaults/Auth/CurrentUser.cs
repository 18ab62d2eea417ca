namespace Kinerja.ServiceDefaults.Auth;

using System.Security.Claims;
using Kinerja.ServiceDefaults.Waktu;
using Microsoft.AspNetCore.Http;

/// <summary>Who is calling, read from the token's claims (api.md): NIP, roles, school, region.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, TimeProvider clock)
{
    /// <summary>The date the request is made on, in WIB (<see cref="Kalender"/>): rights that start on a date are judged by it.</summary>
    public DateOnly HariIni => clock.HariIni();

    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    /// <summary>The caller's pegawai id (<c>sub</c>): an ASN's NIP, or <c>nuptk:</c> and a non-ASN teacher's NUPTK.</summary>
    public string PegawaiId => Principal.FindFirstValue("sub") ?? throw new InvalidOperationException("No authenticated user.");

    public IReadOnlyList<string> Roles => Principal.FindAll("role").Select(c => c.Value).ToList();

    /// <summary>The caller's school, for guru and kepala-sekolah.</summary>
    public string? Npsn => Principal.FindFirstValue("npsn");

    /// <summary>The caller's kode wilayah, for operator-dinas and penilai-ks.</summary>
    public string? Wilayah => Principal.FindFirstValue("wilayah");

    public bool Is(string role) => Principal.IsInRole(role);

    public bool IsAdmin => Is(Peran.Admin);

    /// <summary>An admin, or an operator-dinas of exactly this region (<see cref="Pemanggil.MayOperateIn"/>).</summary>
    public bool MayOperateIn(string wilayah) => Pemanggil.MayOperateIn(wilayah);

    /// <inheritdoc cref="Pemanggil.MayReadRegion"/>
    public bool MayReadRegion(string wilayah) => Pemanggil.MayReadRegion(wilayah);

    /// <summary>The caller as plain data, for the access rules.</summary>
    public Pemanggil Pemanggil => new(PegawaiId, Roles.ToHashSet(StringComparer.Ordinal), Npsn, Wilayah, HariIni);
}
