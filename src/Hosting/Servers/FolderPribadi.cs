namespace Kinerja.Hosting.Servers;

/// <summary>
/// A folder of the AppHost's (the data folder, its logs, each private server's): for its owner only (0700). As root the
/// data folder is 0711 instead, since PostgreSQL runs as the <c>postgres</c> user and must pass through it to its own
/// folder (0700, its own); no one else may list it.
/// </summary>
public static class FolderPribadi
{
    public static void Buat(string folder, bool lintasanUntukPostgres = false)
    {
        Directory.CreateDirectory(folder);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        if (lintasanUntukPostgres && Servers.Proses.IsRoot)
        {
            mode |= UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        }

        File.SetUnixFileMode(folder, mode);
    }
}
