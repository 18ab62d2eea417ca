namespace Kinerja.Web.Impor;

using Kinerja.Klien;
using Kinerja.Web.Layanan;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

/// <summary>
/// <c>POST /impor/unggah</c>, the upload form's target: the browser's multipart body is read section by section and
/// the file's section is streamed to the gateway as it arrives, so a province's file is never held whole by Web
/// (in memory or on disk). The form's fields come in page order: the antiforgery token, the source, then the file.
/// </summary>
public static class UnggahImpor
{
    /// <summary>As large as the API takes (<c>Impor:MaksBytes</c>, 512 MiB by default); the API says so when a file is larger.</summary>
    private const long MaksBytes = 512L * 1024 * 1024 + (1 << 20);

    public static void MapUnggahImpor(this IEndpointRouteBuilder app) =>
        app.MapPost("/impor/unggah", Unggah)
            .RequireAuthorization(new AuthorizeAttribute { Roles = "operator-dinas,admin" })
            // checked by hand below, from the first section: the default check would read (and buffer) the whole form
            .DisableAntiforgery();

    private static async Task<IResult> Unggah(HttpContext http, IAntiforgery antiforgery, ImporKlien api)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } batas)
        {
            batas.MaxRequestBodySize = MaksBytes;
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var jenis) || jenis.Boundary.Length == 0)
        {
            return Kembali(http, "Kirim berkas melalui formulir unggah.");
        }

        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(jenis.Boundary).Value!, http.Request.Body);
        string? sumber = null;
        var tokenDiperiksa = false;
        while (await reader.ReadNextSectionAsync(http.RequestAborted) is { } bagian)
        {
            if (!ContentDispositionHeaderValue.TryParse(bagian.ContentDisposition, out var disposisi))
            {
                continue;
            }

            var nama = HeaderUtilities.RemoveQuotes(disposisi.Name).Value;
            if (!disposisi.IsFileDisposition())
            {
                var nilai = await new StreamReader(bagian.Body).ReadToEndAsync(http.RequestAborted);
                if (nama == "__RequestVerificationToken")
                {
                    http.Request.Headers["RequestVerificationToken"] = nilai;
                    if (!await antiforgery.IsRequestValidAsync(http))
                    {
                        return Results.BadRequest();
                    }

                    tokenDiperiksa = true;
                }
                else if (nama == "sumber")
                {
                    sumber = nilai;
                }

                continue;
            }

            if (!tokenDiperiksa)
            {
                return Results.BadRequest();
            }

            var berkas = HeaderUtilities.RemoveQuotes(disposisi.FileName).Value ?? "";
            if (sumber is null or "")
            {
                return Kembali(http, "Pilih sumber data: Dapodik, SI-ASN atau Dukcapil.");
            }

            if (berkas.Length == 0)
            {
                return Kembali(http, "Pilih berkas yang akan diunggah.");
            }

            var contentType = Path.GetExtension(berkas).ToLowerInvariant() switch
            {
                ".csv" => "text/csv",
                ".json" => "application/json",
                _ => bagian.ContentType ?? "application/octet-stream",
            };
            var (id, masalah) = await api.UnggahAsync(sumber, contentType, bagian.Body, http.RequestAborted);
            return id is { } job ? Results.Redirect($"/impor/{job}", permanent: false, preserveMethod: false)
                : Kembali(http, string.Join(" ", new[] { masalah!.Detail ?? masalah.Judul }.Concat(masalah.Galat.SelectMany(g => g.Value)).Where(t => !string.IsNullOrEmpty(t))));
        }

        return Kembali(http, "Pilih berkas yang akan diunggah.");
    }

    public const string CookieGalat = "impor-galat";

    /// <summary>
    /// Back to the form with what went wrong, which the upload page shows once above the form. It travels in a
    /// short-lived cookie, not the URL: a crafted link could otherwise put any text on the page.
    /// </summary>
    private static IResult Kembali(HttpContext http, string galat)
    {
        http.Response.Cookies.Append(CookieGalat, galat, new CookieOptions
        {
            HttpOnly = true, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict, Path = "/impor", MaxAge = TimeSpan.FromMinutes(1), IsEssential = true,
        });
        return Results.Redirect("/impor");
    }
}
