namespace Kinerja.Hosting.Servers;

/// <summary>
/// A file holding passwords (PostgreSQL's, the broker's definitions, the printed credentials): readable and
/// writable by its owner only, from the moment it exists, never world-readable under the usual umask.
/// </summary>
public static class BerkasRahasia
{
    public static async Task TulisAsync(string path, string isi, CancellationToken ct = default)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode hanyaPemilik = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            options.UnixCreateMode = hanyaPemilik;
            if (File.Exists(path))
            {
                // the create mode applies only to a new file: narrow an existing one before the secret goes in
                File.SetUnixFileMode(path, hanyaPemilik);
            }
        }

        await using var file = new FileStream(path, options);
        await using var writer = new StreamWriter(file);
        await writer.WriteAsync(isi.AsMemory(), ct);
    }

    /// <summary>
    /// A secret of this data folder, made once and kept: what must stay the same across starts (the import rows'
    /// fingerprint key, whose change would make every row of the next re-import look changed).
    /// </summary>
    public static async Task<string> KunciAsync(string path, CancellationToken ct = default)
    {
        if (File.Exists(path))
        {
            return (await File.ReadAllTextAsync(path, ct)).Trim();
        }

        var kunci = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await TulisAsync(path, kunci, ct);
        return kunci;
    }
}
