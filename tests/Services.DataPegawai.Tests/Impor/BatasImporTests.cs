namespace Kinerja.DataPegawai.Tests.Impor;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinerja.DataPegawai.Impor;
using Kinerja.Klien;
using Kinerja.Testing;
using Kinerja.Testing.DataSintetis;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

/// <summary>DataPegawai with a small body limit and a spool folder of the test's own, where a dead process left a file.</summary>
public sealed class DataPegawaiApiTerbatas(Infrastructure infra) : DataPegawaiApiSpool(infra)
{
    /// <summary>A folder as a killed instance leaves it: pid 999999 is never a live process here.</summary>
    public string Sisa => Path.Combine(Induk, "999999-mati", "sisa.csv");

    protected override Dictionary<string, string?> Pengaturan => new(base.Pengaturan) { ["Impor:MaksBytes"] = "4096" };

    public override async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Sisa)!);
        await File.WriteAllTextAsync(Sisa, "nik,...\n3273010101800001,...\n");
        await base.InitializeAsync();
    }
}

/// <summary>Issue 10, finding 6: an import can no longer exhaust the machine or leave personal data behind.</summary>
public sealed class BatasImporTests(DataPegawaiApiTerbatas api) : IClassFixture<DataPegawaiApiTerbatas>
{
    private string Folder => Directory.GetDirectories(api.Induk).Single();

    private Task<HttpResponseMessage> UnggahAsync(string isi, string contentType = "text/csv") =>
        api.ClientWith(Token.Operator("3273")).PostAsync("/api/pegawai/impor/dapodik", new StringContent(isi, Encoding.UTF8, contentType));

    [Fact]
    public async Task a_file_over_the_limit_is_413_and_leaves_no_spool_file()
    {
        var besar = GeneratorData.HeaderDapodik + "\n" + string.Concat(Enumerable.Repeat(
            "3273014501800001,198001012005011001,,Siti Aminah,1980-01-05,P,20000000,guru\n", 100));

        var response = await UnggahAsync(besar);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(Directory.GetFiles(Folder));
    }

    [Fact]
    public async Task one_huge_json_value_or_csv_row_is_refused_without_growing_a_buffer_for_it()
    {
        // within the body limit of the usual service, but one token larger than the pre-scan takes
        var json = "[{\"nik\":\"" + new string('9', BerkasImpor.MaksToken + 10) + "\"}]";
        var csv = GeneratorData.HeaderDapodik + "\n\"" + new string('x', BerkasImpor.MaksToken + 10) + "\",1,2,3,4,5,6,7\n";
        foreach (var (isi, jenis) in new[] { (json, "application/json"), (csv, "text/csv") })
        {
            var berkas = new BerkasImpor(Path.Combine(Path.GetTempPath(), $"besar-{Guid.NewGuid():n}"), Kinerja.DataPegawai.Pegawai.Sumber.Dapodik,
                jenis == "text/csv" ? Format.Csv : Format.Json);
            await File.WriteAllTextAsync(berkas.Path, isi);
            try
            {
                Assert.Contains("lebih dari 1024 KiB", (await berkas.PeriksaAsync(CancellationToken.None)).Salah, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(berkas.Path);
            }
        }
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task spool_files_are_private_to_the_service_and_gone_after_a_refused_upload()
    {
        var folder = Folder;
        Assert.False(File.Exists(api.Sisa), "a dead process's spool folder is removed at start");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        var spool = new FolderSpool(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Impor:Folder"] = api.Induk }).Build());
        var path = Path.Combine(spool.Folder, "uji.csv");
        await using (spool.Buka(path))
        {
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        spool.Kosongkan();

        var rusak = await UnggahAsync("bukan,header,yang,benar\n1,2,3,4\n");
        Assert.Equal(HttpStatusCode.BadRequest, rusak.StatusCode);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task a_job_that_fails_shows_a_reason_and_its_id_never_the_exception()
    {
        var sekolah = await api.ClientWith(Token.Operator("3273")).KirimAsync(ApiDataPegawai.Sekolah("20000000", new SimpanSekolah("SD", "3273")));
        Assert.True(sekolah.IsSuccessStatusCode);
        // the service's database refuses the batch (its events table is locked away): a server-side failure, not a bad row
        await using (var connection = new Npgsql.NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var revoke = new Npgsql.NpgsqlCommand("create or replace function gagal() returns trigger language plpgsql as $$ begin raise exception 'rahasia 3273014501800001'; end $$;" +
                "create trigger gagal before insert on mt_events for each statement execute function gagal()", connection);
            await revoke.ExecuteNonQueryAsync();
        }

        try
        {
            var response = await UnggahAsync(GeneratorData.HeaderDapodik + "\n3273014501800001,198001012005011001,,Siti Aminah,1980-01-05,P,20000000,guru\n");
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var client = api.ClientWith(Token.Operator("3273"));
            JsonElement job = default;
            await SistemBerjalan.WaitUntilAsync(async () =>
            {
                job = await client.GetFromJsonAsync<JsonElement>(response.Headers.Location);
                return job.GetProperty("status").GetString() != "Berjalan";
            }, "the import ended", TimeSpan.FromSeconds(60));

            Assert.True(job.GetProperty("status").GetString() == "Gagal", job.ToString());
            var galat = job.GetProperty("galat").GetString()!;
            Assert.Contains(job.GetProperty("id").GetString()!, galat, StringComparison.Ordinal);
            Assert.DoesNotContain("rahasia", galat, StringComparison.Ordinal);
            Assert.DoesNotContain("3273014501800001", galat, StringComparison.Ordinal);
        }
        finally
        {
            await using var connection = new Npgsql.NpgsqlConnection(api.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand("drop trigger gagal on mt_events", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>DataPegawai whose import queue takes nothing (<c>Impor:AntreanPerWilayah</c> 0): every upload meets a full queue.</summary>
public sealed class DataPegawaiApiPenuh(Infrastructure infra) : ServiceFactory<Program>(infra, "datapegawai"), IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await InitializeDatabaseAsync();
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["Impor:AntreanPerWilayah"] = "0" }));
    }
}

public sealed class AntreanPenuhTests(DataPegawaiApiPenuh api) : IClassFixture<DataPegawaiApiPenuh>
{
    [Fact]
    public async Task an_upload_to_a_full_wilayah_queue_is_429_with_retry_after_and_nothing_is_stored()
    {
        var response = await api.ClientWith(Token.Operator("3273")).PostAsync("/api/pegawai/impor/dapodik",
            new StringContent(GeneratorData.HeaderDapodik + "\n3273014501800001,198001012005011001,,Siti Aminah,1980-01-05,P,20000000,guru\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("Antrean impor penuh", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await JumlahJobAsync());
    }

    private async Task<long> JumlahJobAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select count(*) from mt_doc_imporjob", connection);
        try
        {
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == "42P01")
        {
            return 0; // no job was ever stored: the table is not even there yet
        }
    }
}
