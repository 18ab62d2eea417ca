namespace Kinerja.EndToEnd.Tests.AppHost;

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kinerja.Hosting.Servers;
using Kinerja.Testing;

/// <summary>The private broker serves its management API and its Prometheus metrics, on loopback ports of its own.</summary>
public sealed class RabbitPribadiTests
{
    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task the_private_broker_serves_its_management_api_to_its_admin_and_its_metrics_to_prometheus()
    {
        var binaries = ServerBinaries.Find(needPostgres: false) ?? throw new InvalidOperationException("RabbitMQ is not installed (./kinerja test installs it).");
        var folder = Directory.CreateTempSubdirectory("kinerja-rabbit-").FullName;
        var rabbit = new LocalRabbitMq(binaries.RabbitMqBin, folder, Proses.FreePort());
        try
        {
            await rabbit.StartAsync();
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

            var admin = new Uri(rabbit.ConnectionString).UserInfo;
            using var permintaan = new HttpRequestMessage(HttpMethod.Get, $"{rabbit.ManagementUrl}api/overview");
            permintaan.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(admin))));
            using var overview = await http.SendAsync(permintaan);
            Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
            Assert.Equal(rabbit.Node, JsonDocument.Parse(await overview.Content.ReadAsStringAsync()).RootElement.GetProperty("node").GetString());
            // without the admin's password the API refuses
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync($"{rabbit.ManagementUrl}api/overview")).StatusCode);

            // the operator's note of how to sign in, for the owner only
            var catatan = Path.Combine(folder, "management-ui.txt");
            Assert.Contains(rabbit.ManagementUrl, await File.ReadAllTextAsync(catatan), StringComparison.Ordinal);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(catatan));

            var metrik = await http.GetStringAsync(rabbit.PrometheusUrl);
            Assert.Contains("rabbitmq_build_info", metrik, StringComparison.Ordinal);
            var antrean = await http.GetStringAsync($"{rabbit.PrometheusUrl}/detailed?family=queue_coarse_metrics");
            Assert.Contains("rabbitmq_detailed_queue_messages", antrean, StringComparison.Ordinal);

            // issue 29, item 4: Erlang's distribution port listened on 0.0.0.0; every port of the node (epmd is a daemon of
            // its own, found by its port) is on loopback
            var port = rabbit.PortTambahan.Append(rabbit.Port).ToHashSet();
            var pendengar = SoketDengar.Semua().Where(s => port.Contains(s.Port)).Concat(SoketDengar.MilikPohon(rabbit.Server!.Id)).ToList();
            Assert.Contains(pendengar, s => s.Port == rabbit.PortTambahan[0]);
            Assert.All(pendengar, s => Assert.True(s.Loopback, $"{s} listens beyond loopback"));

            // issue 29, item 8: a node an older build made has RabbitMQ's default guest/guest, which loopback_users = none
            // lets in from this machine; the next boot deletes it
            using var guest = new HttpRequestMessage(HttpMethod.Put, $"{rabbit.ManagementUrl}api/users/guest")
            {
                Content = new StringContent("{\"password\":\"guest\",\"tags\":\"administrator\"}", Encoding.UTF8, "application/json"),
            };
            guest.Headers.Authorization = permintaan.Headers.Authorization;
            Assert.True((await http.SendAsync(guest)).IsSuccessStatusCode);
            await rabbit.StopAsync();
            await rabbit.StartAsync();

            using var cari = new HttpRequestMessage(HttpMethod.Get, $"{rabbit.ManagementUrl}api/users/guest");
            cari.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(
                new Uri(rabbit.ConnectionString).UserInfo))));
            Assert.Equal(HttpStatusCode.NotFound, (await http.SendAsync(cari)).StatusCode);
            await Assert.ThrowsAnyAsync<RabbitMQ.Client.Exceptions.BrokerUnreachableException>(() =>
                new RabbitMQ.Client.ConnectionFactory { Uri = new Uri($"amqp://guest:guest@127.0.0.1:{rabbit.Port}/") }.CreateConnectionAsync());
        }
        finally
        {
            await rabbit.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
