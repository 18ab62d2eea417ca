namespace Kinerja.Gateway.DevToken;

using System.Net;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Problems;

public sealed record PermintaanToken(string? Nip, string[]? Roles, string? Npsn, string? Wilayah);

/// <summary><c>POST /api/dev/token</c>: a signed token for any identity, for trying the system. Development only, loopback callers only.</summary>
public static class DevTokenApi
{
    public static WebApplication MapDevToken(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        app.MapPost("/api/dev/token", (PermintaanToken body, TokenIssuer issuer, HttpContext http) =>
        {
            // any identity for the asking: only for someone at this machine, never for a page on another host
            // that reached a developer's gateway through their browser
            if (http.Connection.RemoteIpAddress is not { } ip || !IPAddress.IsLoopback(ip))
            {
                return Results.NotFound();
            }

            var validasi = new Validation();
            // the pegawai id: a NIP, or a non-ASN teacher's nuptk:<16 digits> (Contracts.IdPegawai, which the gateway does not reference)
            var nip = validasi.Text("nip", body.Nip, 22);
            if (body.Roles is not { Length: > 0 })
            {
                validasi.Add("roles", $"Sebutkan setidaknya satu peran: {string.Join(", ", Peran.Semua)}.");
            }
            else if (body.Roles.FirstOrDefault(r => !Peran.Semua.Contains(r)) is { } unknown)
            {
                validasi.Add("roles", $"Peran '{unknown}' tidak dikenal; yang ada: {string.Join(", ", Peran.Semua)}.");
            }

            validasi.ThrowIfAny();
            return Results.Ok(new { token = issuer.Issue(nip, body.Roles!, body.Npsn, body.Wilayah) });
        }).AllowAnonymous().WithTags("Development").WithSummary("Issue a development token (Development only)");
        return app;
    }
}
