namespace Kinerja.ServiceDefaults.Telemetry;

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

/// <summary>
/// <c>GET /metrics</c>: the process's instruments in Prometheus's text format, for a scraper on the same machine
/// (the AppHost's Prometheus). Only a loopback caller is answered: through the gateway's public port the path
/// falls through to the ordinary routes (a 404), so the load and error rates are not published to the internet.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static WebApplication UseMetricsEndpoint(this WebApplication app)
    {
        app.UseOpenTelemetryPrometheusScrapingEndpoint(Dijawab);
        return app;
    }

    public static bool Dijawab(HttpContext context) =>
        context.Request.Path == Path && HttpMethods.IsGet(context.Request.Method) && DariMesinIni(context.Connection.RemoteIpAddress);

    /// <summary>A caller on this machine: IPv4 or IPv6 loopback (also IPv4 mapped into IPv6). No address (an in-memory test server) is not.</summary>
    public static bool DariMesinIni(IPAddress? alamat) =>
        alamat is not null && IPAddress.IsLoopback(alamat.IsIPv4MappedToIPv6 ? alamat.MapToIPv4() : alamat);
}
