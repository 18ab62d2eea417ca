using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.ServiceDefaults.Pegawai;
using Kinerja.ServiceDefaults.Sekolah;
using Kinerja.Testing;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Perencanaan.Tests;

/// <summary>A clock the tests move, to open and close the planning and adjustment windows.</summary>
public sealed class JamUji : TimeProvider
{
    public DateTimeOffset Kini { get; set; } = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Kini;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>Perencanaan in-process on a fresh database; what DataPegawai would have told it is seeded directly.</summary>
public sealed class PerencanaanApi(Infrastruktur infra) : ServiceFactory<Program>(infra, "perencanaan"), IAsyncLifetime
{
    public JamUji Jam { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await InitializeDatabaseAsync();
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Jam));
    }

    public async Task PegawaiPadanAsync(string nip, string npsn, string wilayah = "3273")
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Store(new PegawaiLokal { Id = nip, Nama = "Uji", Jenjang = "AhliMuda", Npsn = npsn, Wilayah = wilayah, DiperbaruiPada = DateTimeOffset.UtcNow });
        await session.SaveChangesAsync();
    }

    public async Task KepalaAsync(string npsn, string nip, bool plt = false, string wilayah = "3273")
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Store(new KepalaSekolahLokal { Id = npsn, Nip = nip, Plt = plt, BerlakuSejak = new DateOnly(2025, 7, 1), Wilayah = wilayah, DitugaskanPada = DateTimeOffset.UtcNow });
        await session.SaveChangesAsync();
    }

    /// <summary>DataPegawai said someone else now heads the school (e.g. the teacher themself, as Plt).</summary>
    public async Task JadikanKepalaAsync(string npsn, string nip, string wilayah = "3273")
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().LightweightSession();
        await session.LoadAsync<KepalaSekolahLokal>(npsn);
        session.Store(new KepalaSekolahLokal { Id = npsn, Nip = nip, Plt = true, BerlakuSejak = new DateOnly(2026, 1, 1), Wilayah = wilayah, DitugaskanPada = DateTimeOffset.UtcNow });
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

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
