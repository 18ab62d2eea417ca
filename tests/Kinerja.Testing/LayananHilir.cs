namespace Kinerja.Testing;

using Kinerja.Contracts;
using Kinerja.Kepegawaian.Pegawai;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Pengingat;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

/// <summary>A clock the tests move: to open and close windows, or to let an observation time arrive.</summary>
public sealed class JamUji(DateTimeOffset mulai) : TimeProvider
{
    public DateTimeOffset Kini { get; set; } = mulai;

    public override DateTimeOffset GetUtcNow() => Kini;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>
/// A downstream service (Perencanaan, Observasi, Penilaian) in-process on a fresh database, with a clock the
/// test moves. What DataPegawai would have told it (padan pegawai, who heads a school) is seeded directly;
/// what other services publish is sent on the real broker.
/// </summary>
public abstract class LayananHilir<TProgram>(Infrastructure infra, string service, DateTimeOffset mulai)
    : ServiceFactory<TProgram>(infra, service), IAsyncLifetime
    where TProgram : class
{
    public JamUji Jam { get; } = new(mulai);

    public async ValueTask InitializeAsync()
    {
        await InitializeDatabaseAsync();
        // healthy means the bus's receive endpoints are bound: a message a test publishes before that is lost (two
        // fixtures starting at once in one test process made the first test of each wait for a cycle that never opened)
        using var client = CreateClient();
        await SistemBerjalan.WaitUntilAsync(async () => (await client.GetAsync("/health")).IsSuccessStatusCode, $"{typeof(TProgram).Assembly.GetName().Name} healthy");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Jam));
    }

    public async Task PegawaiPadanAsync(string nip, string npsn, string jenjang = "AhliMuda", string wilayah = "3273", string nama = "Uji")
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Store(new PegawaiLokal { Id = nip, Nama = nama, Jenjang = jenjang, Npsn = npsn, Wilayah = wilayah, DiperbaruiPada = DateTimeOffset.UtcNow });
        await session.SaveChangesAsync();
    }

    /// <summary>DataPegawai said who heads the school (loaded first: the copy is under optimistic concurrency).</summary>
    public async Task KepalaAsync(string npsn, string nip, bool plt = false, string wilayah = "3273", DateOnly? berlakuSejak = null)
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().LightweightSession();
        await session.LoadAsync<KepalaSekolahLokal>(npsn);
        session.Store(new KepalaSekolahLokal
        {
            Id = npsn, PegawaiId = nip, Plt = plt, BerlakuSejak = berlakuSejak ?? new DateOnly(2025, 7, 1), Wilayah = wilayah, DitugaskanPada = DateTimeOffset.UtcNow,
        });
        await session.SaveChangesAsync();
    }

    /// <summary>DataPegawai said someone else now heads the school (e.g. the teacher themself, as Plt).</summary>
    public Task JadikanKepalaAsync(string npsn, string nip, string wilayah = "3273") =>
        KepalaAsync(npsn, nip, plt: true, wilayah, new DateOnly(2026, 1, 1));

    /// <summary>DataPegawai said which penilai-ks the operator assigned the school (who rates its principal, and a Plt's own plan).</summary>
    public async Task PenilaiAsync(string npsn, string nip, string wilayah = "3273", DateOnly? berlakuSejak = null)
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().LightweightSession();
        await session.LoadAsync<PenilaiSekolahLokal>(npsn);
        session.Store(new PenilaiSekolahLokal
        {
            Id = npsn, PegawaiId = nip, BerlakuSejak = berlakuSejak ?? new DateOnly(2025, 7, 1), Wilayah = wilayah, DitugaskanPada = DateTimeOffset.UtcNow,
        });
        await session.SaveChangesAsync();
    }

    public async Task<KepalaSekolahLokal?> KepalaLokalAsync(string npsn)
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<KepalaSekolahLokal>(npsn);
    }

    public async Task<long> JumlahEventAsync(Guid stream)
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamAsync(stream)).Count;
    }

    public Task KirimAsync(params IIntegrationEvent[] pesan) => BrokerPublisher.PublishAsync(Infra.RabbitMqConnection, Prefix, pesan);

    /// <summary>Runs <paramref name="langkah"/> with the clock at <paramref name="kini"/>, then puts it back: the fixture's other tests read it too.</summary>
    public async Task PadaAsync(DateTimeOffset kini, Func<Task> langkah)
    {
        var semula = Jam.Kini;
        Jam.Kini = kini;
        try
        {
            await langkah();
        }
        finally
        {
            Jam.Kini = semula;
        }
    }

    /// <summary>One run of the service's reminder job, as its timer runs it.</summary>
    public Task<int> PengingatAsync() => Services.GetRequiredService<PenjadwalPengingat>().JalankanAsync(CancellationToken.None);

    /// <summary>The reminders recorded so far whose key starts with <paramref name="awalan"/>.</summary>
    public async Task<IReadOnlyList<PengingatTercatat>> PengingatTercatatAsync(string awalan)
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<PengingatTercatat>().Where(t => t.Kunci.StartsWith(awalan)).ToListAsync();
    }
}

/// <summary>A response's JSON body, for the assertions.</summary>
public static class Json
{
    public static async Task<System.Text.Json.JsonElement> BacaAsync(HttpResponseMessage response) =>
        await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content);
}
