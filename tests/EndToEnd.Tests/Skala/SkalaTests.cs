namespace Kinerja.EndToEnd.Tests.Skala;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.EndToEnd.Tests.Ketahanan;
using Kinerja.Hosting.Lokal;
using Kinerja.Testing;
using Kinerja.Testing.DataSintetis;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

/// <summary>
/// Issue 15: every service as more than one instance, the real processes behind the real gateway. Each test leaves
/// every instance running as it found it, so none depends on another's order.
/// </summary>
public sealed class SkalaTests(SistemReplika sistem) : IClassFixture<SistemReplika>
{
    private static readonly TimeSpan Pulih = PersetujuanBeruntun.Pulih;

    [Fact]
    public async Task the_relay_leader_killed_mid_burst_another_instance_takes_over_and_every_agreed_plan_opens_one_cycle()
    {
        var instances = sistem.System.Instances("perencanaan");
        Assert.Equal(2, instances.Count);
        var awal = await Task.WhenAll(instances.Select(i => SistemReplika.PermintaanAsync(i, "POST")));
        var (kepala, skp) = await PersetujuanBeruntun.SiapkanAsync(sistem, kelompok: 0);
        ProjectResource? pemimpin = null;
        string? pengganti = null;
        var diambilAlih = TimeSpan.Zero;

        try
        {
            await PersetujuanBeruntun.SetujuiSemuaAsync(kepala, skp, gangguan: async () =>
            {
                var nama = await sistem.PemimpinRelayAsync("perencanaan");
                pemimpin = instances.Single(i => i.Name == nama);
                // both instances took the teachers' and the principal's commands before one went
                var sebelum = await Task.WhenAll(instances.Select(i => SistemReplika.PermintaanAsync(i, "POST")));
                Assert.All(instances.Select((i, n) => (i.Name, Dilayani: sebelum[n] - awal[n])), i => Assert.True(i.Dilayani > 0, $"{i.Name} served no command"));

                var dibunuh = DateTime.UtcNow;
                pemimpin.KillAndHold();
                await SistemBerjalan.WaitUntilAsync(async () =>
                {
                    pengganti = await sistem.PemimpinRelayAsync("perencanaan");
                    return pengganti is { Length: > 0 } && pengganti != pemimpin.Name;
                }, "another perencanaan instance holds the relay", TimeSpan.FromSeconds(30));
                diambilAlih = DateTime.UtcNow - dibunuh;
            });

            // checked with the killed instance still down: the survivor alone relayed the rest
            await PersetujuanBeruntun.SetiapPersetujuanMembukaSatuSiklusAsync(sistem, skp, kecuali: pemimpin);
        }
        finally
        {
            if (pemimpin is { Pid: null })
            {
                pemimpin.Start();
                await pemimpin.WaitHealthyAsync(Pulih, CancellationToken.None);
            }
        }

        Assert.NotNull(pemimpin);
        Assert.Equal(instances.Single(i => i != pemimpin).Name, pengganti);
        Assert.True(diambilAlih < TimeSpan.FromSeconds(15), $"the relay was taken over after {diambilAlih.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task an_instance_that_goes_down_leaves_the_gateways_rotation_and_comes_back_when_healthy()
    {
        var kepala = await sistem.MasukAsync(SistemKetahanan.Kepala, "kepala-sekolah", npsn: SistemKetahanan.Npsn);
        var (satu, dua) = (sistem.System.Instances("observasi")[0], sistem.System.Instances("observasi")[1]);
        async Task<int> GagalDari(int jumlah)
        {
            var gagal = 0;
            for (var i = 0; i < jumlah; i++)
            {
                using var response = await kepala.GetAsync("/api/observasi/siklus");
                gagal += response.IsSuccessStatusCode ? 0 : 1;
            }

            return gagal;
        }

        await dua.StopAsync(TimeSpan.FromSeconds(20));
        try
        {
            // the gateway's next health probe (every 2 s) takes it out; until then a request to it may fail
            var berturut = 0;
            await SistemBerjalan.WaitUntilAsync(async () => (berturut = await GagalDari(1) == 0 ? berturut + 1 : 0) >= 10,
                "ten requests in a row answered with one observasi instance down", TimeSpan.FromSeconds(30));
            Assert.Equal(0, await GagalDari(40));
            var dilayaniSatu = await SistemReplika.PermintaanAsync(satu, "GET");
            Assert.True(dilayaniSatu >= 50, $"the running instance answered them ({dilayaniSatu})");
        }
        finally
        {
            dua.Start();
            await dua.WaitHealthyAsync(Pulih, CancellationToken.None);
        }

        // revived: a new process, its counters from zero; it is back in rotation once the gateway has probed it
        await SistemBerjalan.WaitUntilAsync(async () =>
        {
            Assert.Equal(0, await GagalDari(10));
            return await SistemReplika.PermintaanAsync(dua, "GET") > 0;
        }, "the revived instance answers requests through the gateway again", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task an_import_belongs_to_its_instance_survives_the_other_restarting_and_fails_only_when_its_lease_runs_out()
    {
        var (satu, dua) = (sistem.System.Instances("datapegawai")[0], sistem.System.Instances("datapegawai")[1]);
        var token = (await sistem.MasukAsync("198001012005011001", "operator-dinas", wilayah: SistemKetahanan.Wilayah)).DefaultRequestHeaders.Authorization;
        HttpClient Ke(ProjectResource instance) => new() { BaseAddress = new Uri(instance.Url), DefaultRequestHeaders = { Authorization = token } };
        using var keSatu = Ke(satu);
        using var keDua = Ke(dua);

        // the other instance is stopped first: the lock below is held only while it starts, since a batch that
        // waits on it longer than Npgsql's 30 s command timeout fails the job (CI once took that long to stop and start it)
        await dua.StopAsync(TimeSpan.FromSeconds(20));

        // a job that stays running: its first batch waits on a lock the test holds on the events table
        await using (var kunci = await KunciEventsAsync())
        {
            var job = await UnggahAsync(keSatu, seed: 91);
            await SistemBerjalan.WaitUntilAsync(async () => await TungguKunciAsync(), "the import waits on the lock");

            dua.Start();
            await dua.WaitHealthyAsync(Pulih, CancellationToken.None);
            // the restarted instance has looked for abandoned jobs at start and again after a renewal period
            await Task.Delay(SistemReplika.Sewa);

            var dibacaDua = await keDua.GetFromJsonAsync<JsonElement>(job);
            Assert.True(dibacaDua.GetProperty("status").GetString() == "Berjalan", $"the job still runs: {dibacaDua}");
            await kunci.DisposeAsync();
            await SistemBerjalan.WaitUntilAsync(async () =>
                (await keDua.GetFromJsonAsync<JsonElement>(job)).GetProperty("status").GetString() == "Selesai", "the import finished", Pulih);
            Assert.Equal((await keSatu.GetFromJsonAsync<JsonElement>(job)).GetProperty("diterima").GetInt64(),
                (await keDua.GetFromJsonAsync<JsonElement>(job)).GetProperty("diterima").GetInt64());
        }

        // the instance running a job is gone for good: once its lease has run out, the other says the job failed
        Uri? ditinggal = null;
        try
        {
            await using (await KunciEventsAsync())
            {
                ditinggal = await UnggahAsync(keSatu, seed: 92);
                await SistemBerjalan.WaitUntilAsync(async () => await TungguKunciAsync(), "the second import waits on the lock");
                satu.KillAndHold();
            }

            var mati = DateTime.UtcNow;
            JsonElement akhir = default;
            await SistemBerjalan.WaitUntilAsync(async () =>
            {
                akhir = await keDua.GetFromJsonAsync<JsonElement>(ditinggal);
                return akhir.GetProperty("status").GetString() != "Berjalan";
            }, "the abandoned import is marked failed", Pulih);
            Assert.Equal("Gagal", akhir.GetProperty("status").GetString());
            Assert.Contains("unggah ulang", akhir.GetProperty("galat").GetString(), StringComparison.Ordinal);
            Assert.True(DateTime.UtcNow - mati >= SistemReplika.Sewa / 2, "not failed before its lease could have run out");
        }
        finally
        {
            if (satu.Pid is null)
            {
                satu.Start();
                await satu.WaitHealthyAsync(Pulih, CancellationToken.None);
            }
        }
    }

    [Fact]
    public async Task the_apphosts_prometheus_scrapes_every_instance_and_the_broker_and_evaluates_the_alert_rules()
    {
        var http = sistem.System.Prometheus!.Http;
        // a page on a rebound DNS name has no password: Prometheus asks for one
        using (var tanpaSandi = new HttpClient { BaseAddress = http.BaseAddress })
        {
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await tanpaSandi.GetAsync("/api/v1/targets")).StatusCode);
        }

        var instances = sistem.System.Resources.OfType<ProjectResource>().Select(p => p.Name).ToList();
        JsonElement[] targets = [];
        var turun = "";
        try
        {
            await SistemBerjalan.WaitUntilAsync(async () =>
            {
                targets = [.. (await http.GetFromJsonAsync<JsonElement>("/api/v1/targets")).GetProperty("data").GetProperty("activeTargets").EnumerateArray()];
                turun = string.Join("; ", targets.Where(t => t.GetProperty("health").GetString() != "up")
                    .Select(t => $"{t.GetProperty("scrapeUrl").GetString()}: {t.GetProperty("lastError").GetString()}"));
                return targets.Length > 0 && turun.Length == 0;
            }, "every target scraped and up", TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}; down: {turun}", ex);
        }

        // every process of the system is a target of its own, named as on the dashboard
        var diambil = targets.Where(t => !t.GetProperty("labels").GetProperty("job").GetString()!.StartsWith("rabbitmq", StringComparison.Ordinal))
            .Select(t => t.GetProperty("labels").GetProperty("instance_name").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(instances.Order(StringComparer.Ordinal), diambil);
        Assert.Contains(targets, t => t.GetProperty("labels").GetProperty("job").GetString() == "rabbitmq-antrean");
        Assert.Contains(targets, t => t.GetProperty("labels").GetProperty("instance_name").GetString() == "perencanaan-2"
            && t.GetProperty("labels").GetProperty("job").GetString() == "perencanaan");

        var aturan = (await http.GetFromJsonAsync<JsonElement>("/api/v1/rules")).GetProperty("data").GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("rules").EnumerateArray()).Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Equal(["InstanceMati", "RelayTertinggal", "PesanDiAntreanError", "ImporGagal", "Galat5xxTinggi"], aturan);
        var resource = sistem.System.Resources.OfType<ServerResource>().Single(r => r.Name == "prometheus");
        Assert.Equal(ResourceState.Healthy, resource.State);

        // it dies: the AppHost starts it again, with its data, like the private PostgreSQL
        var pid = sistem.System.PrometheusPid!.Value;
        var restarts = resource.Restarts;
        using (var process = System.Diagnostics.Process.GetProcessById(pid))
        {
            process.Kill();
        }

        async Task<bool> Siap()
        {
            try
            {
                using var ready = await http.GetAsync("/-/ready");
                return ready.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }

        await SistemBerjalan.WaitUntilAsync(async () =>
            sistem.System.PrometheusPid is { } baru && baru != pid && resource.Restarts > restarts && await Siap(),
            "Prometheus started again", TimeSpan.FromSeconds(60));
    }

    /// <summary>Uploads a Dapodik file of 40 new clean teachers to one instance directly; returns the job's path.</summary>
    private static async Task<Uri> UnggahAsync(HttpClient instance, int seed)
    {
        var dapodik = new StringWriter();
        var orang = new GeneratorData(seed, SistemKetahanan.Wilayah, orangPerSekolah: 40)
            .Tulis(40, dapodik, new StringWriter(), new StringWriter(), hanyaKasus: Kasus.Bersih).Count();
        Assert.Equal(40, orang);
        var response = await instance.PostAsync("/api/pegawai/impor/dapodik", new StringContent(dapodik.ToString(), System.Text.Encoding.UTF8, "text/csv"));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        // relative: read through whichever instance asks
        Assert.False(response.Headers.Location!.IsAbsoluteUri);
        return response.Headers.Location;
    }

    /// <summary>A transaction holding DataPegawai's events table against writes (reads go on); disposing it lets them through.</summary>
    private async Task<KunciTabel> KunciEventsAsync()
    {
        var connection = new NpgsqlConnection(sistem.System.ConnectionStringOf("datapegawai"));
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("lock table mt_events in exclusive mode", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return new KunciTabel(connection);
    }

    private sealed class KunciTabel(NpgsqlConnection connection) : IAsyncDisposable
    {
        /// <summary>Closing the connection ends its transaction and the lock; a second call does nothing.</summary>
        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }

    private async Task<bool> TungguKunciAsync() =>
        await sistem.QueryAsync<long>("datapegawai",
            "select count(*) from pg_locks where not granted and relation = 'mt_events'::regclass") > 0;
}
