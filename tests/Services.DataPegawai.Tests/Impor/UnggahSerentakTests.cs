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
using Microsoft.Extensions.DependencyInjection;

/// <summary>DataPegawai with a spool folder of the test's own, to count and inspect what is spooled.</summary>
public class DataPegawaiApiSpool(Infrastructure infra) : ServiceFactory<Program>(infra, "datapegawai"), IAsyncLifetime
{
    public string Induk { get; } = Path.Combine(Path.GetTempPath(), "kinerja-tests", $"spool-{Guid.NewGuid():n}"[..18]);

    /// <summary>The service's settings beside the usual ones.</summary>
    protected virtual Dictionary<string, string?> Pengaturan => new() { ["Impor:Folder"] = Induk };

    public virtual async ValueTask InitializeAsync()
    {
        await InitializeDatabaseAsync();
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(Pengaturan));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(Induk))
        {
            Directory.Delete(Induk, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>Issue 29, item 5: imports can no longer fill the disk, nor a job record with what a file held.</summary>
public sealed class UnggahSerentakTests(DataPegawaiApiSpool api) : IClassFixture<DataPegawaiApiSpool>
{
    private const string Wilayah = "3273";

    /// <summary>
    /// Ten uploads of one operator at once, each body arriving over about a second: before, each checked the queue,
    /// spooled its whole file, and only then took its place, so all ten files sat in the spool folder together.
    /// </summary>
    [Fact]
    public async Task ten_parallel_uploads_of_one_operator_get_429s_before_more_files_are_spooled_than_may_run()
    {
        var client = api.ClientWith(Token.Operator(Wilayah));
        using var selesai = new CancellationTokenSource();
        var palingBanyak = 0;
        var pengamat = Task.Run(async () =>
        {
            while (!selesai.IsCancellationRequested)
            {
                var berkas = Directory.Exists(api.Induk) ? Directory.GetFiles(api.Induk, "*.csv", SearchOption.AllDirectories).Length : 0;
                palingBanyak = Math.Max(palingBanyak, berkas);
                await Task.Delay(5);
            }
        });

        var unggahan = Enumerable.Range(0, 10).Select(_ =>
            client.PostAsync("/api/pegawai/impor/dapodik", new PelanContent(GeneratorData.HeaderDapodik + "\n", 40, "x,x,x,x,x,x,x,x\n"))).ToList();
        var jawaban = await Task.WhenAll(unggahan);
        await selesai.CancelAsync();
        await pengamat;

        var batas = api.Services.GetRequiredService<AntreanImpor>().BatasPerWilayah;
        Assert.Equal(batas, jawaban.Count(j => j.StatusCode == HttpStatusCode.Accepted));
        Assert.Equal(10 - batas, jawaban.Count(j => j.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.InRange(palingBanyak, 1, batas);
    }

    [Fact]
    public async Task a_json_row_with_too_many_keys_is_refused_whole_and_a_reason_quotes_at_most_80_characters()
    {
        // a wilayah of its own: the parallel test's jobs may still hold this class's other wilayah's places
        const string wilayah = "3274";
        var client = api.ClientWith(Token.Operator(wilayah));
        var kunci = string.Join(",", Enumerable.Range(0, BerkasImpor.MaksKolomJson + 1).Select(i => $"\"k{i}\":\"v\""));
        var banyak = await client.PostAsync("/api/pegawai/impor/dapodik", new StringContent($"[{{{kunci}}}]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, banyak.StatusCode);
        Assert.Contains($"lebih dari {BerkasImpor.MaksKolomJson} kolom", await banyak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.True((await client.KirimAsync(ApiDataPegawai.Sekolah("20000001", new SimpanSekolah("SD", wilayah)))).IsSuccessStatusCode);
        var panjang = new string('9', 5000);
        var unggah = await client.PostAsync("/api/pegawai/impor/dapodik", new StringContent(
            $"{GeneratorData.HeaderDapodik}\n3274014501800001,198001012005011001,,Siti Aminah,{panjang},P,20000001,guru\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Accepted, unggah.StatusCode);
        JsonElement job = default;
        await SistemBerjalan.WaitUntilAsync(async () =>
        {
            job = await client.GetFromJsonAsync<JsonElement>(unggah.Headers.Location);
            return job.GetProperty("status").GetString() != "Berjalan";
        }, "the import ended", TimeSpan.FromSeconds(60));
        var alasan = Assert.Single(job.GetProperty("ditolak").EnumerateArray()).GetProperty("alasan").GetString()!;
        Assert.Contains(new string('9', 80) + "…'", alasan, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('9', 81), alasan, StringComparison.Ordinal);
    }

    /// <summary>A body that arrives in pieces, as a large upload on a real link does.</summary>
    private sealed class PelanContent : HttpContent
    {
        private readonly (string Awal, int Potong, string Baris) _isi;

        public PelanContent(string awal, int potong, string baris)
        {
            _isi = (awal, potong, baris);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(_isi.Awal));
            for (var i = 0; i < _isi.Potong; i++)
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(_isi.Baris, 100))));
                await stream.FlushAsync();
                await Task.Delay(25);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
