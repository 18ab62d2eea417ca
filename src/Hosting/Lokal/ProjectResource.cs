namespace Kinerja.Hosting.Lokal;

using System.Diagnostics;
using Kinerja.Hosting.Servers;

/// <summary>
/// One of our own processes (a service or the gateway), run from its build output with Aspire-style
/// environment variables, and restarted if it dies while the system is up.
/// </summary>
public sealed class ProjectResource(string name, string dll, int port, IReadOnlyDictionary<string, string> env)
    : Resource(name, "project")
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(3) };
    private readonly Lock _gate = new();
    private Process? _process;
    private bool _stopping;
    private volatile bool _held;
    private Task _supervision = Task.CompletedTask;

    /// <summary>The service this process is an instance of (its <see cref="Resource.Name"/> is the instance's).</summary>
    public string Service { get; init; } = name;

    public int Port => port;
    public override string Url => $"http://127.0.0.1:{port}";
    public override int? Pid => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>Raised when the process exits by itself (not stopped by us), before the restart.</summary>
    public event Action<ProjectResource, int>? Exited;

    public void Start()
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{Name}: {dll} is missing; build the solution first (dotnet build Kinerja.sln).");
        }

        _stopping = false;
        _held = false;
        Launch();
    }

    private void Launch()
    {
        var info = Proses.Info("dotnet", [dll], new Dictionary<string, string>(env)
        {
            ["ASPNETCORE_URLS"] = Url,
        });
        info.WorkingDirectory = Path.GetDirectoryName(dll)!;
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { Log(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Log(e.Data); } };
        State = ResourceState.Starting;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        lock (_gate)
        {
            _process = process;
        }

        _supervision = SuperviseAsync(process);
    }

    private async Task SuperviseAsync(Process process)
    {
        await process.WaitForExitAsync();
        if (_stopping)
        {
            State = ResourceState.Stopped;
            return;
        }

        var code = process.ExitCode;
        Log(_held ? $"[apphost] {Name} killed (exit code {code}); held down until started again" : $"[apphost] {Name} exited with code {code}; restarting");
        State = ResourceState.Failed;
        Restarts++;
        if (_held)
        {
            return;
        }

        Exited?.Invoke(this, code);
        // back off so a service that cannot start does not spin the machine
        await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(Restarts, 5)) / 2)));
        if (!_stopping)
        {
            Launch();
        }
    }

    public async Task<bool> ProbeAsync(CancellationToken ct)
    {
        if (_process is null or { HasExited: true })
        {
            return false;
        }

        try
        {
            using var response = await Http.GetAsync($"{Url}/health", ct);
            State = response.IsSuccessStatusCode ? ResourceState.Healthy : ResourceState.Unhealthy;
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            if (State is ResourceState.Healthy)
            {
                State = ResourceState.Unhealthy;
            }

            return false;
        }
    }

    public async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await ProbeAsync(ct))
            {
                return;
            }

            await Task.Delay(250, ct);
        }

        throw new TimeoutException($"{Name} was not healthy after {timeout.TotalSeconds:0} s. Last lines:\n{string.Join('\n', LastLines(30))}");
    }

    /// <summary>For fault tests: SIGKILL, as a crash would; the supervisor then restarts it.</summary>
    public void Kill() => _process?.Kill(entireProcessTree: true);

    /// <summary>
    /// For scale-out tests: SIGKILL, and not restarted until <see cref="Start"/>, as a machine that is gone; the other
    /// instances have to carry on alone meanwhile.
    /// </summary>
    public void KillAndHold()
    {
        _held = true;
        Kill();
    }

    public async Task StopAsync(TimeSpan grace)
    {
        _stopping = true;
        Process? process;
        lock (_gate)
        {
            process = _process;
        }

        if (process is not null)
        {
            await Proses.StopAsync(process, grace, () => Log($"[apphost] {Name} did not stop in {grace.TotalSeconds:0} s; killing it"));
        }

        await _supervision;
        State = ResourceState.Stopped;
    }
}
