namespace Kinerja.Web.Masuk;

using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;

/// <summary>
/// The browser holds only an HttpOnly cookie; the API token it stands for stays in the server-side ticket
/// (<c>access_token</c>), read by <see cref="Layanan.TokenPengguna"/>. In Development a picker asks the
/// gateway's <c>/api/dev/token</c>; otherwise OpenID Connect against <c>Auth:Authority</c>, the authority
/// whose tokens the gateway and services accept.
/// </summary>
public static class MasukExtensions
{
    public const string Oidc = "oidc";

    public static void AddMasuk(this WebApplicationBuilder builder)
    {
        var authority = builder.Configuration["Auth:Authority"];
        var auth = builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = authority is null ? CookieAuthenticationDefaults.AuthenticationScheme : Oidc;
        }).AddCookie(o =>
        {
            o.Cookie.Name = "kinerja";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/masuk";
            // a page of another role (a teacher opening an operator's page) says so, rather than pretending it is not there
            o.AccessDeniedPath = "/tidak-berwenang";
            o.SlidingExpiration = false;
        });

        if (authority is not null)
        {
            auth.AddOpenIdConnect(Oidc, o =>
            {
                o.Authority = authority;
                o.ClientId = builder.Configuration["Auth:ClientId"] ?? "kinerja-web";
                o.ClientSecret = builder.Configuration["Auth:ClientSecret"];
                o.ResponseType = "code";
                // the code comes back on a top-level GET, so the correlation and nonce cookies can be SameSite=Lax
                // (a form_post from another site would need SameSite=None, which browsers drop on plain HTTP)
                o.ResponseMode = "query";
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.UsePkce = true;
                o.SaveTokens = true;
                o.MapInboundClaims = false;
                o.RequireHttpsMetadata = builder.Configuration.GetValue("Auth:RequireHttpsMetadata", true);
                o.Scope.Add(builder.Configuration["Auth:Scope"] ?? "kinerja-api");
                o.Events.OnTokenValidated = async context =>
                {
                    // the page shows what the API will allow: roles, school and wilayah as the access token says them
                    if (context.TokenEndpointResponse?.AccessToken is { } token)
                    {
                        context.Principal = await PenggunaAsync(context.HttpContext, token, context.Scheme.Name, context.Principal?.FindFirst("name")?.Value);
                        // the session lasts as long as the token the API takes; after that, sign in at the provider again
                        context.Properties!.ExpiresUtc = new JsonWebToken(token).ValidTo;
                        context.Properties.IsPersistent = false;
                    }
                };
            });
        }

        // the form tokens' cookie as the session's: Secure whenever the browser sees HTTPS (behind the TLS proxy)
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddSingleton<SesiServer>();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>, PasangSesiServer>();
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
    }

    public static void MapMasuk(this WebApplication app)
    {
        app.MapPost("/keluar", async (HttpContext http, IConfiguration configuration) =>
        {
            if (configuration["Auth:Authority"] is not null)
            {
                // the provider's session ends too (its end-session endpoint, with this session's id token as the hint)
                await http.SignOutAsync(Oidc, new AuthenticationProperties { RedirectUri = "/masuk" });
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return Results.Empty;
            }

            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/masuk");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());

        app.MapGet("/masuk/oidc", (string? kembali) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = AmanUntukKembali(kembali) }, [Oidc]));
    }

    /// <summary>Signs the browser in with a token the gateway issued or accepts.</summary>
    /// <param name="nama">The name the sign-in knows, when DataPegawai does not (a demo operator).</param>
    public static async Task MasukkanAsync(HttpContext http, string token, string? nama = null)
    {
        var principal = await PenggunaAsync(http, token, CookieAuthenticationDefaults.AuthenticationScheme, nama);
        var jwt = new JsonWebToken(token);
        var properties = new AuthenticationProperties { ExpiresUtc = jwt.ValidTo, IsPersistent = false };
        properties.StoreTokens([new AuthenticationToken { Name = "access_token", Value = token }]);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, properties);
    }

    /// <summary>
    /// Only a path of this site: one <c>/</c> first, and no <c>\</c> or control character anywhere (a browser drops a tab
    /// or a newline, so <c>/%09/evil.example</c> would become <c>//evil.example</c>, another site).
    /// </summary>
    public static string AmanUntukKembali(string? kembali) =>
        kembali is { Length: > 0 } k && k[0] == '/' && (k.Length == 1 || k[1] != '/') && !k.Any(c => c == '\\' || char.IsControl(c))
            ? k
            : "/";

    /// <summary>
    /// The development sign-in (any identity for the asking) only for someone at this machine: the browser's host, as
    /// the gateway forwards it, is a loopback name. A page on another name that reached a developer's machine through
    /// DNS rebinding never gets it, even where that name is allowed.
    /// </summary>
    public static bool MasukPengembanganBoleh(HttpContext http) =>
        http.Request.Host.Host is var host && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (System.Net.IPAddress.TryParse(host, out var ip) && System.Net.IPAddress.IsLoopback(ip)));

    /// <summary>
    /// Who the pages say is signed in: the token's id, roles, school and wilayah, and a name and school name to show
    /// (<c>name</c>, <c>sekolah</c>): the token's name, else DataPegawai's, else the one the sign-in knew.
    /// </summary>
    private static async Task<ClaimsPrincipal> PenggunaAsync(HttpContext http, string token, string scheme, string? nama)
    {
        var jwt = new JsonWebToken(token);
        var claims = jwt.Claims.Where(c => c.Type is "sub" or "role" or "npsn" or "wilayah" or "name").Select(c => new Claim(c.Type, c.Value)).ToList();
        var sub = claims.FirstOrDefault(c => c.Type == "sub")?.Value ?? "";
        var (namaPegawai, sekolah) = await http.RequestServices.GetRequiredService<MasukKlien>()
            .ProfilAsync(token, sub, claims.FirstOrDefault(c => c.Type == "npsn")?.Value, http.RequestAborted);
        if (claims.All(c => c.Type != "name") && (namaPegawai ?? nama) is { } n)
        {
            claims.Add(new Claim("name", n));
        }

        if (sekolah is not null)
        {
            claims.Add(new Claim("sekolah", sekolah));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, "name", "role"));
    }
}
