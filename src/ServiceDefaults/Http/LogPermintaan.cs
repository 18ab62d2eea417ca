namespace Kinerja.ServiceDefaults.Http;

using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

/// <summary>
/// One log line per request, inside its correlation scope, so an operator can follow a request from the gateway into
/// the service (the AppHost's log page, by correlation id). The route's template is logged, never the path or the
/// query: they can hold a NIP or a search for a name. Probes and scrapes are left out.
/// </summary>
public sealed class LogPermintaan(RequestDelegate next, ILogger<LogPermintaan> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/alive"))
        {
            await next(context);
            return;
        }

        var mulai = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
            logger.LogInformation("HTTP {Method} {Route} answered {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(mulai).TotalMilliseconds);
        }
    }
}
