namespace Kinerja.Web.Laporan;

using Kinerja.Klien;
using Kinerja.Web.Layanan;
using Microsoft.AspNetCore.Authorization;

/// <summary>
/// <c>GET /laporan/e-kinerja.{csv|json}</c>: the wilayah's e-Kinerja export as a download, streamed through from
/// the API (which decides who may have it) rather than read into Web.
/// </summary>
public static class UnduhEkspor
{
    public static void MapUnduhEkspor(this IEndpointRouteBuilder app) =>
        app.MapGet("/laporan/e-kinerja.{format:regex(^(csv|json)$)}", async (string format, int tahun, WilayahKlien api, HttpContext http) =>
            {
                var wilayah = http.User.FindFirst("wilayah")?.Value ?? throw new TidakBerwenangException();
                var response = await api.EksporAsync(wilayah, tahun, format, http.RequestAborted);
                http.Response.RegisterForDispose(response);
                if (!response.IsSuccessStatusCode)
                {
                    return response.StatusCode == System.Net.HttpStatusCode.NotFound ? throw new HalamanTidakDitemukanException() : throw new TidakBerwenangException();
                }

                var stream = await response.Content.ReadAsStreamAsync(http.RequestAborted);
                return Results.Stream(stream, format == "csv" ? "text/csv; charset=utf-8" : "application/json", $"e-kinerja-{wilayah}-{tahun}.{format}");
            })
            .RequireAuthorization(new AuthorizeAttribute { Roles = "operator-dinas,admin" });
}
