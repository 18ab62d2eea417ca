using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Pegawai;
using Kinerja.ServiceDefaults.Sekolah;
using Kinerja.Testing;
using Marten;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Penilaian.Tests;

/// <summary>Penilaian in-process; plans and cycles arrive on the real broker, principals and pegawai are seeded.</summary>
public sealed class PenilaianApi(Infrastruktur infra) : ServiceFactory<Program>(infra, "penilaian"), IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await InitializeDatabaseAsync();
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Periode:Bulan:2024", "6");
    }

    public async Task SeedAsync(string npsn, string kepala, string nip, string jenjang, string wilayah = "3273")
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Store(new KepalaSekolahLokal { Id = npsn, Nip = kepala, Plt = false, BerlakuSejak = new DateOnly(2025, 7, 1), Wilayah = wilayah, DitugaskanPada = DateTimeOffset.UtcNow });
        session.Store(new PegawaiLokal { Id = nip, Nama = "Rina Wijaya", Jenjang = jenjang, Npsn = npsn, Wilayah = wilayah, DiperbaruiPada = DateTimeOffset.UtcNow });
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

    public async Task<long> JumlahEventAsync(Guid stream)
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamAsync(stream)).Count;
    }

    public Task KirimAsync(IIntegrationEvent pesan) => BrokerPublisher.PublishAsync(Infra.RabbitMqConnection, Prefix, pesan);
}
