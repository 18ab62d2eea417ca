namespace Kinerja.Web.Laporan;

using Kinerja.Klien;
using Kinerja.Web.Layanan;
using Microsoft.AspNetCore.Authorization;

/// <summary>
/// <c>GET /laporan/e-kinerja.{csv|json}</c> (the results) and <c>/laporan/skp-e-kinerja.{csv|json}</c> (the agreed plans):
/// the wilayah's e-Kinerja exports as downloads, streamed through from the API (which decides who may have them) rather
/// than read into Web.
/// </summary>
public static class UnduhEkspor
{
    public static void MapUnduhEkspor(this IEndpointRouteBuilder app) =>
        app.MapGet("/laporan/{jenis:regex(^(skp-e-kinerja|e-kinerja)$)}.{format:regex(^(csv|json)$)}", async (string jenis, string format, int tahun, WilayahKlien api,
                HttpContext http) =>
            {
                var wilayah = http.User.FindFirst("wilayah")?.Value ?? throw new TidakBerwenangException();
                var response = await api.EksporAsync(wilayah, tahun, format, skp: jenis == "skp-e-kinerja", http.RequestAborted);
                http.Response.RegisterForDispose(response);
                if (!response.IsSuccessStatusCode)
                {
                    return response.StatusCode == System.Net.HttpStatusCode.NotFound ? throw new HalamanTidakDitemukanException() : throw new TidakBerwenangException();
                }

                var stream = await response.Content.ReadAsStreamAsync(http.RequestAborted);
                return Results.Stream(stream, format == "csv" ? "text/csv; charset=utf-8" : "application/json", $"{jenis}-{wilayah}-{tahun}.{format}");
            })
            .RequireAuthorization(new AuthorizeAttribute { Roles = "operator-dinas,admin" });
}
