namespace Kinerja.Gateway.Routing;

/// <summary>
/// Every non-API path goes to Web (the <c>web</c> route); an unknown <c>/api/…</c> path must not. It is
/// answered here: 401 without a token (the fallback policy, as for every API route), else a 404 problem.
/// </summary>
public static class ApiTidakAda
{
    public static WebApplication MapApiTidakAda(this WebApplication app)
    {
        app.Map("/api/{**rest}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Tidak ditemukan",
            detail: "Tidak ada API di alamat ini; daftar API ada di /scalar.")).ExcludeFromDescription();
        return app;
    }
}
