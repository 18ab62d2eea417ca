using System.Text;

namespace Kinerja.AppHost.Dashboard;

/// <summary>Is anything stuck? Every queue of the private broker, deepest first, an <c>_error</c> queue with messages at the top.</summary>
public static class HalamanAntrean
{
    public static async Task<string> RenderAsync(KinerjaSystem? system, CancellationToken ct)
    {
        if (system?.PrivateRabbitMq is not { } rabbit)
        {
            return "<p>The broker is not the AppHost's own: look at it with its own tools.</p>";
        }

        IReadOnlyList<Servers.AntreanBroker> antrean;
        try
        {
            antrean = await rabbit.AntreanAsync(ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return $"<p class=\"buruk\">The broker's management API does not answer ({Tata.Html.Encode(ex.Message)}): is RabbitMQ up? See the Up page.</p>";
        }

        var html = new StringBuilder();
        var gagal = antrean.Where(a => a.Error && a.Pesan > 0).ToList();
        html.Append(gagal.Count == 0
            ? "<p class=\"baik\">No message waits in an <code>_error</code> queue.</p>"
            : $"""
                <p class="buruk">{gagal.Sum(a => a.Pesan)} messages failed every retry and wait in {gagal.Count} <code>_error</code> queues.
                Read the consumer's log lines for them (Logs page, level warn/fail), fix the cause, then move them back: as an admin,
                <code>curl -X POST -H "Authorization: Bearer &lt;admin token&gt;" http://127.0.0.1:&lt;service port&gt;/admin/pesan-gagal/ulang</code>
                on the service that owns the queue (its name starts with the service's). The consumers are idempotent: a message moved twice is applied once.</p>
                """);
        html.Append("<table><tr><th>queue</th><th>type</th><th>messages</th><th>ready</th><th>unacknowledged</th><th>consumers</th></tr>");
        foreach (var a in antrean.OrderByDescending(a => a.Error && a.Pesan > 0).ThenByDescending(a => a.Pesan).ThenBy(a => a.Nama, StringComparer.Ordinal))
        {
            var kelas = a.Error && a.Pesan > 0 ? " class=\"buruk\"" : a.Konsumen == 0 && !a.Error ? " class=\"sedang\"" : "";
            html.Append($"<tr{kelas}><td>{Tata.Html.Encode(a.Nama)}</td><td>{Tata.Html.Encode(a.Jenis)}</td><td>{a.Pesan}</td><td>{a.Siap}</td>" +
                $"<td>{a.BelumDiakui}</td><td>{a.Konsumen}</td></tr>");
        }

        html.Append("</table><p>A receive queue with no consumer (amber) means its service is down or still starting. Refreshes every 5 s.</p>");
        return html.ToString();
    }
}
