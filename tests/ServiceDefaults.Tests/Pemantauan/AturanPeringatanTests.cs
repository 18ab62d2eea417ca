namespace Kinerja.ServiceDefaults.Tests.Pemantauan;

using System.Diagnostics;

/// <summary>
/// The alert rules in <c>ops/prometheus</c> load into Prometheus (<c>promtool check rules</c>) and each fires on
/// purpose from made-up series, with its labels and message, while a quiet series fires nothing (<c>promtool test rules</c>).
/// </summary>
public sealed class AturanPeringatanTests
{
    private static readonly string Folder = Path.Combine(Akar(), "ops", "prometheus");

    [Fact]
    public async Task the_rules_load_into_prometheus() =>
        Assert.Contains("SUCCESS: 5 rules found", await PromtoolAsync("check", "rules", "peringatan.yml"), StringComparison.Ordinal);

    [Fact]
    public async Task each_alert_fires_on_purpose_with_its_labels_and_message() =>
        Assert.Contains("SUCCESS", await PromtoolAsync("test", "rules", "peringatan.test.yml"), StringComparison.Ordinal);

    private static async Task<string> PromtoolAsync(params string[] args)
    {
        const string promtool = "/usr/bin/promtool";
        Assert.True(File.Exists(promtool), "promtool is missing: apt-get install -y prometheus (./kinerja test installs it).");
        var info = new ProcessStartInfo(promtool) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var proses = Process.Start(info)!;
        using var batas = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var keluar = proses.StandardOutput.ReadToEndAsync(batas.Token);
        var galat = proses.StandardError.ReadToEndAsync(batas.Token);
        await proses.WaitForExitAsync(batas.Token);
        var teks = await keluar + await galat;
        Assert.True(proses.ExitCode == 0, $"promtool {string.Join(' ', args)}: exit {proses.ExitCode}\n{teks}");
        return teks;
    }

    private static string Akar()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kinerja.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kinerja.sln not found above the test's folder.");
    }
}
