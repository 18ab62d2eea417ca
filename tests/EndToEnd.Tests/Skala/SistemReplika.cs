namespace Kinerja.EndToEnd.Tests.Skala;

using Kinerja.EndToEnd.Tests.Ketahanan;
using Kinerja.Testing;

/// <summary>
/// <see cref="SistemKetahanan"/> with two instances of DataPegawai, Perencanaan and Observasi behind the gateway
/// (<c>Services:Replicas</c>), the AppHost's Prometheus scraping them, and import leases short enough (<see cref="Sewa"/>) to see one run out in a test.
/// </summary>
public sealed class SistemReplika(Infrastructure infra) : SistemKetahanan(infra)
{
    public static readonly TimeSpan Sewa = TimeSpan.FromSeconds(6);

    protected override IReadOnlyDictionary<string, int> Replika => new Dictionary<string, int>
    {
        ["datapegawai"] = 2,
        ["perencanaan"] = 2,
        ["observasi"] = 2,
    };

    protected override bool DenganPrometheus => true;

    protected override IDictionary<string, string> Env => new Dictionary<string, string>(base.Env)
    {
        ["Impor__Sewa"] = Sewa.ToString(),
    };

    /// <summary>The instance whose database connection holds the service's advisory locks: the relay's leader.</summary>
    public async Task<string?> PemimpinRelayAsync(string service) =>
        await QueryAsync<string>(service,
            "select string_agg(distinct a.application_name, ',') from pg_locks l join pg_stat_activity a on a.pid = l.pid " +
            "where l.locktype = 'advisory' and l.granted and l.database = (select oid from pg_database where datname = current_database())");

    /// <summary>
    /// API requests an instance has answered since it started, from its own <c>/metrics</c> (loopback, as Prometheus
    /// reads it); the scrape itself is counted too, without a route, and left out.
    /// </summary>
    public static async Task<double> PermintaanAsync(Kinerja.Hosting.Lokal.ProjectResource instance, string method)
    {
        using var http = new HttpClient();
        var metrics = await http.GetStringAsync($"{instance.Url}/metrics");
        return metrics.Split('\n')
            .Where(l => l.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
                && l.Contains($"http_request_method=\"{method}\"", StringComparison.Ordinal)
                && l.Contains("http_route=\"/api/", StringComparison.Ordinal))
            // "name{labels} value [timestamp]"
            .Sum(l => double.Parse(l[(l.LastIndexOf('}') + 2)..].Split(' ')[0], global::System.Globalization.CultureInfo.InvariantCulture));
    }
}
