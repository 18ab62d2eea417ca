namespace Kinerja.Web.Extensions;

using System.Globalization;
using Kinerja.Klien;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.Telemetry;
using Kinerja.Web.Components;
using Kinerja.Web.Impor;
using Kinerja.Web.Laporan;
using Kinerja.Web.Layanan;
using Kinerja.Web.Masuk;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;

public static class WebExtensions
{
    /// <summary>Pages rendered on the server, a cookie session, and one typed client per API area, all through the gateway.</summary>
    public static void AddWebServices(this WebApplicationBuilder builder)
    {
        // the AppHost runs the build output, whose stylesheet and blazor.web.js are found through the static web
        // assets manifest; ASP.NET Core reads it only in Development unless asked (a published app has none: no-op)
        builder.WebHost.UseStaticWebAssets();
        builder.AddKinerjaTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        builder.Services.AddRazorComponents();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Format>();
        // the gateway is the only caller that reaches Web: its X-Forwarded-* say which origin the browser sees
        builder.Services.AddProksiTerpercaya(builder.Configuration);
        builder.AddMasuk();

        var gateway = new Uri(builder.Configuration["services:gateway:http:0"] ?? "http://127.0.0.1:8080");
        builder.Services.AddTransient<TokenPengguna>();
        builder.Services.AddScoped<NamaOrang>();
        builder.Services.AddHttpClient<MasukKlien>(c => c.BaseAddress = gateway).AddKetahanan();
        builder.Services.AddHttpClient<PerencanaanKlien>(c => c.BaseAddress = gateway).AddHttpMessageHandler<TokenPengguna>().AddKetahanan();
        builder.Services.AddHttpClient<ObservasiKlien>(c => c.BaseAddress = gateway).AddHttpMessageHandler<TokenPengguna>().AddKetahanan();
        builder.Services.AddHttpClient<PenilaianKlien>(c => c.BaseAddress = gateway).AddHttpMessageHandler<TokenPengguna>().AddKetahanan();
        builder.Services.AddHttpClient<PegawaiKlien>(c => c.BaseAddress = gateway).AddHttpMessageHandler<TokenPengguna>().AddKetahanan();
        builder.Services.AddHttpClient<SekolahKlien>(c => c.BaseAddress = gateway).AddHttpMessageHandler<TokenPengguna>().AddKetahanan();
        builder.Services.AddHttpClient<ImporKlien>(c => c.BaseAddress = gateway).AddHttpMessageHandler<TokenPengguna>().AddKetahanan();
        builder.Services.AddHttpClient<WilayahKlien>(c => c.BaseAddress = gateway).AddHttpMessageHandler<TokenPengguna>().AddKetahanan();
        builder.Services.AddHttpClient(ImporKlien.Unggahan, c =>
        {
            c.BaseAddress = gateway;
            c.Timeout = TimeSpan.FromHours(1);
        }).AddHttpMessageHandler<TokenPengguna>();
    }

    /// <summary>
    /// A passing failure between Web and the gateway (a restarting instance, a 503 with Retry-After) is retried
    /// for reads only: a write that may have reached the service is never sent twice behind the person's back;
    /// its form shows the problem and the person decides.
    /// </summary>
    private static void AddKetahanan(this IHttpClientBuilder klien) =>
        klien.AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());

    public static void UseWebPipeline(this WebApplication app)
    {
        var id = CultureInfo.GetCultureInfo("id-ID");
        CultureInfo.DefaultThreadCurrentCulture = id;
        CultureInfo.DefaultThreadCurrentUICulture = id;

        app.UseForwardedHeaders();
        app.UseMiddleware<CorrelationMiddleware>();
        // a page that meets a missing object or an unexpected failure shows /galat with the right status
        // Prometheus on this machine (the AppHost's), before anything else: the gateway never proxies /metrics here
        app.UseMetricsEndpoint();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/galat",
            CreateScopeForErrors = true,
            StatusCodeSelector = ex => ex switch
            {
                HalamanTidakDitemukanException => StatusCodes.Status404NotFound,
                TidakBerwenangException => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePagesWithReExecute("/tidak-ditemukan", createScopeForStatusCodePages: true);
        // every script and stylesheet is a file of this site, nothing inline, nothing from elsewhere; a form goes only here,
        // or (signing out) on to the identity provider, which Chromium checks against form-action after the redirect too
        var penyedia = app.Configuration["Auth:Authority"] is { } authority ? " " + new Uri(authority).GetLeftPart(UriPartial.Authority) : "";
        var csp = $"default-src 'self'; base-uri 'self'; form-action 'self'{penyedia}; frame-ancestors 'none'; object-src 'none'";
        app.Use(async (context, next) =>
        {
            // pages hold personal data and a form's state: never cached by a browser or a proxy
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "same-origin";
            context.Response.Headers.XFrameOptions = "DENY";
            context.Response.Headers.ContentSecurityPolicy = csp;
            await next();
        });
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(async (context, next) =>
        {
            try
            {
                await next();
            }
            catch (SesiBerakhirException) when (!context.Response.HasStarted)
            {
                // the API no longer takes this session's token (expired, or keys rotated): sign in again, then come back
                await context.SignOutAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme);
                context.Response.Redirect($"/masuk?ReturnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
            }
        });
        app.UseAntiforgery();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHealthChecks("/alive", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = r => r.Tags.Contains("live") })
            .AllowAnonymous();
        app.MapMasuk();
        app.MapUnggahImpor();
        app.MapUnduhDitolak();
        app.MapUnduhEkspor();
        app.MapStaticAssets();
        app.MapRazorComponents<App>();
    }
}
