namespace Kinerja.Penilaian.Tests;

using Kinerja.Testing;
using Microsoft.AspNetCore.Hosting;

/// <summary>Penilaian in-process; plans and cycles arrive on the real broker, principals and pegawai are seeded. 2024 had six-month periods.</summary>
public sealed class PenilaianApi(Infrastructure infra) : LayananHilir<Program>(infra, "penilaian", DateTimeOffset.UtcNow)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Periode:Bulan:2024", "6");
    }

    public async Task SeedAsync(string npsn, string kepala, string nip, string jenjang, string wilayah = "3273")
    {
        await KepalaAsync(npsn, kepala, wilayah: wilayah);
        await PegawaiPadanAsync(nip, npsn, jenjang, wilayah, "Rina Wijaya");
    }
}
