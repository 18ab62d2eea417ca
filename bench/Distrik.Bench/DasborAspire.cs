namespace Kinerja.Bench.Distrik;

using System.Diagnostics;
using Kinerja.Hosting.Servers;

/// <summary>
/// The Aspire dashboard on its own (the one the AppHost runs, from the NuGet cache the AppHost's restore filled), as the
/// receiver of the traced run's telemetry: an exporter with nobody to send to would measure a different cost. Loopback
/// only and for this run only, so without keys.
/// </summary>
public sealed class DasborAspire : IAsyncDisposable
{
    private readonly Process _proses;
    private readonly string _url;
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };

    private DasborAspire(Process proses, string url, string otlp)
    {
        _proses = proses;
        _url = url;
        Otlp = otlp;
    }

    public string Otlp { get; }

    public static async Task<DasborAspire> MulaiAsync()
    {
        var nuget = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var exe = Directory.Exists(Path.Combine(nuget, "aspire.dashboard.sdk.linux-x64"))
            ? Directory.GetFiles(Path.Combine(nuget, "aspire.dashboard.sdk.linux-x64"), "Aspire.Dashboard", SearchOption.AllDirectories).Order().LastOrDefault()
            : null;
        if (exe is null)
        {
            throw new InvalidOperationException($"The Aspire dashboard is not in {nuget}: build src/AppHost first (its SDK restores it).");
        }

        var (url, otlp) = ($"http://127.0.0.1:{Proses.FreePort()}", $"http://127.0.0.1:{Proses.FreePort()}");
        var info = Proses.Info(exe, [], new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = url,
            ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = otlp,
            ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
            ["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true",
            ["Dashboard__Api__Enabled"] = "true",
            ["Dashboard__Api__AuthMode"] = "Unsecured",
            ["ASPIRE_DASHBOARD_TELEMETRY_OPTOUT"] = "true",
        });
        info.WorkingDirectory = Path.GetDirectoryName(exe)!;
        var proses = Process.Start(info)!;
        proses.OutputDataReceived += (_, _) => { };
        proses.ErrorDataReceived += (_, _) => { };
        proses.BeginOutputReadLine();
        proses.BeginErrorReadLine();
        var dasbor = new DasborAspire(proses, url, otlp);
        for (var i = 0; i < 120; i++)
        {
            try
            {
                using var r = await Http.GetAsync($"{url}/api/telemetry/resources");
                if (r.IsSuccessStatusCode)
                {
                    return dasbor;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        await dasbor.DisposeAsync();
        throw new TimeoutException("The Aspire dashboard did not answer in 60 s.");
    }

    /// <summary>How many spans it holds (at most its own limit): proof the traced run's spans arrived.</summary>
    public async Task<int> SpanAsync()
    {
        var isi = await Http.GetStringAsync($"{_url}/api/telemetry/spans?limit=100000");
        return (isi.Length - isi.Replace("\"spanId\"", "", StringComparison.Ordinal).Length) / "\"spanId\"".Length;
    }

    /// <summary>The CPU seconds it has used so far (user and system, /proc/&lt;pid&gt;/stat).</summary>
    public double CpuDetik()
    {
        var f = File.ReadAllText($"/proc/{_proses.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // utime and stime are the 12th and 13th fields after the name, in clock ticks (100 a second on Linux)
        return (long.Parse(f[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(f[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0;
    }

    public async ValueTask DisposeAsync()
    {
        await Proses.StopAsync(_proses, TimeSpan.FromSeconds(10));
        _proses.Dispose();
    }
}
