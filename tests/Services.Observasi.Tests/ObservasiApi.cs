using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Sekolah;
using Kinerja.Testing;
using Marten;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Observasi.Tests;

public sealed class JamUji : TimeProvider
{
    public DateTimeOffset Kini { get; set; } = new(2026, 2, 2, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Kini;
}

/// <summary>Observasi in-process; plans arrive as SkpDisepakati on the real broker, principals are seeded.</summary>
public sealed class ObservasiApi(Infrastruktur infra) : ServiceFactory<Program>(infra, "observasi"), IAsyncLifetime
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

    public async Task KepalaAsync(string npsn, string nip, string wilayah = "3273")
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().LightweightSession();
        // loaded first: the document is under optimistic concurrency, a blind overwrite would be refused
        await session.LoadAsync<KepalaSekolahLokal>(npsn);
        session.Store(new KepalaSekolahLokal { Id = npsn, Nip = nip, Plt = false, BerlakuSejak = new DateOnly(2025, 7, 1), Wilayah = wilayah, DitugaskanPada = DateTimeOffset.UtcNow });
        await session.SaveChangesAsync();
    }

    public Task KirimAsync(params SkpDisepakati[] pesan) => BrokerPublisher.PublishAsync(Infra.RabbitMqConnection, Prefix, pesan);

    public async Task<long> JumlahEventAsync(Guid stream)
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamAsync(stream)).Count;
    }

    public async Task<bool> DitanganiAsync(Guid eventId)
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<Kinerja.ServiceDefaults.Messaging.PesanDitangani>($"BukaSiklus:{eventId}") is not null;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();
}
