namespace Kinerja.EndToEnd.Tests.Keamanan;

using System.Net;
using Kinerja.Hosting.Lokal;
using Kinerja.Testing;
using Npgsql;

/// <summary>
/// Issue 29, items 2 and 4: every HTTP process the AppHost starts answers only to its own names, so a page on a
/// rebinding DNS name cannot reach it through a developer's browser; nothing it starts listens beyond loopback; and its
/// logs, which name pegawai in request paths, are for the owner only (item 3); each service connects to PostgreSQL
/// as a role of its own that cannot rewrite the PDP access log or read another service's database (item 7); behind a
/// TLS proxy the answers carry HSTS, a CSP and Secure cookies, and API answers are never cached (item 8).
/// </summary>
public sealed class KeamananSistemTests(SistemTerbuka sistem) : IClassFixture<SistemTerbuka>
{
    [Fact]
    public async Task every_process_refuses_a_host_that_is_not_its_own_and_answers_its_own()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var proses = sistem.System.Resources.OfType<ProjectResource>().ToList();
        Assert.Equal(Kinerja.Hosting.Lokal.KinerjaSystemOptions.Services.Length + 2, proses.Count); // the services, web and the gateway
        foreach (var p in proses)
        {
            foreach (var (host, status) in new[] { ("evil.example", HttpStatusCode.BadRequest), ($"evil.example:{p.Port}", HttpStatusCode.BadRequest),
                         ($"127.0.0.1:{p.Port}", HttpStatusCode.OK), ($"localhost:{p.Port}", HttpStatusCode.OK) })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"{p.Url}/alive");
                request.Headers.Host = host;
                using var response = await http.SendAsync(request);
                Assert.True(response.StatusCode == status, $"{p.Name} with Host {host}: {(int)response.StatusCode}, expected {(int)status}");
            }
        }
    }

    [Fact]
    public void nothing_the_system_started_listens_beyond_loopback()
    {
        var pid = sistem.System.Resources.OfType<ProjectResource>().Select(p => p.Pid).OfType<int>().ToArray();
        Assert.NotEmpty(pid);

        var pendengar = SoketDengar.MilikPohon(Environment.ProcessId);

        Assert.Contains(pendengar, s => sistem.System.Resources.OfType<ProjectResource>().Any(p => p.Port == s.Port));
        Assert.All(pendengar, s => Assert.True(s.Loopback, $"{s} listens beyond loopback"));
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void the_data_folder_and_the_logs_are_for_their_owner_only()
    {
        const UnixFileMode semuaPemilik = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var data = sistem.System.Options.DataFolder;
        var logs = Path.Combine(data, "logs");
        var berkas = Directory.GetFiles(logs, "*.log");

        // as root the data folder may be passed through (not listed) by PostgreSQL's own user
        Assert.Equal(0, (int)(File.GetUnixFileMode(data) & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)));
        Assert.Equal(semuaPemilik, File.GetUnixFileMode(logs));
        Assert.Contains(berkas, f => Path.GetFileName(f) == "gateway.log");
        Assert.All(berkas, f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
    }

    [Fact]
    public async Task a_services_own_role_may_only_add_to_the_access_log_and_reaches_only_its_own_database()
    {
        var datapegawai = sistem.System.ConnectionStringLayanan("datapegawai");
        Assert.Equal("kinerja_" + sistem.System.DatabaseOf("datapegawai"), new NpgsqlConnectionStringBuilder(datapegawai).Username);
        await using var connection = new NpgsqlConnection(datapegawai);
        await connection.OpenAsync();
        Assert.Equal(false, await SkalarAsync(connection, "select rolsuper from pg_roles where rolname = current_user"));

        // what the service does: add a row (rolled back here, so the log holds only real reads)
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await using var tambah = new NpgsqlCommand(
                "insert into pdp.kinerja_akses_data_pribadi (pembaca, peran, pegawai, endpoint) values ('uji', 'admin', 'uji', 'uji')", connection, tx);
            Assert.Equal(1, await tambah.ExecuteNonQueryAsync());
            await tx.RollbackAsync();
        }

        // the superuser owned nothing it could not drop before: the table, its trigger and its function were re-created
        // by the service at each start, as the superuser
        foreach (var sql in new[]
                 {
                     "update pdp.kinerja_akses_data_pribadi set pembaca = 'x'", "delete from pdp.kinerja_akses_data_pribadi",
                     "truncate pdp.kinerja_akses_data_pribadi", "drop trigger kinerja_akses_data_pribadi_tetap on pdp.kinerja_akses_data_pribadi",
                     "alter table pdp.kinerja_akses_data_pribadi disable trigger all", "drop table pdp.kinerja_akses_data_pribadi",
                     "drop schema pdp cascade",
                     "create or replace function pdp.kinerja_akses_data_pribadi_tetap() returns trigger language plpgsql as $$ begin return null; end $$",
                     "alter table pdp.kinerja_akses_data_pribadi set schema public",
                 })
        {
            var e = await Assert.ThrowsAsync<PostgresException>(() => SkalarAsync(connection, sql));
            Assert.True(e.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {e.SqlState} {e.MessageText}");
        }

        // its own schema is its own: Marten changes it at start
        Assert.Equal(true, await SkalarAsync(connection, "select pg_get_userbyid(relowner) = current_user from pg_class where relname = 'mt_events'"));

        var lain = new NpgsqlConnectionStringBuilder(datapegawai) { Database = sistem.System.DatabaseOf("perencanaan"), Pooling = false }.ConnectionString;
        await using var keLain = new NpgsqlConnection(lain);
        var tolak = await Assert.ThrowsAsync<PostgresException>(() => keLain.OpenAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, tolak.SqlState);
    }

    private static async Task<object?> SkalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>
    /// The test client stands for a TLS proxy on this machine (loopback, trusted): its <c>X-Forwarded-Proto: https</c> is
    /// believed; without it the same request is plain HTTP.
    /// </summary>
    [Fact]
    public async Task behind_a_tls_proxy_pages_get_hsts_a_csp_and_secure_cookies_and_api_answers_are_not_cached()
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(sistem.System.GatewayUrl),
        };

        using var lewatTls = new HttpRequestMessage(HttpMethod.Get, "/masuk");
        lewatTls.Headers.Add("X-Forwarded-Proto", "https");
        using var tls = await http.SendAsync(lewatTls);
        using var polos = await http.GetAsync("/masuk");

        Assert.Equal(HttpStatusCode.OK, tls.StatusCode);
        Assert.Contains("max-age=", tls.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(polos.Headers.Contains("Strict-Transport-Security"));
        Assert.StartsWith("default-src 'self'", tls.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.All(tls.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(polos.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));

        using var guru = await sistem.MasukAsync("198503152010012001", "guru", npsn: "20000000");
        using var katalog = await guru.GetAsync("/api/perencanaan/katalog");
        Assert.Equal(HttpStatusCode.OK, katalog.StatusCode);
        Assert.Contains("no-store", katalog.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }
}
