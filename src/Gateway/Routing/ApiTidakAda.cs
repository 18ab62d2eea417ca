namespace Kinerja.Gateway.Routing;

/// <summary>
/// Every non-API path goes to Web (the <c>web</c> route); an unknown <c>/api/…</c> path must not. It is
/// answered here: 401 without a token (the fallback policy, as for every API route), else a 404 problem. Nor may
/// <c>/metrics</c> from outside this machine.
/// </summary>
public static class ApiTidakAda
{
    public static WebApplication MapApiTidakAda(this WebApplication app)
    {
        app.Map("/api/{**rest}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Tidak ditemukan",
            detail: "Tidak ada API di alamat ini; daftar API ada di /scalar.")).ExcludeFromDescription();
        // the gateway's own /metrics answers only a scraper on this machine (MetricsEndpoint); anyone else must not be
        // proxied to Web's, which would see the gateway's loopback address as the caller and answer
        app.Map("/metrics", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Tidak ditemukan"))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
