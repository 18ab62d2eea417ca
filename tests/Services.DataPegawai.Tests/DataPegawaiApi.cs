namespace Kinerja.DataPegawai.Tests;

using System.Net.Http.Json;
using Kinerja.Klien;
using Kinerja.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Npgsql;

/// <summary>The DataPegawai service in-process on a fresh database of the real PostgreSQL, with the real broker.</summary>
public class DataPegawaiApi(Infrastructure infra) : ServiceFactory<Program>(infra, "datapegawai"), IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await InitializeDatabaseAsync();
        _ = Server; // start now: schema, daemon and relay are up before the first test
    }

    /// <summary>The service's settings beside the usual ones.</summary>
    protected virtual Dictionary<string, string?> Pengaturan => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(Pengaturan));
    }

    public static string NpsnBaru() => Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task<HttpResponseMessage> SimpanSekolahAsync(string? token, string npsn, SimpanSekolah isi) =>
        ClientWith(token).KirimAsync(ApiDataPegawai.Sekolah(npsn, isi));

    public Task<HttpResponseMessage> TugaskanKepalaAsync(string? token, string npsn, TugaskanKepala isi) =>
        ClientWith(token).KirimAsync(ApiDataPegawai.Kepala(npsn, isi));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task>> _padan = new();

    /// <summary>
    /// A padan pegawai of the wilayah with this NIP (the three sources agree, at a school of their own there), imported
    /// once per fixture as an operator would: what a principal must be before a school is given to them.
    /// </summary>
    public Task PegawaiPadanAsync(string wilayah, string nip) =>
        _padan.GetOrAdd(nip, _ => new Lazy<Task>(() => ImporPadanAsync(wilayah, nip))).Value;

    private async Task ImporPadanAsync(string wilayah, string nip)
    {
        var data = new Impor.DataUji(this, wilayah, seed: 0);
        var npsn = NpsnBaru();
        Assert.True((await SimpanSekolahAsync(data.Token, npsn, new SimpanSekolah($"SD Negeri {npsn}", wilayah))).IsSuccessStatusCode);
        var (dapodik, siasn, dukcapil) = Kinerja.Testing.DataSintetis.GeneratorData.BarisPadan(wilayah, npsn, nip);
        await data.ImporSemuaAsync(dapodik, siasn, dukcapil);
        Assert.Equal("Padan", (await data.PegawaiAsync(nip)).GetProperty("statusPadan").GetString());
    }

    /// <summary>Events of one type in a stream, e.g. <c>pegawai_terverifikasi</c>: what the relay will publish.</summary>
    public async Task<long> JumlahEventAsync(string streamKey, string type)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from mt_events where stream_id = $1 and type = $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streamKey });
        command.Parameters.Add(new NpgsqlParameter { Value = type });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task<long> JumlahSemuaEventAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>How many events the store holds for a stream: "nothing stored" is checked here, not in the API.</summary>
    public async Task<long> JumlahEventAsync(string streamKey)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from mt_events where stream_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streamKey });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
