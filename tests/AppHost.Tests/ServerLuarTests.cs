namespace Kinerja.AppHost.Tests;

using System.Net;
using System.Net.Http.Json;
using Kinerja.Demo;
using Kinerja.Klien;
using Kinerja.Testing;
using Npgsql;

/// <summary>With the operator's own servers the AppHost starts neither, and sets up each service's role and database on theirs.</summary>
public sealed class ServerLuarTests(AppHostServerLuar sistem) : IClassFixture<AppHostServerLuar>
{
    [Fact(Timeout = 300_000)]
    public async Task with_the_operators_own_servers_the_apphost_starts_none_and_each_service_works_on_its_own_role_there()
    {
        // the servers are resources without a process of the AppHost's
        foreach (var server in (string[])["postgres", "rabbitmq"])
        {
            var instance = Assert.Single(sistem.Instances(server));
            Assert.Equal(("Running", (int?)null), sistem.Keadaan(instance));
        }

        Assert.Empty(sistem.Instances("demo"));
        var koneksi = await File.ReadAllTextAsync(Path.Combine(sistem.DataFolder, "koneksi.env"));
        Assert.Contains($"ConnectionStrings__postgres='{sistem.Postgres}'", koneksi, StringComparison.Ordinal);

        // a school registered through the gateway is stored on that server, by DataPegawai's own role
        var api = new KlienDemo(sistem.Gateway.BaseAddress!.ToString().TrimEnd('/'));
        using var op = await api.SebagaiAsync("199001012015011001", "operator-dinas", wilayah: "3273");
        using (var simpan = await op.KirimAsync(ApiDataPegawai.Sekolah("20219099", new SimpanSekolah("SD Negeri Server Sendiri", "3273"))))
        {
            Assert.True(simpan.IsSuccessStatusCode, $"{simpan.StatusCode}: {await simpan.Content.ReadAsStringAsync()}");
        }

        await using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(sistem.Postgres) { Database = "datapegawai" }.ConnectionString);
        await db.OpenAsync();
        await using var pemilik = new NpgsqlCommand("select pg_get_userbyid(datdba) from pg_database where datname = 'datapegawai'", db);
        Assert.Equal("kinerja_datapegawai", await pemilik.ExecuteScalarAsync());
        await using var sekolah = new NpgsqlCommand(
            "select count(*) from mt_events where data::text like '%SD Negeri Server Sendiri%'", db);
        Assert.Equal(1L, await sekolah.ExecuteScalarAsync());
        Assert.Equal(HttpStatusCode.OK, (await sistem.Gateway.GetAsync("/health")).StatusCode);
    }
}
