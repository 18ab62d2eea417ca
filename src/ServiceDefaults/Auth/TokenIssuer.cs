namespace Kinerja.ServiceDefaults.Auth;

using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

/// <summary>Makes tokens with the claims of api.md. Used by the gateway's Development-only token endpoint and by tests.</summary>
public sealed class TokenIssuer(AuthOptions options, TimeProvider? clock = null)
{
    public string Issue(string nip, IEnumerable<string> roles, string? npsn = null, string? wilayah = null, TimeSpan? lifetime = null)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = nip,
            ["role"] = roles.ToArray(),
        };
        if (!string.IsNullOrEmpty(npsn))
        {
            claims["npsn"] = npsn;
        }

        if (!string.IsNullOrEmpty(wilayah))
        {
            claims["wilayah"] = wilayah;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? options.DevTokenLifetime),
            SigningCredentials = new SigningCredentials(AuthenticationExtensions.SigningKey(options), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
