namespace Kinerja.Hosting.Servers;

/// <summary>
/// A private PostgreSQL: own data folder, own port, loopback only; never the system service.
/// <paramref name="Durable"/> false (tests) trades crash safety for speed.
/// </summary>
public sealed class LocalPostgres(string binDir, string folder, int port, bool durable = true, IReadOnlyList<string>? settings = null) : IAsyncDisposable
{
    private string DataDir => Path.Combine(folder, "data");
    private string SocketDir => Path.Combine(folder, "run");
    public int Port => port;
    public string LogFile => Path.Combine(folder, "postgres.log");

    /// <summary>The superuser's password, made for this data folder when it was created (readable by its owner only).</summary>
    private string PasswordFile => Path.Combine(folder, "password");

    /// <summary>Read from <see cref="PasswordFile"/> at start; none for a data folder made before passwords (trust).</summary>
    private string? _password;

    /// <summary>Connection string of the server itself (database <c>postgres</c>).</summary>
    public string ConnectionString =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
        + (_password is null ? "" : $";Password={_password}");

    public async Task StartAsync(CancellationToken ct = default)
    {
        var tanpaSandi = await SiapkanAsync(ct);

        // a previous run that was killed may have left its server up: take it down and start clean
        if (File.Exists(Path.Combine(DataDir, "postmaster.pid")))
        {
            try
            {
                await StopAsync();
            }
            catch (InvalidOperationException)
            {
                // not running: pg_ctl removes a stale pid file on its own at start
            }
        }

        await Proses.RunAsync(Path.Combine(binDir, "pg_ctl"),
            ["-D", DataDir, "-o", string.Join(' ', ArgumenServer()), "-l", LogFile, "-w", "-t", "60", "start"], asPostgres: true, ct: ct);
        if (tanpaSandi)
        {
            await BeriSandiAsync(ct);
        }
    }

    /// <summary>
    /// The folder, its owner and the cluster (<c>initdb</c> with a password of its own, the first time); the password read.
    /// Shared by the tests' start through <c>pg_ctl</c> and the AppHost's resource, which runs the server itself.
    /// </summary>
    /// <returns>True for a data folder made before passwords (trust), which gets one once it runs.</returns>
    public async Task<bool> SiapkanAsync(CancellationToken ct = default)
    {
        // its password, log and data: PostgreSQL's user's only (given to it below when the AppHost runs as root)
        FolderPribadi.Buat(folder);
        Directory.CreateDirectory(SocketDir);
        if (Proses.IsRoot)
        {
            await Proses.RunAsync("chown", ["-R", "postgres:postgres", folder], ct: ct);
        }

        if (!File.Exists(Path.Combine(DataDir, "PG_VERSION")))
        {
            // a password of its own per data folder instead of "trust": another local user must not walk in
            if (!File.Exists(PasswordFile))
            {
                await TulisSandiAsync(SandiBaru(), ct);
            }

            // text sorts and compares by byte (--lc-collate=C): glibc's C.UTF-8 orders by code point too, the same order for
            // UTF-8, but PostgreSQL compares through strcoll unless the collation is exactly C, and the import's lookups by
            // NIK and NIP spent 5% of PostgreSQL's time in it (issue 27); character classes stay UTF-8's
            await Proses.RunAsync(Path.Combine(binDir, "initdb"),
                ["-D", DataDir, "-A", "scram-sha-256", "--pwfile", PasswordFile, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--lc-collate=C"],
                asPostgres: true, ct: ct);
        }

        var tanpaSandi = !File.Exists(PasswordFile);
        _password = tanpaSandi ? null : (await File.ReadAllTextAsync(PasswordFile, ct)).Trim();
        return tanpaSandi;
    }

    /// <summary>
    /// The superuser's password of this data folder, made now when the folder has none yet: the AppHost declares the
    /// connection strings before the server first runs (initdb then reads it from the same file).
    /// </summary>
    public string SandiSuperuser()
    {
        FolderPribadi.Buat(folder);
        if (!File.Exists(PasswordFile))
        {
            if (File.Exists(Path.Combine(DataDir, "PG_VERSION")))
            {
                throw new InvalidOperationException($"{DataDir} was made by an older build without a password: delete {folder}, or start it once with ./kinerja test's servers.");
            }

            TulisSandiAsync(SandiBaru(), CancellationToken.None).GetAwaiter().GetResult();
        }

        _password = File.ReadAllText(PasswordFile).Trim();
        return _password;
    }

    /// <summary>The server's own command line after <c>-D</c>: port, socket, loopback only, and the profile's settings.</summary>
    public IReadOnlyList<string> ArgumenServer()
    {
        List<string> args = ["-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", SocketDir,
            "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=400", "-c", "shared_buffers=256MB"];
        if (!durable)
        {
            args.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }

        foreach (var setting in settings ?? [])
        {
            args.AddRange(["-c", setting]);
        }

        return args;
    }

    public string DataFolder => DataDir;

    /// <summary>
    /// A data folder made by an older build let anyone on this machine in (<c>trust</c>): the superuser gets a password of
    /// its own, and every line of <c>pg_hba.conf</c> asks for it from now on.
    /// </summary>
    private async Task BeriSandiAsync(CancellationToken ct)
    {
        var sandi = SandiBaru();
        await using (var connection = new Npgsql.NpgsqlConnection(ConnectionString + ";Pooling=false"))
        {
            await connection.OpenAsync(ct);
            await using var command = new Npgsql.NpgsqlCommand($"alter role postgres password '{sandi}'", connection);
            await command.ExecuteNonQueryAsync(ct);
        }

        await TulisSandiAsync(sandi, ct);
        var hba = Path.Combine(DataDir, "pg_hba.conf");
        var baris = (await File.ReadAllLinesAsync(hba, ct)).Select(l =>
            l.TrimStart().StartsWith('#') ? l : System.Text.RegularExpressions.Regex.Replace(l, @"\btrust\s*$", "scram-sha-256"));
        await File.WriteAllLinesAsync(hba, baris, ct);
        await Proses.RunAsync(Path.Combine(binDir, "pg_ctl"), ["-D", DataDir, "reload"], asPostgres: true, ct: ct);
        _password = sandi;
    }

    private static string SandiBaru() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    /// <summary>The superuser's password into <see cref="PasswordFile"/> (0600), PostgreSQL's user's, whose initdb reads it.</summary>
    private async Task TulisSandiAsync(string sandi, CancellationToken ct)
    {
        await BerkasRahasia.TulisAsync(PasswordFile, sandi, ct);
        if (Proses.IsRoot)
        {
            await Proses.RunAsync("chown", ["postgres:postgres", PasswordFile], ct: ct);
        }
    }

    /// <summary>Whether the postmaster is up (<c>pg_ctl status</c>): what the AppHost's watch restarts it on.</summary>
    public async Task<bool> RunningAsync()
    {
        try
        {
            await Proses.RunAsync(Path.Combine(binDir, "pg_ctl"), ["-D", DataDir, "status"], timeout: TimeSpan.FromSeconds(20), asPostgres: true);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public Task StopAsync() =>
        Proses.RunAsync(Path.Combine(binDir, "pg_ctl"), ["-D", DataDir, "-m", "fast", "-w", "-t", "60", "stop"], asPostgres: true);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }
    }
}
