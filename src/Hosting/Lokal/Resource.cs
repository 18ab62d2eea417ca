namespace Kinerja.Hosting.Lokal;

using Kinerja.Hosting.Servers;

public enum ResourceState { Waiting, Starting, Running, Healthy, Unhealthy, Stopped, Failed }

/// <summary>Something the AppHost runs and shows on the dashboard: a server or a service.</summary>
/// <summary>One line a resource wrote, when the AppHost read it.</summary>
public sealed record BarisLog(DateTimeOffset Waktu, string Resource, string Teks);

public abstract class Resource(string name, string kind)
{
    private readonly Queue<BarisLog> _lines = new();
    private readonly Lock _gate = new();
    private LogBerputar? _logFile;

    /// <summary>Lines kept in memory per resource for the dashboard's log page; all of them go to the log file.</summary>
    public const int KeptLines = 5000;

    public string Name { get; } = name;
    public string Kind { get; } = kind;
    public ResourceState State { get; protected set; } = ResourceState.Waiting;
    public int Restarts { get; protected set; }
    public virtual string? Url => null;
    public virtual int? Pid => null;

    /// <summary>Its log file in <paramref name="folder"/>, which only the owner may open (<see cref="LogBerputar"/>).</summary>
    public void OpenLog(string folder)
    {
        FolderPribadi.Buat(folder);
        _logFile = new LogBerputar(Path.Combine(folder, $"{Name}.log"));
    }

    /// <summary>Every line as it is logged, for whoever must count more than the kept tail (fault tests).</summary>
    public event Action<string>? Line;

    public void Log(string line)
    {
        lock (_gate)
        {
            _lines.Enqueue(new BarisLog(DateTimeOffset.Now, Name, line));
            while (_lines.Count > KeptLines)
            {
                _lines.Dequeue();
            }

            _logFile?.WriteLine(line);
        }

        Line?.Invoke(line);
    }

    public IReadOnlyList<string> LastLines(int count)
    {
        lock (_gate)
        {
            return _lines.Skip(Math.Max(0, _lines.Count - count)).Select(l => l.Teks).ToList();
        }
    }

    public IReadOnlyList<BarisLog> Lines()
    {
        lock (_gate)
        {
            return [.. _lines];
        }
    }

    public void SetState(ResourceState state) => State = state;

    public void CloseLog()
    {
        lock (_gate)
        {
            _logFile?.Dispose();
            _logFile = null;
        }
    }
}

/// <summary>PostgreSQL or RabbitMQ, private or given by connection string.</summary>
public sealed class ServerResource(string name, string url, Func<CancellationToken, Task<bool>> probe) : Resource(name, "server")
{
    public override string? Url => url;

    public void CountRestart() => Restarts++;

    public async Task<bool> ProbeAsync(CancellationToken ct)
    {
        try
        {
            var healthy = await probe(ct);
            State = healthy ? ResourceState.Healthy : ResourceState.Unhealthy;
            return healthy;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            State = ResourceState.Unhealthy;
            return false;
        }
    }
}
