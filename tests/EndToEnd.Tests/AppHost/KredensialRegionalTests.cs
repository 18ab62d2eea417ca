namespace Kinerja.EndToEnd.Tests.AppHost;

using Kinerja.Hosting.Aspire;
using Kinerja.Hosting.Servers;
using Kinerja.Testing;
using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

/// <summary>
/// Issue 26, item 3: a region's broker user is made once, keeps its password across every start of the broker, and changes
/// only when rotated, the old pair working until its grace ends. The services' users still get new passwords every start.
/// </summary>
public sealed class KredensialRegionalTests
{
    private const string Exchange = "Kinerja.Contracts:PredikatKinerjaDitetapkan";

    [Fact(Timeout = 300_000)]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task a_regions_user_lasts_across_restarts_and_a_rotation_keeps_the_old_one_only_for_its_grace()
    {
        var binaries = ServerBinaries.Find(needPostgres: false) ?? throw new InvalidOperationException("RabbitMQ is not installed (./kinerja test installs it).");
        var data = Directory.CreateTempSubdirectory("kinerja-regional-").FullName;
        var jam = new JamUji(DateTimeOffset.UtcNow);
        var simpanan = new KredensialRegional(Path.Combine(data, "regional"), jam);
        var port = Proses.FreePort();
        var (regional, baru) = await simpanan.TambahAsync("3273");
        Assert.True(baru);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, "regional", "3273.json")));
        var rabbit = new LocalRabbitMq(binaries.RabbitMqBin, Path.Combine(data, "rabbitmq"), port, "", simpanan);
        try
        {
            await rabbit.StartAsync();
            var pertama = rabbit.ConnectionStringOf("regional-3273");
            var layananPertama = rabbit.ConnectionStringOf("kinerja-penilaian");
            await BisaBerlanggananAsync(pertama, "3273");
            // its own routing key only, its own queues only
            await Assert.ThrowsAnyAsync<RabbitMQ.Client.Exceptions.RabbitMQClientException>(() => BisaBerlanggananAsync(pertama, "3204"));

            // adding it again changes nothing
            Assert.False((await simpanan.TambahAsync("3273")).Baru);
            Assert.Equal(regional.Aktif.Sandi, simpanan.Baca("3273")!.Aktif.Sandi);

            // the AppHost started again: a new LocalRabbitMq on the same folder. The region's password is the same; a service's is new
            await rabbit.DisposeAsync();
            rabbit = new LocalRabbitMq(binaries.RabbitMqBin, Path.Combine(data, "rabbitmq"), port, "", new KredensialRegional(Path.Combine(data, "regional"), jam));
            await rabbit.StartAsync();
            Assert.Equal(pertama, rabbit.ConnectionStringOf("regional-3273"));
            await BisaBerlanggananAsync(pertama, "3273");
            await Assert.ThrowsAnyAsync<RabbitMQ.Client.Exceptions.BrokerUnreachableException>(() => SambungAsync(layananPertama));

            // a rotation while it runs, from the command line: the new pair works at once, and so does the old one
            var keluar = new StringWriter();
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DataFolder"] = data,
                ["RabbitMq:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }).Build();
            Assert.Equal(0, await PerintahRegion.JalankanAsync(["rotate", "3273", "--grace=1h"], config, keluar));
            Assert.Contains("The running broker has it now", keluar.ToString(), StringComparison.Ordinal);
            Assert.Contains("regional-3273-r2", keluar.ToString(), StringComparison.Ordinal);
            var kedua = rabbit.ConnectionStringOf("regional-3273-r2");
            Assert.Contains(new Uri(kedua).UserInfo.Split(':')[1], keluar.ToString(), StringComparison.Ordinal);
            await BisaBerlanggananAsync(kedua, "3273");
            await BisaBerlanggananAsync(pertama, "3273");

            // the grace ends: the old pair is refused, the new one is not
            jam.Kini += TimeSpan.FromHours(2);
            var (_, dihapus) = await rabbit.SelaraskanRegionalAsync(CancellationToken.None);
            Assert.Equal(["regional-3273"], dihapus);
            await Assert.ThrowsAnyAsync<RabbitMQ.Client.Exceptions.BrokerUnreachableException>(() => SambungAsync(pertama));
            await BisaBerlanggananAsync(kedua, "3273");

            // bad input is said, and nothing is stored
            var salah = new StringWriter();
            Assert.Equal(1, await PerintahRegion.JalankanAsync(["add", "32-73"], config, salah));
            Assert.Contains("not a kode wilayah", salah.ToString(), StringComparison.Ordinal);
            Assert.Equal(["3273"], simpanan.Semua().Select(r => r.Wilayah));

            // removed: refused from the next reconciliation on
            Assert.Equal(0, await PerintahRegion.JalankanAsync(["remove", "3273"], config, new StringWriter()));
            await Assert.ThrowsAnyAsync<RabbitMQ.Client.Exceptions.BrokerUnreachableException>(() => SambungAsync(kedua));
        }
        finally
        {
            await rabbit.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<IConnection> SambungAsync(string uri) =>
        await new ConnectionFactory { Uri = new Uri(uri), AutomaticRecoveryEnabled = false }.CreateConnectionAsync();

    /// <summary>Declares a quorum queue of the region's own and binds it with <paramref name="kunci"/>, as the samples do.</summary>
    private static async Task BisaBerlanggananAsync(string uri, string kunci)
    {
        await using var koneksi = await SambungAsync(uri);
        await using var kanal = await koneksi.CreateChannelAsync();
        var wilayah = new Uri(uri).UserInfo.Split(':')[0]["regional-".Length..][..4];
        var antrean = $"regional-{wilayah}-uji";
        await kanal.QueueDeclareAsync(antrean, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
        await kanal.QueueBindAsync(antrean, Exchange, kunci);
    }
}
