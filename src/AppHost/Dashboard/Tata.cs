using System.Text.Encodings.Web;

namespace Kinerja.AppHost.Dashboard;

/// <summary>The frame every dashboard page shares: one topic per page, links to the tools behind it.</summary>
public static class Tata
{
    public static readonly HtmlEncoder Html = HtmlEncoder.Default;

    private static readonly (string Path, string Judul, string Tanya)[] Topik =
    [
        ("/", "Up", "Is everything up?"),
        ("/beban", "Busy", "How busy is it?"),
        ("/antrean", "Stuck", "Is anything stuck?"),
        ("/log", "Logs", "What happened to this request?"),
    ];

    public static IResult Halaman(string path, KinerjaSystem? system, string isi, bool segarkan = false)
    {
        var nav = string.Join(" · ", Topik.Select(h => h.Path == path
            ? $"<b>{h.Judul}</b>"
            : $"<a href=\"{h.Path}\">{h.Judul}</a>"));
        var tanya = Topik.Single(h => h.Path == path).Tanya;
        var alat = new List<string>();
        if (system?.PrometheusUrl is { } prometheus)
        {
            alat.Add($"<a href=\"{Html.Encode(prometheus)}/alerts\">Prometheus alerts</a> (user {Servers.LocalPrometheus.Pengguna}, password in <code>koneksi.env</code>)");
        }

        if (system?.PrivateRabbitMq is { } rabbit)
        {
            var masuk = Path.Combine(system.Options.DataFolder, "rabbitmq", "management-ui.txt");
            alat.Add($"<a href=\"{Html.Encode(rabbit.ManagementUrl)}\">RabbitMQ management</a> (sign-in in <code>{Html.Encode(masuk)}</code>)");
        }

        return Results.Content($$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            {{(segarkan ? "<meta http-equiv=\"refresh\" content=\"5\">" : "")}}
            <title>Kinerja AppHost: {{Html.Encode(tanya)}}</title>
            <style>body{font-family:system-ui,sans-serif;margin:1rem 1.5rem}table{border-collapse:collapse;width:100%}
            td,th{border-bottom:1px solid #ddd;padding:.35rem;vertical-align:top;text-align:left}
            pre{margin:0;max-width:70vw;overflow:auto;font-size:11px;white-space:pre-wrap}.buruk{color:#cf222e;font-weight:bold}
            .baik{color:#1a7f37;font-weight:bold}.sedang{color:#9a6700;font-weight:bold}nav{margin:.5rem 0 1rem}
            form label{margin-right:.75rem}small{color:#555}
            @media (max-width:700px){table{display:block;overflow-x:auto}pre{max-width:none} }</style></head>
            <body><h1>Kinerja</h1><nav>{{nav}}</nav><h2>{{Html.Encode(tanya)}}</h2>{{isi}}
            <p><small>{{string.Join(" · ", alat)}}</small></p>
            <p><small>This dashboard listens on 127.0.0.1 only: it shows logs and queue contents, and is for this machine's operator.</small></p>
            </body></html>
            """, "text/html; charset=utf-8");
    }
}
