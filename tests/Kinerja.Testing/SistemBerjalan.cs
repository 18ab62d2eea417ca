namespace Kinerja.Testing;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Hosting.Lokal;
using Kinerja.Hosting.Servers;
using Kinerja.Klien;
using Npgsql;
using Xunit;

/// <summary>
/// The whole system as real processes (the AppHost's own launcher) on free ports, against the test
/// servers, with databases and queues of its own. Use as a class fixture for end-to-end tests.
/// </summary>
public class SistemBerjalan(Infrastructure infra) : IAsyncLifetime
{
    private KinerjaSystem? _system;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kinerja-e2e", Guid.NewGuid().ToString("n"));

    public KinerjaSystem System => _system ?? throw new InvalidOperationException("Not started.");
    public Infrastructure Infra => infra;

    /// <summary>This system's data folder: its processes' logs are in <c>logs/</c> under it.</summary>
    public string Folder => _folder;
    public HttpClient Gateway { get; } = new();

    /// <summary>Extra environment for every process, e.g. to narrow the rate limit.</summary>
    protected virtual IDictionary<string, string> Env => new Dictionary<string, string>();

    /// <summary>
    /// True for a RabbitMQ of this system's own (from the local binaries), for tests that stop the broker
    /// without disturbing the other test assemblies that share the usual one.
    /// </summary>
    protected virtual bool BrokerSendiri => false;

    /// <summary>The services' and gateway's environment (<c>Services:Environment</c> of the AppHost).</summary>
    protected virtual string Lingkungan => "Development";

    /// <summary>Regions given a broker user of their own (only with <see cref="BrokerSendiri"/>).</summary>
    protected virtual IReadOnlyList<string> WilayahRegional => [];

    /// <summary>
    /// <c>Perencanaan:KaskadeRhk:Wajib</c>, true in production. False here by default, as in a first year of use: tests
    /// of the later stages start from a teacher's plan and would otherwise each need their principal's agreed plan
    /// first. The cascade's own tests, the demo's and the web year's run with it on.
    /// </summary>
    protected virtual bool KaskadeRhkWajib => false;

    /// <summary>Instances per service (<c>Services:Replicas</c>); one of each when not named.</summary>
    protected virtual IReadOnlyDictionary<string, int> Replika => new Dictionary<string, int>();

    /// <summary>True to start the AppHost's Prometheus with the system (on a free port), as <c>./kinerja run</c> does.</summary>
    protected virtual bool DenganPrometheus => false;

    /// <summary>The broker this system's services use.</summary>
    public string Broker => System.RabbitMqConnection;

    /// <summary>The prefix of this system's exchanges and queues on the broker (<c>Messaging:Prefix</c>).</summary>
    public string Awalan => System.Options.Prefix;

    public virtual async ValueTask InitializeAsync()
    {
        var repoRoot = RepoRoot.Find();
        var firstPort = Proses.FreePort();
        var options = new KinerjaSystemOptions
        {
            RepoRoot = repoRoot,
            DataFolder = _folder,
            PostgresConnection = infra.PostgresConnection,
            RabbitMqConnection = BrokerSendiri ? null : infra.RabbitMqConnection,
            RabbitMqPort = Proses.FreePort(),
            GatewayPort = Proses.FreePort(),
            WebPort = Proses.FreePort(),
            // a free port each: consecutive ones clashed with other systems' ports once several ran at once
            ServicePorts = [firstPort, .. Enumerable.Range(0, KinerjaSystemOptions.Services.Length - 1).Select(_ => Proses.FreePort())],
            Prefix = $"{infra.RunId}_{Guid.NewGuid():n}"[..22] + "_",
            Configuration = RepoRoot.BuildConfiguration(),
            Env = new Dictionary<string, string>(Env) { ["Perencanaan__KaskadeRhk__Wajib"] = KaskadeRhkWajib ? "true" : "false" },
            Replicas = Replika,
            PrometheusPort = DenganPrometheus ? Proses.FreePort() : null,
            RegionalWilayah = WilayahRegional,
            Environment = Lingkungan,
        };
        _system = new KinerjaSystem(options);
        await _system.StartAsync(CancellationToken.None);
        Gateway.BaseAddress = new Uri(_system.GatewayUrl);
    }

    /// <summary>A token from the gateway's Development endpoint, as a frontend would get one.</summary>
    public async Task<HttpClient> MasukAsync(string nip, string role, string? npsn = null, string? wilayah = null)
    {
        var response = await Gateway.PostAsJsonAsync("/api/dev/token", new { nip, roles = new[] { role }, npsn, wilayah });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var client = new HttpClient { BaseAddress = Gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>An operator's upload of one source file, waited on until the job is done.</summary>
    public async Task ImporAsync(HttpClient operatorClient, string sumber, string csv)
    {
        var response = await operatorClient.PostAsync($"/api/pegawai/impor/{sumber}", new StringContent(csv, global::System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(global::System.Net.HttpStatusCode.Accepted, response.StatusCode);
        await WaitUntilAsync(async () => (await operatorClient.GetFromJsonAsync<JsonElement>(response.Headers.Location))
            .GetProperty("status").GetString() == "Selesai", $"import {sumber}");
    }

    /// <summary>
    /// Makes the NIP a padan pegawai of the wilayah, at a school of their own there (so no other school's counts change),
    /// through the API as an operator would: only such a pegawai may be given a school to head.
    /// </summary>
    public async Task PegawaiPadanAsync(HttpClient operatorClient, string wilayah, string nip)
    {
        var npsn = $"7{nip[^7..]}";
        var sekolah = await operatorClient.KirimAsync(ApiDataPegawai.Sekolah(npsn, new SimpanSekolah($"SD Negeri {npsn}", wilayah)));
        Assert.True(sekolah.IsSuccessStatusCode, $"school {npsn}: {(int)sekolah.StatusCode}");
        var (dapodik, siasn, dukcapil) = DataSintetis.GeneratorData.BarisPadan(wilayah, npsn, nip);
        await ImporAsync(operatorClient, "dapodik", dapodik);
        await ImporAsync(operatorClient, "siasn", siasn);
        await ImporAsync(operatorClient, "dukcapil", dukcapil);
    }

    /// <summary>Runs a scalar query on one service's own database.</summary>
    public async Task<T?> QueryAsync<T>(string service, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(System.ConnectionStringOf(service));
        await connection.OpenAsync();
        await using var command = Perintah(connection, sql, parameters);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    /// <summary>The first column of every row of a query on one service's own database.</summary>
    public async Task<IReadOnlyList<T>> DaftarAsync<T>(string service, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(System.ConnectionStringOf(service));
        await connection.OpenAsync();
        await using var command = Perintah(connection, sql, parameters);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetFieldValue<T>(0));
        }

        return rows;
    }

    private static NpgsqlCommand Perintah(NpgsqlConnection connection, string sql, object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        return command;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; eventual consistency is waited for, never slept on blindly.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Timed out waiting for: {what}");
    }

    public virtual async ValueTask DisposeAsync()
    {
        Gateway.Dispose();
        if (_system is not null)
        {
            await _system.StopAsync();
        }

        // KINERJA_TEST_LOGS=keep leaves the processes' logs (<temp>/kinerja-e2e/<id>/logs) for a post-mortem
        try
        {
            if (Environment.GetEnvironmentVariable("KINERJA_TEST_LOGS") != "keep")
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }

        GC.SuppressFinalize(this);
    }
}
