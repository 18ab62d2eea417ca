namespace Kinerja.EndToEnd.Tests.Ketahanan;

using System.Net;
using System.Net.Http.Json;
using Kinerja.Klien;
using Kinerja.Testing;
using Kinerja.Testing.DataSintetis;

/// <summary>
/// The system with a RabbitMQ of its own (the fault tests stop it; other assemblies share the usual one),
/// the planning window open (<see cref="SistemTerbuka"/>), one school, its principal, and <see cref="Kelompok"/> × <see cref="PerKelompok"/>
/// padan teachers already known to Perencanaan: each fault test takes a group of its own.
/// </summary>
public class SistemKetahanan(Infrastructure infra) : SistemTerbuka(infra)
{
    /// <summary>Its plans start from teachers' plans alone: the cascade relaxed, as in a first year of use.</summary>
    protected override bool KaskadeRhkWajib => false;

    public const int Kelompok = 6;
    public const int PerKelompok = 24;
    public const string Wilayah = "3273";
    public const string Kepala = "197505102000031002";
    public static readonly string Npsn = GeneratorData.NpsnSekolah(0);

    private List<string> _guru = [];

    protected override bool BrokerSendiri => true;

    protected override IReadOnlyList<string> WilayahRegional => ["3204", Wilayah];

    public IReadOnlyList<string> Guru(int kelompok) => _guru.Skip(kelompok * PerKelompok).Take(PerKelompok).ToList();

    /// <summary>
    /// Closes one service's database as an outage would: no new connection is allowed and every open one
    /// is ended. Returns what opens it again.
    /// </summary>
    public async Task<Func<Task>> TutupDatabaseAsync(params string[] services)
    {
        async Task Jalankan(string sql)
        {
            await using var connection = new Npgsql.NpgsqlConnection(System.PostgresConnection);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        foreach (var service in services)
        {
            var db = System.DatabaseOf(service);
            await Jalankan($"alter database \"{db}\" allow_connections false");
            await Jalankan($"select pg_terminate_backend(pid) from pg_stat_activity where datname = '{db}'");
        }

        return async () =>
        {
            foreach (var service in services)
            {
                await Jalankan($"alter database \"{System.DatabaseOf(service)}\" allow_connections true");
            }

            // the test's own pooled connections to those databases were ended too
            Npgsql.NpgsqlConnection.ClearAllPools();
        };
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var op = await MasukAsync("198001012005011001", "operator-dinas", wilayah: Wilayah);
        await Tahan.Ok(op.KirimAsync(ApiDataPegawai.Sekolah(Npsn, new SimpanSekolah("SD Negeri Ketahanan", Wilayah))), HttpStatusCode.Created);
        await PegawaiPadanAsync(op, Wilayah, Kepala);
        await Tahan.Ok(op.KirimAsync(ApiDataPegawai.Kepala(Npsn, new TugaskanKepala(Kepala, false))));

        var dapodik = new StringWriter();
        var siasn = new StringWriter();
        var dukcapil = new StringWriter();
        _guru = new GeneratorData(seed: 71, Wilayah, orangPerSekolah: Kelompok * PerKelompok)
            .Tulis(Kelompok * PerKelompok, dapodik, siasn, dukcapil, hanyaKasus: Kasus.Bersih)
            .Select(o => o.Nip).ToList();
        foreach (var (sumber, csv) in new[] { ("dapodik", dapodik), ("siasn", siasn), ("dukcapil", dukcapil) })
        {
            await ImporAsync(op, sumber, csv.ToString());
        }

        await WaitUntilAsync(async () =>
            await QueryAsync<long>("perencanaan", "select count(*) from mt_doc_pegawailokal where data->>'npsn' = $1", Npsn) == _guru.Count
            && await QueryAsync<string>("perencanaan", "select data->>'nip' from mt_doc_kepalasekolahlokal where id = $1", Npsn) == Kepala
            && await QueryAsync<string>("observasi", "select data->>'nip' from mt_doc_kepalasekolahlokal where id = $1", Npsn) == Kepala,
            "Perencanaan knows every teacher and Observasi the principal", TimeSpan.FromSeconds(60));
    }
}
