namespace Kinerja.EndToEnd.Tests.AppHost;

using Kinerja.Hosting.Lokal;

/// <summary>Issue 29, item 3: a process's log is its owner's only and is rotated by size, a few kept.</summary>
public sealed class LogBerputarTests
{
    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void a_log_rotates_at_its_size_keeps_a_few_and_stays_readable_by_its_owner_only()
    {
        var folder = Directory.CreateTempSubdirectory("kinerja-log-").FullName;
        try
        {
            var path = Path.Combine(folder, "web.log");
            // a file an older build left under the usual umask
            File.WriteAllText(path, "lama\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

            using (var log = new LogBerputar(path, batas: 100, simpan: 3))
            {
                for (var i = 0; i < 50; i++)
                {
                    log.WriteLine($"GET /api/pegawai/1985031520100120{i:00} 200");
                }
            }

            var berkas = Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToArray();
            Assert.Equal(new[] { "web.log", "web.log.1", "web.log.2", "web.log.3" }, berkas);
            Assert.All(Directory.GetFiles(folder), f =>
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f));
                Assert.InRange(new FileInfo(f).Length, 1, 100);
            });
            Assert.Contains("1985031520100120" + "49", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
