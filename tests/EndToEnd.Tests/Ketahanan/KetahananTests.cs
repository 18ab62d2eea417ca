namespace Kinerja.EndToEnd.Tests.Ketahanan;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Hosting.Lokal;
using Kinerja.Klien;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.Testing;
using RabbitMQ.Client;

/// <summary>
/// Issue 7's faults, with the real processes, PostgreSQL and RabbitMQ. The traffic is a principal agreeing
/// a burst of submitted plans: Perencanaan commits <c>skp_disepakati</c>, its relay publishes
/// <c>SkpDisepakati</c>, Observasi opens one cycle per plan. Whatever breaks in between, in the end every
/// committed agreement has opened exactly one cycle, and Observasi recorded handling each message once.
/// </summary>
public sealed class KetahananTests(SistemKetahanan sistem) : IClassFixture<SistemKetahanan>
{
    private static readonly TimeSpan Pulih = PersetujuanBeruntun.Pulih;

    [Fact]
    public async Task the_relaying_service_killed_mid_burst_loses_nothing_and_duplicates_nothing()
    {
        var (kepala, skp) = await PersetujuanBeruntun.SiapkanAsync(sistem, kelompok: 0);
        var perencanaan = sistem.System.Project("perencanaan");
        var restarts = perencanaan.Restarts;

        await PersetujuanBeruntun.SetujuiSemuaAsync(kepala, skp, gangguan: () => PersetujuanBeruntun.MatikanAsync(perencanaan));

        Assert.True(perencanaan.Restarts > restarts, "perencanaan was killed and restarted during the burst");
        await PersetujuanBeruntun.SetiapPersetujuanMembukaSatuSiklusAsync(sistem, skp);
    }

    [Fact]
    public async Task rabbitmq_stopped_mid_burst_and_started_again_loses_nothing_and_duplicates_nothing()
    {
        var (kepala, skp) = await PersetujuanBeruntun.SiapkanAsync(sistem, kelompok: 1);
        var broker = sistem.System.PrivateRabbitMq!;

        // the commands need only PostgreSQL: they go on being accepted while the broker is down
        await PersetujuanBeruntun.SetujuiSemuaAsync(kepala, skp, gangguan: broker.StopAsync, pulih: () => broker.StartAsync());

        await PersetujuanBeruntun.SetiapPersetujuanMembukaSatuSiklusAsync(sistem, skp);
    }

    [Fact]
    public async Task the_consuming_service_killed_while_consuming_loses_nothing_and_duplicates_nothing()
    {
        var (kepala, skp) = await PersetujuanBeruntun.SiapkanAsync(sistem, kelompok: 2);
        var observasi = sistem.System.Project("observasi");
        var restarts = observasi.Restarts;

        // killed as soon as it has started on this burst, so messages are in flight in it
        var sudahMulai = SistemBerjalan.WaitUntilAsync(async () =>
            await sistem.QueryAsync<long>("observasi", "select count(*) from mt_events where type = 'siklus_dibuka' and stream_id = any($1)",
                skp.Select(s => s.Id).ToArray()) > 0, "observasi started consuming", Pulih);
        await PersetujuanBeruntun.SetujuiSemuaAsync(kepala, skp, gangguan: async () =>
        {
            await sudahMulai;
            await PersetujuanBeruntun.MatikanAsync(observasi);
        });

        Assert.True(observasi.Restarts > restarts, "observasi was killed and restarted during the burst");
        await PersetujuanBeruntun.SetiapPersetujuanMembukaSatuSiklusAsync(sistem, skp);
    }

    [Fact]
    public async Task the_relay_rewound_to_the_start_delivers_everything_again_and_changes_nothing()
    {
        var (kepala, skp) = await PersetujuanBeruntun.SiapkanAsync(sistem, kelompok: 3);
        await PersetujuanBeruntun.SetujuiSemuaAsync(kepala, skp, gangguan: () => Task.CompletedTask);
        await PersetujuanBeruntun.SetiapPersetujuanMembukaSatuSiklusAsync(sistem, skp);
        var semua = await sistem.DaftarAsync<string>("perencanaan", "select id::text from mt_events where type = 'skp_disepakati'");
        var peristiwa = await sistem.QueryAsync<long>("observasi", "select count(*) from mt_events");
        var tercatat = await sistem.QueryAsync<long>("observasi", "select count(*) from mt_doc_pesanditangani");
        var observasi = sistem.System.Project("observasi");
        var diabaikan = new HashSet<string>();
        void Hitung(string line)
        {
            foreach (var id in semua.Where(id => line.Contains($"already handled {id}", StringComparison.Ordinal)))
            {
                lock (diabaikan)
                {
                    diabaikan.Add(id);
                }
            }
        }

        // the operator's rewind (docs/operations.md): with the service stopped, its stored relay position removed, then started
        observasi.Line += Hitung;
        try
        {
            var perencanaan = sistem.System.Project("perencanaan");
            await perencanaan.StopAsync(TimeSpan.FromSeconds(20));
            // deleted, not set to 0: Marten reads a position of 0 as "no row yet" and would insert it again, forever failing
            Assert.Equal(1, await sistem.QueryAsync<int>("perencanaan",
                "with r as (delete from mt_event_progression where name = $1 returning 1) select count(*)::int from r",
                IntegrationRelay.RelayName + ":All"));
            perencanaan.Start();
            await perencanaan.WaitHealthyAsync(Pulih, CancellationToken.None);

            await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(Jumlah(diabaikan) == semua.Count),
                $"observasi received all {semua.Count} agreements again and recognised each", Pulih);
        }
        finally
        {
            observasi.Line -= Hitung;
        }

