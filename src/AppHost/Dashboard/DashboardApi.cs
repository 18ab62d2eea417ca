namespace Kinerja.AppHost.Dashboard;

/// <summary>
/// The operator's dashboard, a page per question (issue 15): Up (resources and instances), Busy (Prometheus), Stuck
/// (the broker's queues), Logs (every process's lines, by correlation id). On 127.0.0.1 only (Program).
/// </summary>
public static class DashboardApi
{
    public static WebApplication MapDashboard(this WebApplication app, Func<KinerjaSystem?> system)
    {
        app.MapGet("/api/resources", async (CancellationToken ct) =>
        {
            var resources = await HalamanSumber.ProbeAllAsync(system(), ct);
            return Results.Ok(resources.Select(r => new
            {
                r.Name,
                r.Kind,
                Service = (r as Resources.ProjectResource)?.Service,
                State = r.State.ToString(),
                r.Restarts,
                r.Url,
                r.Pid,
                Log = r.LastLines(20),
            }));
        });
        app.MapGet("/api/log", (HttpRequest request) => Results.Ok(HalamanLog.Cari(system(), SaringLog.Dari(request))));

        app.MapGet("/", async (CancellationToken ct) =>
            Tata.Halaman("/", system(), HalamanSumber.Render(await HalamanSumber.ProbeAllAsync(system(), ct)), segarkan: true));
        app.MapGet("/beban", async (CancellationToken ct) => Tata.Halaman("/beban", system(), await HalamanBeban.RenderAsync(system(), ct), segarkan: true));
        app.MapGet("/antrean", async (CancellationToken ct) => Tata.Halaman("/antrean", system(), await HalamanAntrean.RenderAsync(system(), ct), segarkan: true));
        app.MapGet("/log", (HttpRequest request) => Tata.Halaman("/log", system(), HalamanLog.Render(system(), SaringLog.Dari(request))));
        return app;
    }
}
