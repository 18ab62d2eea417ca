using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kinerja.AppHost.Dashboard;

/// <summary>How busy is it? Per service, from the AppHost's Prometheus: the same instruments the alert rules read.</summary>
public static class HalamanBeban
{

    /// <summary>Column, PromQL by <c>job</c> (the service), and how to show a value.</summary>
    public static readonly (string Kolom, string Query, Func<double, string> Tampil)[] Ukuran =
    [
        ("requests/s", "sum by (job) (rate(http_server_request_duration_seconds_count[1m]))", v => v.ToString("0.0", CultureInfo.InvariantCulture)),
        ("commands/s", "sum by (job) (rate(kinerja_commands_total[1m]))", v => v.ToString("0.0", CultureInfo.InvariantCulture)),
        ("command p95", "histogram_quantile(0.95, sum by (job, le) (rate(http_server_request_duration_seconds_bucket{http_request_method!=\"GET\"}[5m])))", Durasi),
        ("5xx share", "sum by (job) (rate(http_server_request_duration_seconds_count{http_response_status_code=~\"5..\"}[5m])) / sum by (job) (rate(http_server_request_duration_seconds_count[5m]))",
            v => v.ToString("0.0%", CultureInfo.InvariantCulture)),
        ("relay lag p95", "histogram_quantile(0.95, sum by (job, le) (rate(kinerja_relay_lag_seconds_bucket[5m])))", Durasi),
        ("instances up", "sum by (job) (up)", v => v.ToString("0", CultureInfo.InvariantCulture)),
    ];

    public static async Task<string> RenderAsync(KinerjaSystem? system, CancellationToken ct)
    {
        if (system?.Prometheus is not { } prometheus)
        {
            return "<p class=\"sedang\">No Prometheus runs with this AppHost (install it: <code>sudo apt-get install prometheus</code>, then start again).</p>";
        }

        var kolom = new List<Dictionary<string, double>>();
        foreach (var (_, query, _) in Ukuran)
        {
            kolom.Add(await QueryAsync(prometheus, query, ct));
        }

        var jobs = kolom.SelectMany(k => k.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var html = new StringBuilder("<table><tr><th>service</th>");
        foreach (var (nama, _, _) in Ukuran)
        {
            html.Append($"<th>{Tata.Html.Encode(nama)}</th>");
        }

        html.Append("</tr>");
        foreach (var job in jobs)
        {
            html.Append($"<tr><td><b>{Tata.Html.Encode(job)}</b></td>");
            for (var i = 0; i < Ukuran.Length; i++)
            {
                html.Append(kolom[i].TryGetValue(job, out var v) && double.IsFinite(v) ? $"<td>{Ukuran[i].Tampil(v)}</td>" : "<td>–</td>");
            }

            html.Append("</tr>");
        }

        html.Append($"""
            </table><p>Rates over the last minute, p95 over five; refreshes every 5 s. Graphs and ad-hoc queries:
            <a href="{Tata.Html.Encode(prometheus.Url)}/graph">Prometheus</a> (user {Servers.LocalPrometheus.Pengguna}, password in <code>koneksi.env</code>). "–": nothing measured yet.</p>
            """);
        return html.ToString();
    }

    /// <summary>One instant query; the value of each series by its <c>job</c> label.</summary>
    public static async Task<Dictionary<string, double>> QueryAsync(Servers.LocalPrometheus prometheus, string query, CancellationToken ct)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            using var json = JsonDocument.Parse(await prometheus.Http.GetStringAsync($"/api/v1/query?query={Uri.EscapeDataString(query)}", ct));
            foreach (var series in json.RootElement.GetProperty("data").GetProperty("result").EnumerateArray())
            {
                var job = series.GetProperty("metric").TryGetProperty("job", out var j) ? j.GetString() ?? "" : "";
                if (double.TryParse(series.GetProperty("value")[1].GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                {
                    values[job] = v;
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
        {
            // Prometheus is starting or gone: the page shows "–"
        }

        return values;
    }

    private static string Durasi(double detik) => detik < 1
        ? $"{(detik * 1000).ToString("0", CultureInfo.InvariantCulture)} ms"
        : $"{detik.ToString("0.0", CultureInfo.InvariantCulture)} s";
}
