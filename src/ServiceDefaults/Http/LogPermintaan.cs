namespace Kinerja.ServiceDefaults.Http;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

/// <summary>
/// One log line per request, inside its correlation scope, so an operator can follow a request from the gateway into
/// the service (the AppHost's log page, by correlation id). The route's template is logged, never the path or the
/// query: they can hold a NIP or a search for a name. Probes and scrapes are left out. A request slower than
/// <see cref="Lambat"/> is a warning, so the dashboard's filter and a test run's log name it.
/// </summary>
public sealed class LogPermintaan(RequestDelegate next, ILogger<LogPermintaan> logger, TimeProvider jam)
{
    /// <summary>Beyond this a person waiting on a page gives up (the web clients' own attempt timeout is 10 s).</summary>
    public static readonly TimeSpan Lambat = TimeSpan.FromSeconds(5);

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/alive"))
        {
            await next(context);
            return;
        }

        var mulai = jam.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
            var lama = jam.GetElapsedTime(mulai);
            logger.Log(lama > Lambat ? LogLevel.Warning : LogLevel.Information, "HTTP {Method} {Route} answered {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method, route, context.Response.StatusCode, lama.TotalMilliseconds);
        }
    }
}
