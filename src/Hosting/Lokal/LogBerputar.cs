namespace Kinerja.Hosting.Lokal;

using System.Text;

/// <summary>
/// A process's log file: readable by its owner only from the moment it exists (request lines name pegawai), and
/// rotated by size, <c>{name}.log</c> → <c>.1</c> → … → <c>.{simpan}</c>, the oldest dropped, so a long run cannot fill the disk.
/// </summary>
public sealed class LogBerputar : IDisposable
{
    public const long BatasBawaan = 10 * 1024 * 1024;
    public const int SimpanBawaan = 5;

    internal const UnixFileMode HanyaPemilik = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _path;
    private readonly long _batas;
    private readonly int _simpan;
    private FileStream _file;

    public LogBerputar(string path, long batas = BatasBawaan, int simpan = SimpanBawaan)
    {
        (_path, _batas, _simpan) = (path, batas, simpan);
        _file = Buka();
    }

    public void WriteLine(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line + "\n");
        if (_file.Length > 0 && _file.Length + bytes.Length > _batas)
        {
            Putar();
        }

        _file.Write(bytes);
        _file.Flush();
    }

    private void Putar()
    {
        _file.Dispose();
        File.Delete($"{_path}.{_simpan}");
        for (var i = _simpan - 1; i >= 1; i--)
        {
            if (File.Exists($"{_path}.{i}"))
            {
                File.Move($"{_path}.{i}", $"{_path}.{i + 1}");
            }
        }

        File.Move(_path, $"{_path}.1");
        _file = Buka();
    }

    private FileStream Buka()
    {
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = HanyaPemilik;
            if (File.Exists(_path))
            {
                // a file left by an older build, made under the usual umask (0644)
                File.SetUnixFileMode(_path, HanyaPemilik);
            }
        }

        return new FileStream(_path, options);
    }

    public void Dispose() => _file.Dispose();
}
