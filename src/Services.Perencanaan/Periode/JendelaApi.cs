namespace Kinerja.Perencanaan.Periode;

using Kinerja.ServiceDefaults.Problems;

public sealed record JendelaDto(int Tahun, DateOnly HariIni, Rentang Perencanaan, Rentang Penyesuaian);

/// <summary><c>GET /api/perencanaan/jendela?tahun=</c>: the year's windows as this service enforces them, so a page can say how many days are left.</summary>
public static class JendelaApi
{
    public static IEndpointRouteBuilder MapJendelaApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/perencanaan/jendela", (int? tahun, Jendela jendela) =>
            {
                var t = tahun ?? throw new ValidasiException("tahun", "Wajib diisi.");
                var j = jendela.Untuk(t);
                return TypedResults.Ok(new JendelaDto(t, j.HariIni, j.Perencanaan, j.Penyesuaian));
            })
            .RequireAuthorization().WithTags("Periode").WithSummary("The planning and adjustment windows of a year, and today as the service counts it");
        return app;
    }
}
