using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kinerja.AppHost.Resources;

namespace Kinerja.AppHost.Dashboard;

/// <summary>What the log page is asked: each part optional, all of them must hold.</summary>
public sealed record SaringLog(string? Sumber, string? Tingkat, string? Korelasi, string? Cari)
{
    public const int Maks = 500;

    public static SaringLog Dari(HttpRequest request) => new(
        Isi(request.Query["sumber"]), Isi(request.Query["tingkat"]), Isi(request.Query["korelasi"]), Isi(request.Query["cari"]));

    private static string? Isi(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>One log line as the page shows it: its level and the correlation id it carries, read from the line.</summary>
public sealed record EntriLog(DateTimeOffset Waktu, string Sumber, string? Tingkat, string? Korelasi, string Teks);

/// <summary>
/// What happened to this request? The lines every process of the AppHost wrote (the newest <see cref="Resource.KeptLines"/>
/// of each), filtered by resource (an instance, or a service for all its instances), level, correlation id and text.
/// The services log with their scopes, so the gateway's line for a request, the service's, and the consumer's line for the
/// message it caused all carry <c>CorrelationId:&lt;id&gt;</c>; the id is the <c>X-Correlation-Id</c> of the answer.
/// </summary>
public static partial class HalamanLog
{
    [GeneratedRegex(@"^\d\d:\d\d:\d\d (trce|dbug|info|warn|fail|crit): ")]
    private static partial Regex TingkatDotnet();

    [GeneratedRegex(@"\[(debug|info|notice|warning|error|critical)\]")]
    private static partial Regex TingkatServer();

    [GeneratedRegex(@"CorrelationId:([A-Za-z0-9\-_.:]+)")]
    private static partial Regex Korelasi();

    public static IReadOnlyList<EntriLog> Cari(KinerjaSystem? system, SaringLog saring)
    {
        if (system is null)
        {
            return [];
        }

        return system.Resources
            .Where(r => saring.Sumber is null || r.Name == saring.Sumber || (r is ProjectResource p && p.Service == saring.Sumber))
            .SelectMany(r => r.Lines())
            .Select(Baca)
            .Where(e => saring.Tingkat is null || e.Tingkat == saring.Tingkat)
            .Where(e => saring.Korelasi is null || e.Korelasi == saring.Korelasi)
            .Where(e => saring.Cari is null || e.Teks.Contains(saring.Cari, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Waktu)
            .TakeLast(SaringLog.Maks)
            .ToList();
    }

    public static EntriLog Baca(BarisLog baris)
    {
        var tingkat = TingkatDotnet().Match(baris.Teks) is { Success: true } d
            ? d.Groups[1].Value
            : TingkatServer().Match(baris.Teks) is { Success: true } s
                ? s.Groups[1].Value switch { "debug" => "dbug", "warning" => "warn", "error" => "fail", "critical" => "crit", _ => "info" }
                : null;
        var korelasi = Korelasi().Match(baris.Teks) is { Success: true } k ? k.Groups[1].Value : null;
        return new EntriLog(baris.Waktu, baris.Resource, tingkat, korelasi, baris.Teks);
    }

    public static string Render(KinerjaSystem? system, SaringLog saring)
    {
        var html = Tata.Html;
        var entri = Cari(system, saring);
        // every instance, and every service for all its instances (the first instance has the service's name)
        var semua = system?.Resources ?? [];
        var sumber = semua.Select(r => r.Name).Concat(semua.OfType<ProjectResource>().Select(p => p.Service)).Distinct().Order(StringComparer.Ordinal);
        string Pilihan(IEnumerable<string> nilai, string? dipilih) => string.Concat(nilai.Select(v =>
            $"<option{(v == dipilih ? " selected" : "")}>{html.Encode(v)}</option>"));
        var b = new StringBuilder($"""
            <form method="get" action="/log">
            <label>Resource <select name="sumber"><option value="">all</option>{Pilihan(sumber, saring.Sumber)}</select></label>
            <label>Level <select name="tingkat"><option value="">all</option>{Pilihan(["crit", "fail", "warn", "info", "dbug"], saring.Tingkat)}</select></label>
            <label>Correlation id <input name="korelasi" size="36" value="{html.Encode(saring.Korelasi ?? "")}"></label>
            <label>Text <input name="cari" value="{html.Encode(saring.Cari ?? "")}"></label>
            <button>Show</button></form>
            <p>{entri.Count} lines{(entri.Count == SaringLog.Maks ? $" (the newest {SaringLog.Maks})" : "")}. A request's correlation id is the
            <code>X-Correlation-Id</code> header of its answer; every line logged for it, and for the messages it caused, carries it.
            JSON: <a href="/api/log?{html.Encode(Query(saring))}">/api/log</a>.</p>
            <table><tr><th>time</th><th>resource</th><th>level</th><th>line</th></tr>
            """);
        foreach (var e in entri)
        {
            var kelas = e.Tingkat is "fail" or "crit" ? " class=\"buruk\"" : e.Tingkat == "warn" ? " class=\"sedang\"" : "";
            var korelasi = e.Korelasi is null ? "" : $"<br><a href=\"/log?korelasi={Uri.EscapeDataString(e.Korelasi)}\">follow {html.Encode(e.Korelasi)}</a>";
            b.Append($"<tr{kelas}><td>{e.Waktu.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)}</td><td>{html.Encode(e.Sumber)}</td>" +
                $"<td>{html.Encode(e.Tingkat ?? "")}</td><td><pre>{html.Encode(Potong(e.Teks))}</pre>{korelasi}</td></tr>");
        }

        b.Append("</table>");
        return b.ToString();
    }

    /// <summary>A schema migration's SQL is one line of 20,000 characters: the page shows the start, the JSON all of it.</summary>
    private static string Potong(string teks) => teks.Length <= 1500 ? teks : $"{teks[..1500]} … ({teks.Length:N0} characters; all of it in /api/log)";

    private static string Query(SaringLog s) => string.Join('&', new[] { ("sumber", s.Sumber), ("tingkat", s.Tingkat), ("korelasi", s.Korelasi), ("cari", s.Cari) }
        .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
}
