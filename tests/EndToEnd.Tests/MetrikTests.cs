namespace Kinerja.EndToEnd.Tests;

using System.Net;
using System.Net.Http.Json;
using Kinerja.Klien;
using Kinerja.Testing;

/// <summary>
/// Every service, the gateway and Web answer <c>/metrics</c> in Prometheus's format on their own port, with the same
/// instruments as the OTLP export (here the commands counter and HTTP server durations).
/// </summary>
public sealed class MetrikTests(SistemBerjalan sistem) : IClassFixture<SistemBerjalan>
{
    [Fact]
    public async Task each_process_serves_its_instruments_at_metrics_to_a_scraper_on_this_machine()
    {
        var op = await sistem.MasukAsync("198001012005011001", "operator-dinas", wilayah: "3273");
        var npsn = Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Created, (await op.KirimAsync(ApiDataPegawai.Sekolah(npsn, new SimpanSekolah("SD Metrik", "3273")))).StatusCode);
        using var diterima = await op.PostAsync("/api/pegawai/impor/dukcapil",
            new StringContent("nik,nama,tanggal_lahir,jenis_kelamin,nama_ibu_kandung\n3273014505900009,SITI METRIK,1990-05-05,P,Ibu Siti\n", System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Accepted, diterima.StatusCode);
        await SistemBerjalan.WaitUntilAsync(async () =>
            (await op.GetFromJsonAsync<System.Text.Json.JsonElement>(diterima.Headers.Location!)).GetProperty("status").GetString() == "Selesai", "the import");

        using var scraper = new HttpClient();
        foreach (var nama in new[] { "gateway", "datapegawai", "perencanaan", "observasi", "penilaian", "web" })
        {
            var port = sistem.System.Project(nama).Port;
            using var response = await scraper.GetAsync($"http://127.0.0.1:{port}/metrics");
            var teks = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{nama}: {response.StatusCode} {teks}");
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            Assert.Contains("# TYPE ", teks, StringComparison.Ordinal);
        }

        // the school's registration was a command of DataPegawai, counted with its outcome
        var datapegawai = await scraper.GetStringAsync($"http://127.0.0.1:{sistem.System.Project("datapegawai").Port}/metrics");
        Assert.Matches(@"kinerja_commands(_total)?\{[^}]*command=""simpan-sekolah""", datapegawai);
        // and the import job's end, which the ImporGagal alert watches for outcome="failed"
        Assert.Matches(@"kinerja_imports(_total)?\{[^}]*outcome=""ok""\} 1", datapegawai);
        var gateway = await scraper.GetStringAsync($"http://127.0.0.1:{sistem.System.Project("gateway").Port}/metrics");
        Assert.Contains("http_server_request_duration_seconds", gateway, StringComparison.Ordinal);
    }
}
