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

    /// <summary><c>statusKepegawaian</c> of a teacher who is not ASN.</summary>
    public const string StatusNonAsn = "NonASN";

    /// <summary>A non-ASN teacher's id from their NUPTK.</summary>
    public static string NonAsn(string nuptk) => AwalanNonAsn + nuptk;

    /// <summary>True for a non-ASN teacher's id.</summary>
    public static bool AdalahNonAsn(string id) => id.StartsWith(AwalanNonAsn, StringComparison.Ordinal);

    /// <summary>The NIP an id is, or null for a non-ASN's.</summary>
    public static string? Nip(string id) => AdalahNonAsn(id) ? null : id;

    /// <summary>The id a message names: its <c>pegawaiId</c>, or in a message from before that was added, its <c>nip</c>.</summary>
    public static string Dari(string? pegawaiId, string? nip) =>
        pegawaiId ?? nip ?? throw new ArgumentException("A message names its pegawai by pegawaiId or nip.");

    /// <summary>The NIP to publish: the one recorded beside the id (a non-ASN who became PPPK), else the id when it is one.</summary>
    public static string? NipDari(string id, string? nipAsn) => nipAsn ?? Nip(id);
}
