namespace Kinerja.AppHost.Tests;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

/// <summary>
/// One of the regional subscribers in <c>samples/</c>, run as a region would run it, its JSON lines collected as it prints
/// them (samples/README.md): <c>siap</c> once bound and caught up, <c>disimpan</c> per record stored, <c>ganda</c> per one
/// already stored, <c>bukan_wilayah</c> for one of another region.
/// </summary>
public sealed class PelangganSampel : IAsyncDisposable
{
    private readonly Process _proses;
    private readonly ConcurrentQueue<JsonElement> _baris = new();
    private readonly ConcurrentQueue<string> _galat = new();

    private PelangganSampel(Process proses, string nama)
    {
        _proses = proses;
        Nama = nama;
    }

    public string Nama { get; }

    public static PelangganSampel Mulai(string nama, string program, IEnumerable<string> argumen, IReadOnlyDictionary<string, string> env)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in argumen)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env)
        {
            info.Environment[k] = v;
        }

        var proses = new Process { StartInfo = info };
        var p = new PelangganSampel(proses, nama);
        proses.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } d && d.StartsWith('{'))
            {
                p._baris.Enqueue(JsonDocument.Parse(d).RootElement.Clone());
            }
        };
        proses.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                p._galat.Enqueue(e.Data);
            }
        };
        proses.Start();
        proses.BeginOutputReadLine();
        proses.BeginErrorReadLine();
        return p;
    }

    public IReadOnlyList<JsonElement> Baris => [.. _baris];

    /// <summary>The eventIds of the lines with <paramref name="kunci"/> (<c>disimpan</c>, <c>ganda</c>).</summary>
    public IReadOnlyList<string> EventId(string kunci) =>
        Baris.Where(b => b.TryGetProperty(kunci, out _)).Select(b => b.GetProperty(kunci).GetString()!).ToList();

    /// <summary>Until <paramref name="syarat"/> holds of what it printed; a program that ended or a deadline that passed fails with its output.</summary>
    public async Task TungguAsync(Func<PelangganSampel, bool> syarat, string apa, TimeSpan batas)
    {
        var sampai = DateTime.UtcNow + batas;
        while (!syarat(this))
        {
            if (_proses.HasExited || DateTime.UtcNow > sampai)
            {
                throw new TimeoutException($"{Nama}: {apa} did not happen{(_proses.HasExited ? $"; it exited with {_proses.ExitCode}" : $" in {batas.TotalSeconds:0} s")}.\n" +
                    $"stdout:\n{string.Join('\n', Baris.Select(b => b.GetRawText()))}\nstderr:\n{string.Join('\n', _galat)}");
            }

            // the program's own output is what this waits on: polled, as a person watching its log would
            await Task.Delay(200);
        }
    }

    /// <summary>Ended as a crash ends it: no clean shutdown, so what it had not acknowledged comes again.</summary>
    public async Task MatikanAsync()
    {
        if (!_proses.HasExited)
        {
            _proses.Kill(entireProcessTree: true);
            await _proses.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await MatikanAsync();
        _proses.Dispose();
    }
}
