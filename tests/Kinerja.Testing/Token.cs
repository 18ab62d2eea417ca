namespace Kinerja.Testing;

using Kinerja.ServiceDefaults.Auth;

/// <summary>Real signed tokens, as the gateway's Development endpoint makes them.</summary>
public static class Token
{
    private static readonly TokenIssuer Issuer = new(new AuthOptions { SigningKey = AuthOptions.DevelopmentSigningKey });

    public static string Untuk(string nip, string role, string? npsn = null, string? wilayah = null) =>
        Issuer.Issue(nip, [role], npsn, wilayah);

    public static string Operator(string wilayah, string nip = "198001012005011001") => Untuk(nip, Peran.OperatorDinas, wilayah: wilayah);

    public static string Admin(string nip = "197001012000011001") => Untuk(nip, Peran.Admin);

    public static string Guru(string nip, string npsn) => Untuk(nip, Peran.Guru, npsn: npsn);

    /// <summary>Signed with a given key, as a production identity provider sharing it would.</summary>
    public static string DenganKunci(string signingKey, string nip, string role, string? npsn = null, string? wilayah = null) =>
        new TokenIssuer(new AuthOptions { SigningKey = signingKey }).Issue(nip, [role], npsn, wilayah);

    /// <summary>Signed with another key: what a forger would send.</summary>
    public static string Palsu(string nip, string role) =>
        new TokenIssuer(new AuthOptions { SigningKey = "another-key-that-nobody-trusts-0123456789abcdef" }).Issue(nip, [role]);
}
