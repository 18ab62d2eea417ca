namespace Kinerja.Hosting.Servers;

using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

/// <summary>Small helpers for running the servers' own command-line tools.</summary>
public static partial class Proses
{
    public static bool IsRoot => geteuid() == 0;

    /// <summary>Runs a tool to completion; throws with its output when it fails.</summary>
    public static async Task<string> RunAsync(string file, IEnumerable<string> args, IDictionary<string, string>? env = null,
        TimeSpan? timeout = null, bool asPostgres = false, CancellationToken ct = default)
    {
        var info = Info(file, args, env, asPostgres);
        using var process = new Process { StartInfo = info };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} {string.Join(' ', args)} did not finish in time.\n{output}");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} failed ({process.ExitCode}):\n{output}");
        }

        return output.ToString();
    }

    /// <summary>
    /// PostgreSQL refuses to run as root; as root its tools run as the <c>postgres</c> user that the
    /// Debian package creates (platform.md).
    /// </summary>
    public static ProcessStartInfo Info(string file, IEnumerable<string> args, IDictionary<string, string>? env = null, bool asPostgres = false)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (asPostgres && IsRoot)
        {
            info.FileName = "runuser";
            foreach (var a in (string[])["-u", "postgres", "--", file])
            {
                info.ArgumentList.Add(a);
            }
        }
        else
        {
            info.FileName = file;
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }

        return info;
    }

    /// <summary>SIGTERM: lets ASP.NET Core and the servers shut down cleanly (Process.Kill is SIGKILL).</summary>
    private static void Terminate(int pid) => _ = kill(pid, 15);

    /// <summary>
    /// SIGTERM, then SIGKILL of the whole tree if it has not exited within <paramref name="grace"/>;
    /// <paramref name="killing"/> is told before that happens.
    /// </summary>
    public static async Task StopAsync(Process process, TimeSpan grace, Action? killing = null)
    {
        if (process.HasExited)
        {
            return;
        }

        Terminate(process.Id);
        using var wait = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            killing?.Invoke();
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    public static int FreePort()
    {
        // a port is free when asked, not when its server binds it later: two systems starting side by side (test
        // fixtures in one process) could be handed the same one, and one then answered the other's requests (a
        // broker's management plugin answering 404 on a gateway's port). A port is handed out once per process.
        lock (Diberikan)
        {
            while (true)
            {
                using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
                listener.Start();
                var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
                if (Diberikan.Add(port))
                {
                    return port;
                }
            }
        }
    }

    private static readonly HashSet<int> Diberikan = [];

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);

    [LibraryImport("libc")]
    private static partial uint geteuid();
}
