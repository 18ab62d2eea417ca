namespace Kinerja.DataPegawai.Impor;

using System.Diagnostics;

/// <summary>
/// Where uploads wait for their import: files full of NIKs and mothers' names. A folder of this process
/// (<c>&lt;Impor:Folder&gt;/&lt;pid&gt;-&lt;random&gt;</c>, 0700, files 0600), emptied when the process starts and stops; the
/// folders of processes that are gone (killed, crashed) are removed at start too. Nothing is left behind
/// under the usual umask for another local user to read.
/// </summary>
public sealed class FolderSpool
{
    private const UnixFileMode HanyaPemilik = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public FolderSpool(IConfiguration configuration)
    {
        Induk = configuration["Impor:Folder"] ?? Path.Combine(Path.GetTempPath(), "kinerja-datapegawai-impor");
        // the pid tells a dead owner from a live one; the suffix keeps two hosts in one process (tests) apart
        Folder = Path.Combine(Induk, $"{Environment.ProcessId}-{Guid.NewGuid():n}"[..24]);
    }

    public string Induk { get; }

    public string Folder { get; }

    /// <summary>Creates this process's folder empty, and removes what dead processes left.</summary>
    public void Siapkan()
    {
        Buat(Induk);
        foreach (var lain in Directory.EnumerateDirectories(Induk))
        {
            if (lain == Folder || (int.TryParse(Path.GetFileName(lain).Split('-')[0], out var pid) && Hidup(pid)))
            {
                continue;
            }

            HapusFolder(lain);
        }

        Kosongkan();
        Buat(Folder);
    }

    /// <summary>Removes this process's folder; one already gone (or going) is what was asked for.</summary>
    public void Kosongkan() => HapusFolder(Folder);

    /// <summary>A new spool file, readable and writable by this process's user only.</summary>
    public FileStream Buka(string path)
    {
        Buat(Folder);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16, Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }

    public static void Hapus(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // removed with the folder at the next start
        }
    }

    /// <summary>
    /// Every instance starting on the machine clears the dead's folders, so two starting together remove the same
    /// files: each one that finds a file already gone looks again until the folder is gone. A stop removes its own
    /// folder the same way: CI once saw it vanish between the listing and the last rmdir (a test fixture's stop).
    /// </summary>
    private static void HapusFolder(string folder)
    {
        for (var coba = 0; coba < 10 && Directory.Exists(folder); coba++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // DirectoryNotFoundException included: the other instance got there first
            }
        }
    }

    private static void Buat(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        Directory.CreateDirectory(folder, HanyaPemilik);
        File.SetUnixFileMode(folder, HanyaPemilik);
    }

    private static bool Hidup(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
