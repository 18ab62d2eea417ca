namespace Kinerja.ServiceDefaults.Http;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

/// <summary>
/// API answers are one person's view, often with personal data: no browser, shared proxy or CDN keeps a copy
/// (<c>Cache-Control: no-store</c>), and none is read as anything but what its type says.
/// </summary>
public static class TanpaSimpan
{
    public static IApplicationBuilder UseTanpaSimpanApi(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.XContentTypeOptions = "nosniff";
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
}