        Assert.Equal(peristiwa, await sistem.QueryAsync<long>("observasi", "select count(*) from mt_events"));
        Assert.Equal(tercatat, await sistem.QueryAsync<long>("observasi", "select count(*) from mt_doc_pesanditangani"));
        await PersetujuanBeruntun.SetiapPersetujuanMembukaSatuSiklusAsync(sistem, skp);
    }

    [Fact]
    public async Task the_consumers_databases_closed_for_a_minute_mid_burst_every_effect_is_applied_once_without_a_manual_step()
    {
        var (kepala, skp) = await PersetujuanBeruntun.SiapkanAsync(sistem, kelompok: 5);
        Func<Task>? buka = null;
        var ditutup = DateTimeOffset.MinValue;

        // Perencanaan stays up and goes on agreeing and relaying; only the consumers' databases are gone
        await PersetujuanBeruntun.SetujuiSemuaAsync(kepala, skp,
            gangguan: async () =>
            {
                buka = await sistem.TutupDatabaseAsync("observasi", "penilaian");
                ditutup = DateTimeOffset.UtcNow;
                // a person reading meanwhile is told to come back, not shown a server error
                var baca = await kepala.GetAsync($"/api/observasi/siklus/{skp[0].Id}");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, baca.StatusCode);
                Assert.NotNull(baca.Headers.RetryAfter);
            },
            pulih: async () =>
            {
                var sisa = TimeSpan.FromSeconds(60) - (DateTimeOffset.UtcNow - ditutup);
                if (sisa > TimeSpan.Zero)
                {
                    await Task.Delay(sisa);
                }

                await buka!();
            });

        await PersetujuanBeruntun.SetiapPersetujuanMembukaSatuSiklusAsync(sistem, skp);
        var ids = skp.Select(s => s.Id).ToArray();
        var kunci = (await sistem.DaftarAsync<string>("perencanaan",
            "select id::text from mt_events where type = 'skp_disepakati' and stream_id = any($1)", ids)).Select(id => $"BukaPenilaian:{id}").ToArray();
        await SistemBerjalan.WaitUntilAsync(async () =>
            await sistem.QueryAsync<long>("penilaian", "select count(*) from mt_doc_pesanditangani where id = any($1)", (object)kunci) == kunci.Length,
            $"penilaian handled all {kunci.Length} agreements", Pulih);
        Assert.Equal(skp.Count, await sistem.QueryAsync<long>("penilaian",
            "select count(*) from mt_events where type = 'penilaian_dibuka' and stream_id = any($1)", ids));
    }

    [Fact]
    public async Task on_the_apphosts_broker_a_service_cannot_forge_another_services_event_and_a_region_binds_only_its_own_predikat()
    {
        var awalan = sistem.Awalan;
        var kepala = $"{awalan}Kinerja.Contracts:KepalaSekolahDitugaskan";
        var predikat = $"{awalan}Kinerja.Contracts:PredikatKinerjaDitetapkan";

        // observasi's own credentials: it may publish SiklusSelesai, never an assignment of a principal
        await using (var observasi = await Saluran.BukaAsync(sistem.System.RabbitMqConnectionOf("kinerja-observasi")))
        {
            await Assert.ThrowsAnyAsync<RabbitMQ.Client.Exceptions.RabbitMQClientException>(() =>
                observasi.Channel.BasicPublishAsync(kepala, "", new ReadOnlyMemory<byte>("{\"message\":{\"nip\":\"199901012020011001\"}}"u8.ToArray()), CancellationToken.None).AsTask());
        }

        var regional = sistem.System.RabbitMqConnectionOf("regional-3204");
        await using (var sendiri = await Saluran.BukaAsync(regional))
        {
            var q = await sendiri.Channel.QueueDeclareAsync("regional-3204-predikat", durable: true, exclusive: false, autoDelete: false);
            await sendiri.Channel.QueueBindAsync(q.QueueName, predikat, "3204");
        }

        foreach (var (exchange, kunci) in new[] { (predikat, "3273"), (predikat, "#"), (kepala, "") })
        {
            await using var lain = await Saluran.BukaAsync(regional);
            await Assert.ThrowsAnyAsync<RabbitMQ.Client.Exceptions.RabbitMQClientException>(() => lain.Channel.QueueBindAsync("regional-3204-predikat", exchange, kunci));
        }

        await using (var bukanMiliknya = await Saluran.BukaAsync(regional))
        {
            await Assert.ThrowsAnyAsync<RabbitMQ.Client.Exceptions.RabbitMQClientException>(() =>
                bukanMiliknya.Channel.QueueDeclareAsync("regional-3273-predikat", durable: true, exclusive: false, autoDelete: false));
        }
    }

    /// <summary>
    /// Issue 29, item 6: each consuming service replays its <c>_error</c> queues with its own broker user, on the AppHost's
    /// broker. It published through the default exchange, which those users may not write to: 500, and the message stayed.
    /// </summary>
    [Theory]
    [InlineData("perencanaan")]
    [InlineData("observasi")]
    [InlineData("penilaian")]
    public async Task a_service_replays_its_error_queue_with_its_own_broker_user(string service)
    {
        using var admin = new HttpClient { BaseAddress = new Uri(sistem.System.Project(service).Url) };
        admin.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token.Admin());
        var awal = await admin.PostAsync("/admin/pesan-gagal/ulang", null);
        var antrean = (await awal.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(a => a.GetProperty("antrean").GetString()!)
            .First(a => a.EndsWith("kepala-sekolah", StringComparison.Ordinal));

        // where MassTransit leaves a message whose retries ran out (put there by the AppHost's admin); a principal of a
        // school no other test uses, so its replay changes nothing another test reads
        await BrokerPublisher.SendAsync(sistem.System.RabbitMqConnection, $"queue:{antrean}_error", new Kinerja.Contracts.KepalaSekolahDitugaskan
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Npsn = "29990001", Nip = "197001012000011999", Plt = false,
            BerlakuSejak = new DateOnly(2026, 1, 1), Wilayah = "3299",
        });
        Assert.True(await JumlahAsync($"{antrean}_error") > 0);

        var ulang = await admin.PostAsync("/admin/pesan-gagal/ulang", null);

        Assert.True(ulang.StatusCode == HttpStatusCode.OK, $"{service}: {(int)ulang.StatusCode} {await ulang.Content.ReadAsStringAsync()}");
        var hasil = (await ulang.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(a => a.GetProperty("antrean").GetString() == antrean);
        Assert.True(hasil.GetProperty("dipindahkan").GetInt32() >= 1);
    }

    private async Task<uint> JumlahAsync(string queue)
    {
        await using var saluran = await Saluran.BukaAsync(sistem.System.RabbitMqConnection);
        try
        {
            return (await saluran.Channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // not declared yet: nothing failed there
        }
    }

    /// <summary>A connection and a confirming channel as one broker user, closed together.</summary>
    private sealed record Saluran(RabbitMQ.Client.IConnection Connection, RabbitMQ.Client.IChannel Channel) : IAsyncDisposable
    {
        public static async Task<Saluran> BukaAsync(string uri)
        {
            var connection = await new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(uri) }.CreateConnectionAsync();
            return new Saluran(connection, await connection.CreateChannelAsync(
                new RabbitMQ.Client.CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true)));
        }

        public async ValueTask DisposeAsync()
        {
            await Channel.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task concurrent_writers_with_one_if_match_one_wins_the_rest_get_412_and_the_stream_stays_whole()
    {
        var guru = await sistem.MasukAsync(sistem.Guru(4)[0], "guru", npsn: SistemKetahanan.Npsn);
        var (skp, id) = await Rencana.BuatAsync(guru);
        var versi = (await guru.GetAsync(skp)).Headers.ETag!;

        // sixteen tabs of one teacher, all from the same read, each saving a different target
        var jawaban = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            var response = await guru.KirimAsync(
                ApiSkp.HasilKerja(Kinerja.Demo.KlienDemo.IdDari(skp), new IsiHasilKerja([new IsiRencana("RHK-G-A", "Kelas tertib", $"{50 + i}%")])), versi.Tag);
            return (response.StatusCode, Target: $"{50 + i}%");
        }));

        Assert.Single(jawaban, j => j.StatusCode == HttpStatusCode.OK);
        Assert.All(jawaban.Where(j => j.StatusCode != HttpStatusCode.OK), j => Assert.Equal(HttpStatusCode.PreconditionFailed, j.StatusCode));
        Assert.Equal(1, await sistem.QueryAsync<long>("perencanaan",
            "select count(*) from mt_events where stream_id = $1 and type = 'hasil_kerja_ditetapkan'", id));
        Assert.Equal(await sistem.QueryAsync<long>("perencanaan", "select count(*) from mt_events where stream_id = $1", id),
            await sistem.QueryAsync<long>("perencanaan", "select version from mt_streams where id = $1", id));
        var pemenang = jawaban.Single(j => j.StatusCode == HttpStatusCode.OK).Target;
        var tersimpan = await guru.GetFromJsonAsync<System.Text.Json.JsonElement>(skp);
        Assert.Equal(pemenang, tersimpan.GetProperty("hasilKerja")[0].GetProperty("target").GetString());
    }

    private static int Jumlah(HashSet<string> set)
    {
        lock (set)
        {
            return set.Count;
        }
    }
}
