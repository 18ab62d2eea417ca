namespace Kinerja.EndToEnd.Tests;

using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Kinerja.Hosting.Lokal;
using Kinerja.Testing;

/// <summary>
/// docs/api.md's walk-through, run as its reader runs it: every <c>sh</c> block in order, as one bash script with
/// curl, against a fresh system with the planning window open. A step the API refuses stops it (curl
/// <c>--fail-with-body</c>), so the page cannot drift from the API.
/// </summary>
public sealed partial class PanduanApiTests(SistemTerbuka sistem) : IClassFixture<SistemTerbuka>
{
    [GeneratedRegex(@"^```sh\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex BlokSh();

    [Fact]
    public async Task the_walk_through_of_docs_api_md_runs_from_an_empty_system_to_an_agreed_plan()
    {
        var root = RepoRoot.Find();
        var blok = BlokSh().Matches(await File.ReadAllTextAsync(Path.Combine(root, "docs", "api.md"))).Select(m => m.Groups[1].Value).ToList();
        Assert.True(blok.Count >= 6, $"docs/api.md has {blok.Count} sh blocks; the walk has at least six");

        // every curl of the page fails on a refusal, and shows why
        var skrip = "set -eu\ncurl() { command curl --fail-with-body --show-error \"$@\"; }\n" + string.Join("\n", blok);
        var info = new ProcessStartInfo("bash", ["-c", skrip])
        {
            WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.Environment["G"] = sistem.Gateway.BaseAddress!.ToString().TrimEnd('/');
        using var bash = Process.Start(info)!;
        var keluaran = new StringBuilder();
        bash.OutputDataReceived += (_, e) => { lock (keluaran) { keluaran.AppendLine(e.Data); } };
        bash.ErrorDataReceived += (_, e) => { lock (keluaran) { keluaran.AppendLine(e.Data); } };
        bash.BeginOutputReadLine();
        bash.BeginErrorReadLine();
        using var batas = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await bash.WaitForExitAsync(batas.Token);
        }
        catch (OperationCanceledException)
        {
            bash.Kill(entireProcessTree: true);
            Assert.Fail($"The walk-through did not end in 4 minutes:\n{keluaran}");
        }

        bash.WaitForExit(); // the last lines of output
        var teks = keluaran.ToString();
        Assert.True(bash.ExitCode == 0, $"The walk-through stopped ({bash.ExitCode}):\n{teks}");
        Assert.Contains("\"aksi\":[\"ubah\",\"ajukan\"]", teks);
        Assert.Contains("\"aksi\":[\"ubah\",\"setujui\",\"kembalikan\"]", teks);
        Assert.Contains("\"status\":\"Disepakati\"", teks);
        Assert.Contains("\"tahap\":\"Observasi\"", teks);
    }
}
