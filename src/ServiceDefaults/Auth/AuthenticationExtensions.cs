namespace Kinerja.ServiceDefaults.Auth;

using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

public static class AuthenticationExtensions
{
    public static IHostApplicationBuilder AddKinerjaAuthentication(this IHostApplicationBuilder builder)
    {
        var options = ReadOptions(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddScoped<CurrentUser>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                // keep the claim names of api.md (sub, role, npsn, wilayah) instead of the SOAP-era URIs
                jwt.MapInboundClaims = false;
                if (options.Authority is not null)
                {
                    // the provider's discovery document names its issuer and signing keys; both are accepted beside ValidIssuer
                    jwt.Authority = options.Authority;
                    jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
                }

                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = options.SigningKey is null ? null : SigningKey(options),
                    NameClaimType = "sub",
                    RoleClaimType = "role",
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });

        var dasar = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireAssertion(c => Lingkup.Lengkap(c.User)).Build();
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(dasar)
            .SetFallbackPolicy(dasar)
            .AddPolicy(Kebijakan.Operator, p => p.Combine(dasar).RequireRole(Peran.OperatorDinas, Peran.Admin))
            .AddPolicy(Kebijakan.Regional, p => p.Combine(dasar).RequireRole(Peran.OperatorDinas, Peran.SistemRegional, Peran.Admin))
            .AddPolicy(Kebijakan.Admin, p => p.Combine(dasar).RequireRole(Peran.Admin));
        return builder;
    }

    public static SymmetricSecurityKey SigningKey(AuthOptions options) =>
        new(Encoding.UTF8.GetBytes(options.SigningKey!));

    private static AuthOptions ReadOptions(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (options.SigningKey is null && options.Authority is null)
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    "Auth is not configured: set Auth__SigningKey (at least 32 characters, the same for the gateway and every service) or Auth__Authority.");
            }

            options.SigningKey = AuthOptions.DevelopmentSigningKey;
        }

        if (options.SigningKey is { Length: < 32 })
        {
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters long.");
        }

        return options;
    }
}
