namespace Kinerja.EndToEnd.Tests;

using System.Net;
using System.Net.Http.Json;
using Kinerja.Contracts;
using Kinerja.Hosting.Lokal;
using Kinerja.Klien;
using Kinerja.Testing;
using MassTransit;

/// <summary>
/// The first slice through the real processes: a frontend, through the gateway, registers a school and
/// its principal; the relay carries the assignment over RabbitMQ into the three services that need it.
/// </summary>
public sealed class SekolahDanKepalaTests(SistemBerjalan sistem) : IClassFixture<SistemBerjalan>
{
    private const string Wilayah = "3273";
    private static readonly string[] Konsumen = ["perencanaan", "observasi", "penilaian"];

    private static string NpsnBaru() => Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<HttpClient> OperatorAsync() => await sistem.MasukAsync("198001012005011001", "operator-dinas", wilayah: Wilayah);

    private async Task TugaskanAsync(HttpClient client, string npsn, string nip)
    {
        await sistem.PegawaiPadanAsync(client, Wilayah, nip);
        Assert.Equal(HttpStatusCode.Created,
            (await client.KirimAsync(ApiDataPegawai.Sekolah(npsn, new SimpanSekolah($"SD Negeri {npsn}", Wilayah)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await client.KirimAsync(ApiDataPegawai.Kepala(npsn, new TugaskanKepala(nip, false)))).StatusCode);
    }

    private Task<string?> KepalaDiAsync(string service, string npsn) =>
        sistem.QueryAsync<string>(service, "select data->>'nip' from mt_doc_kepalasekolahlokal where id = $1", npsn);

    private Task SampaiDiSemuaAsync(string npsn, string nip) =>
        Task.WhenAll(Konsumen.Select(service => SistemBerjalan.WaitUntilAsync(
            async () => await KepalaDiAsync(service, npsn) == nip, $"{service} holds the principal of {npsn}")));

    [Fact]
    public async Task a_principal_assigned_through_the_gateway_reaches_all_three_services()
    {
        var client = await OperatorAsync();
        var npsn = NpsnBaru();

        await TugaskanAsync(client, npsn, "197505102000031002");

        await SampaiDiSemuaAsync(npsn, "197505102000031002");
    }

    [Fact]
    public async Task the_correlation_id_travels_from_the_caller_into_the_audit_trail()
    {
        var client = await OperatorAsync();
        var npsn = NpsnBaru();
        var request = ApiKlien.Pesan(ApiDataPegawai.Sekolah(npsn, new SimpanSekolah("SD Korelasi", Wilayah)));
        request.Headers.Add("X-Correlation-Id", "uji-korelasi-42");

        var response = await client.SendAsync(request);

        Assert.Equal("uji-korelasi-42", response.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Equal("uji-korelasi-42",
            await sistem.QueryAsync<string>("datapegawai", "select correlation_id from mt_events where stream_id = $1", npsn));
        Assert.Equal("198001012005011001",
            await sistem.QueryAsync<string>("datapegawai", "select user_name from mt_events where stream_id = $1", npsn));
    }

    [Fact]
    public async Task delivering_the_same_message_twice_changes_nothing()
    {
        var client = await OperatorAsync();
        var npsn = NpsnBaru();
        await TugaskanAsync(client, npsn, "197505102000031002");
        await SampaiDiSemuaAsync(npsn, "197505102000031002");
        var eventId = (await sistem.QueryAsync<Guid>("datapegawai",
            "select id from mt_events where stream_id = $1 and type = 'kepala_sekolah_ditugaskan'", npsn))!;

        // the same event again, as a redelivery would bring it, but altered: if it were applied, it would show
        var duplikat = new KepalaSekolahDitugaskan
        {
            EventId = eventId,
            OccurredAt = DateTimeOffset.UtcNow,
            Npsn = npsn,
            Nip = "198001012005011001",
            Plt = true,
            BerlakuSejak = new DateOnly(2026, 1, 1),
            Wilayah = Wilayah,
        };
        await BrokerPublisher.PublishAsync(sistem.Broker, sistem.Awalan, duplikat, duplikat);

        // each consumer says so in its log when it recognises a redelivery: wait for both, then look
        foreach (var service in Konsumen)
        {
            var project = sistem.System.Project(service);
            await SistemBerjalan.WaitUntilAsync(
                () => Task.FromResult(project.LastLines(Resource.KeptLines).Count(l => l.Contains($"already handled {eventId}", StringComparison.Ordinal)) >= 2),
                $"{service} ignored both redeliveries of {eventId}");
            Assert.Equal("197505102000031002", await KepalaDiAsync(service, npsn));
            Assert.Equal(1, await sistem.QueryAsync<long>(service,
                "select count(*) from mt_doc_pesanditangani where id like '%' || $1", eventId.ToString()));
        }
    }

    [Fact]
    public async Task the_apphost_restarts_a_killed_service_and_it_catches_up()
    {
        var observasi = sistem.System.Project("observasi");
        var before = observasi.Restarts;

        observasi.Kill();
        var client = await OperatorAsync();
        var npsn = NpsnBaru();
        await TugaskanAsync(client, npsn, "197505102000031002");

        await SistemBerjalan.WaitUntilAsync(async () => observasi.Restarts > before && await observasi.ProbeAsync(CancellationToken.None),
            "observasi restarted and healthy", TimeSpan.FromSeconds(90));
        Assert.Equal(ResourceState.Healthy, observasi.State);
        // what was published while it was down waited in its durable queue
        await SistemBerjalan.WaitUntilAsync(async () => await KepalaDiAsync("observasi", npsn) == "197505102000031002",
            "observasi caught up", TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task the_gateway_refuses_without_a_token_and_serves_the_api_docs()
    {
        var anonymous = await sistem.Gateway.KirimAsync(ApiDataPegawai.Sekolah(NpsnBaru(), new SimpanSekolah("x", Wilayah)));
        var docs = await sistem.Gateway.GetAsync("/openapi/datapegawai/v1.json");
        var health = await sistem.Gateway.GetAsync("/health");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("/api/sekolah/{npsn}/kepala", await docs.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task a_body_over_the_gateway_limit_is_refused_with_413_and_nothing_stored()
    {
        var client = await OperatorAsync();
        var npsn = NpsnBaru();
        var json = $"{{\"nama\":\"{new string('a', 2_000_000)}\",\"wilayah\":\"{Wilayah}\"}}";

        var response = await client.PutAsync($"/api/sekolah/{npsn}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0L, await sistem.QueryAsync<long>("datapegawai", "select count(*) from mt_events where stream_id = $1", npsn));
    }
}
