namespace Kinerja.Contracts;

/// <summary>
/// The id every service keys a pegawai by, and the token's <c>sub</c>: an ASN's (PNS, PPPK) NIP, 18 digits; a non-ASN
/// teacher's <c>nuptk:</c> and their 16-digit NUPTK from Dapodik, since they have no NIP. Messages carry it as
/// <c>pegawaiId</c> beside <c>nip</c>, which is null for a non-ASN.
/// </summary>
public static class IdPegawai
{
    /// <summary>What a non-ASN teacher's id starts with.</summary>
    public const string AwalanNonAsn = "nuptk:";

    /// <summary>The longest id: <c>nuptk:</c> and 16 digits.</summary>
    public const int PanjangMaks = 22;

    /// <summary>A non-ASN teacher's id from their NUPTK.</summary>
    public static string NonAsn(string nuptk) => AwalanNonAsn + nuptk;

    /// <summary>True for a non-ASN teacher's id.</summary>
    public static bool AdalahNonAsn(string id) => id.StartsWith(AwalanNonAsn, StringComparison.Ordinal);

    /// <summary>The NIP an id is, or null for a non-ASN's.</summary>
    public static string? Nip(string id) => AdalahNonAsn(id) ? null : id;
}
