namespace Kinerja.Web.Tests.Oidc;

using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Text;
using Kinerja.Hosting.Servers;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on a port of its own, standing in for the region's SSO:
/// discovery, signing keys, the authorization code flow with PKCE and a sign-in page of its own, the
/// token endpoint and end-session. Accounts are the test's; Web, the gateway and the services only know
/// its <c>Auth__Authority</c>. The password grant exists so the test can call the API as an operator with
/// a token of the same provider, as a regional system would.
/// </summary>
public sealed class PenyediaOidc : IAsyncDisposable
{
    public const string ClientId = "kinerja-web";
    public const string ClientSecret = "rahasia-klien-uji-yang-cukup-panjang-0123456789";
    public const string Audience = "kinerja-api";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Akun> _akun = new();
    private readonly ConcurrentDictionary<string, string> _wilayahKlien = new();

    /// <summary>A person the provider knows, with the claims api.md names.</summary>
    public sealed record Akun(string Nip, string Sandi, string Nama, string Peran, string? Npsn = null, string? Wilayah = null);

    private PenyediaOidc(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The issuer, as Web, the gateway and the services are told it (<c>Auth__Authority</c>).</summary>
    public string Url { get; }

    public static async Task<PenyediaOidc> StartAsync()
    {
        var port = Proses.FreePort();
        var url = $"http://127.0.0.1:{port}/";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDbContext<BasisDataOidc>(o => o.UseInMemoryDatabase($"oidc-{port}").UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<BasisDataOidc>())
            .AddServer(o =>
            {
                o.SetIssuer(new Uri(url));
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.AllowPasswordFlow();
                // a regional system's machine identity (docs/integrasi.md): its own client, a token with role and wilayah
                o.AllowClientCredentialsFlow();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Audience);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                // the services read the access token as a JWT, as they would a real SSO's
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        var penyedia = new PenyediaOidc(app, url);
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, IResult>)penyedia.Otorisasi);
        app.MapPost("/connect/token", (Func<HttpContext, Task<IResult>>)penyedia.TokenEndpointAsync);
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], () =>
            Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]));
        await app.StartAsync();
        return penyedia;
    }

    public void Tambah(Akun akun) => _akun[akun.Nip] = akun;

    /// <summary>Registers Web as a confidential client once its public origin (the gateway) is known.</summary>
    public async Task DaftarkanWebAsync(string origin)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var aplikasi = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await aplikasi.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri($"{origin.TrimEnd('/')}/signin-oidc") },
            PostLogoutRedirectUris = { new Uri($"{origin.TrimEnd('/')}/signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.Password, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Prefixes.Scope + Audience,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    /// <summary>
    /// A regional system (a BKD's) as the region's SSO would register it: a confidential client allowed only the
    /// client-credentials grant, whose tokens carry role <c>sistem-regional</c> and the client's <c>wilayah</c>.
    /// </summary>
    public async Task DaftarkanSistemRegionalAsync(string clientId, string secret, string wilayah)
    {
        _wilayahKlien[clientId] = wilayah;
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + Audience },
        });
    }

    /// <summary>The token endpoint's answer to a client-credentials request, as a regional system sends it.</summary>
    public async Task<HttpResponseMessage> TokenKlienAsync(string clientId, string secret)
    {
        using var http = new HttpClient { BaseAddress = new Uri(Url) };
        return await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = GrantTypes.ClientCredentials, ["scope"] = Audience, ["client_id"] = clientId, ["client_secret"] = secret,
        }));
    }

    /// <summary>An access token for an account by the password grant: the API as a system calls it.</summary>
    public async Task<string> TokenAsync(string nip)
    {
        var akun = _akun[nip];
        using var http = new HttpClient { BaseAddress = new Uri(Url) };
        using var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = GrantTypes.Password, ["username"] = akun.Nip, ["password"] = akun.Sandi, ["scope"] = Audience,
            ["client_id"] = ClientId, ["client_secret"] = ClientSecret,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token: {(int)response.StatusCode} {body}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>The provider's own sign-in page: NIP and password, posted back with the request's parameters.</summary>
    private IResult Otorisasi(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var nip = (string?)request["nip"];
        var sandi = (string?)request["sandi"];
        if (nip is not null && _akun.TryGetValue(nip, out var akun) && akun.Sandi == sandi)
        {
            return Results.SignIn(Identitas(akun, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Results.Content(HalamanMasuk(request, gagal: nip is not null), "text/html; charset=utf-8", Encoding.UTF8,
            nip is null ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized);
    }

    private async Task<IResult> TokenEndpointAsync(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsAuthorizationCodeGrantType())
        {
            var kode = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return Results.SignIn(kode.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsPasswordGrantType() && request.Username is { } nip && _akun.TryGetValue(nip, out var akun) && akun.Sandi == request.Password)
        {
            return Results.SignIn(Identitas(akun, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        // OpenIddict has checked the client's secret and that the grant is allowed to it
        if (request.IsClientCredentialsGrantType() && request.ClientId is { } klien && _wilayahKlien.TryGetValue(klien, out var wilayah))
        {
            var sistem = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            sistem.SetClaim(Claims.Subject, klien).SetClaims(Claims.Role, ["sistem-regional"]).SetClaim("wilayah", wilayah);
            sistem.SetScopes(request.GetScopes()).SetResources(Audience);
            sistem.SetDestinations(_ => [Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(sistem), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static ClaimsPrincipal Identitas(Akun akun, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, akun.Nip).SetClaim(Claims.Name, akun.Nama).SetClaims(Claims.Role, [akun.Peran]);
        if (akun.Npsn is not null)
        {
            identity.SetClaim("npsn", akun.Npsn);
        }

        if (akun.Wilayah is not null)
        {
            identity.SetClaim("wilayah", akun.Wilayah);
        }

        identity.SetScopes(scopes).SetResources(Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }

    private static string HalamanMasuk(OpenIddictRequest request, bool gagal)
    {
        var tersembunyi = new StringBuilder();
        foreach (var (nama, nilai) in request.GetParameters())
        {
            if (nama is "nip" or "sandi")
            {
                continue;
            }

            tersembunyi.Append($"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(nama)}\" value=\"{WebUtility.HtmlEncode((string?)nilai)}\" />");
        }

        return $"""
            <!doctype html><html lang="id"><head><meta charset="utf-8"><title>SSO Dinas</title></head><body><main>
            <h1>SSO Dinas Pendidikan</h1>{(gagal ? "<p role=\"alert\">NIP atau kata sandi salah.</p>" : "")}
            <form method="post" action="/connect/authorize">{tersembunyi}
            <label for="nip">NIP</label><input id="nip" name="nip" />
            <label for="sandi">Kata sandi</label><input id="sandi" name="sandi" type="password" />
            <button type="submit">Masuk SSO</button></form></main></body></html>
            """;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>OpenIddict's applications, authorizations and tokens, in memory: the provider lives as long as the test.</summary>
public sealed class BasisDataOidc(DbContextOptions<BasisDataOidc> options) : DbContext(options);
