using System.Net;
using Kinerja.AppHost.Resources;
using Kinerja.Testing;

namespace Kinerja.EndToEnd.Tests.Keamanan;

/// <summary>
/// Issue 29, items 2 and 4: every HTTP process the AppHost starts answers only to its own names, so a page on a
/// rebinding DNS name cannot reach it through a developer's browser; nothing it starts listens beyond loopback; and its
/// logs, which name pegawai in request paths, are for the owner only (item 3).
/// </summary>
public sealed class KeamananSistemTests(SistemTerbuka sistem) : IClassFixture<SistemTerbuka>
{
    [Fact]
    public async Task every_process_refuses_a_host_that_is_not_its_own_and_answers_its_own()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var proses = sistem.System.Resources.OfType<ProjectResource>().ToList();
        Assert.Equal(Kinerja.AppHost.KinerjaSystemOptions.Services.Length + 2, proses.Count); // the services, web and the gateway
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
}
