using System.Text;
using System.Text.Encodings.Web;
using Kinerja.AppHost.Resources;

namespace Kinerja.AppHost.Dashboard;

/// <summary>The operator's page: every resource with its state, health, restarts, URL and last log lines.</summary>
public static class DashboardApi
{
    public static WebApplication MapDashboard(this WebApplication app, Func<KinerjaSystem?> system)
    {
        app.MapGet("/api/resources", async (CancellationToken ct) =>
        {
            var resources = await ProbeAllAsync(system(), ct);
            return Results.Ok(resources.Select(r => new
            {
                r.Name,
                r.Kind,
                State = r.State.ToString(),
                r.Restarts,
                r.Url,
                r.Pid,
                Log = r.LastLines(20),
            }));
        });

        app.MapGet("/", async (CancellationToken ct) =>
            Results.Content(Render(await ProbeAllAsync(system(), ct)), "text/html; charset=utf-8"));
        return app;
    }

    private static async Task<IReadOnlyList<Resource>> ProbeAllAsync(KinerjaSystem? system, CancellationToken ct)
    {
        if (system is null)
        {
            return [];
        }

        var resources = system.Resources.ToList();
        await Task.WhenAll(resources.Select(r => r switch
        {
            ProjectResource p when p.State is not ResourceState.Stopped and not ResourceState.Waiting => p.ProbeAsync(ct),
            ServerResource s when s.State is not ResourceState.Stopped => s.ProbeAsync(ct),
            _ => Task.FromResult(false),
        }));
        return resources;
    }

    private static string Render(IReadOnlyList<Resource> resources)
    {
        var html = HtmlEncoder.Default;
        var rows = new StringBuilder();
        foreach (var r in resources)
        {
            var colour = r.State switch
            {
                ResourceState.Healthy => "#1a7f37",
                ResourceState.Failed or ResourceState.Unhealthy => "#cf222e",
                _ => "#9a6700",
            };
            var link = r.Url is { } url && url.StartsWith("http", StringComparison.Ordinal)
                ? $"<a href=\"{html.Encode(url)}\">{html.Encode(url)}</a>"
                : html.Encode(r.Url ?? "");
            rows.Append($"""
                <tr><td><b>{html.Encode(r.Name)}</b><br><small>{r.Kind}</small></td>
                <td style="color:{colour}"><b>{r.State}</b></td><td>{r.Restarts}</td><td>{link}</td><td>{r.Pid}</td>
                <td><pre>{html.Encode(string.Join('\n', r.LastLines(12)))}</pre></td></tr>
                """);
        }

        return $$"""
            <!doctype html><html lang="id"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">
            <title>Kinerja — AppHost</title>
            <style>body{font-family:system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse;width:100%}
            td,th{border-bottom:1px solid #ddd;padding:.4rem;vertical-align:top;text-align:left}
            pre{margin:0;max-width:70vw;overflow:auto;font-size:11px;white-space:pre-wrap}</style></head>
            <body><h1>Kinerja</h1><p>Resources of this AppHost. Refreshes every 3 s. JSON: <a href="/api/resources">/api/resources</a>.</p>
            <table><tr><th>resource</th><th>state</th><th>restarts</th><th>url</th><th>pid</th><th>last log lines</th></tr>
            {{rows}}</table></body></html>
            """;
    }
}
