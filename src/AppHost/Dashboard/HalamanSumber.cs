using System.Text;
using Kinerja.AppHost.Resources;

namespace Kinerja.AppHost.Dashboard;

/// <summary>Is everything up? Every resource and every instance of a service, its state, health probe, restarts and last lines.</summary>
public static class HalamanSumber
{
    public static async Task<IReadOnlyList<Resource>> ProbeAllAsync(KinerjaSystem? system, CancellationToken ct)
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

    public static string Render(IReadOnlyList<Resource> resources)
    {
        var html = Tata.Html;
        var rows = new StringBuilder();
        foreach (var r in resources)
        {
            var kelas = r.State switch
            {
                ResourceState.Healthy => "baik",
                ResourceState.Failed or ResourceState.Unhealthy => "buruk",
                _ => "sedang",
            };
            var link = r.Url is { } url && url.StartsWith("http", StringComparison.Ordinal)
                ? $"<a href=\"{html.Encode(url)}\">{html.Encode(url)}</a>"
                : html.Encode(r.Url ?? "");
            var jenis = r is ProjectResource { } p && p.Service != p.Name ? $"instance of {html.Encode(p.Service)}" : r.Kind;
            rows.Append($"""
                <tr><td><b>{html.Encode(r.Name)}</b><br><small>{jenis}</small></td>
                <td class="{kelas}">{r.State}</td><td>{r.Restarts}</td><td>{link}</td><td>{r.Pid}</td>
                <td><pre>{html.Encode(string.Join('\n', r.LastLines(8)))}</pre></td></tr>
                """);
        }

        return $"""
            <p>Refreshes every 5 s; health is each process's <code>/health</code> now. JSON: <a href="/api/resources">/api/resources</a>.
            Scale a service with <code>--Services:Replicas:perencanaan=2</code> (README, "Operating it").</p>
            <table><tr><th>resource</th><th>state</th><th>restarts</th><th>url</th><th>pid</th><th>last log lines</th></tr>
            {rows}</table>
            """;
    }
}
