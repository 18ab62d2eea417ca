namespace Kinerja.ServiceDefaults.Auth;

/// <summary>
/// The one <c>Auth</c> section the gateway and every service read, so they accept exactly the same tokens.
/// Either a symmetric <see cref="SigningKey"/> (what the AppHost and tests use) or an OpenID
/// <see cref="Authority"/> (a real identity provider in production).
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Used only in Development when no key is configured: never valid anywhere else.</summary>
    public const string DevelopmentSigningKey = "kinerja-development-signing-key-not-for-production-use-0123456789";

    public string Issuer { get; set; } = "kinerja";
    public string Audience { get; set; } = "kinerja-api";
    public string? SigningKey { get; set; }
    public string? Authority { get; set; }

    /// <summary>False only for an authority on plain HTTP (a provider on this machine, as in the tests).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
