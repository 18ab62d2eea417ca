namespace Kinerja.Domain.Tests.Kontrak;

using System.Text.Json;
using System.Text.Json.Nodes;
using Kinerja.Contracts;
using MassTransit.Serialization;

/// <summary>
/// Issue 26, item 1: the committed event contract is what the code publishes. Regenerate it after changing a contract
/// with <c>KINERJA_KONTRAK=tulis dotnet test tests/Domain.Tests --filter AsyncApiTests</c> and commit the result.
/// </summary>
public class AsyncApiTests
{
    private static string Berkas([System.Runtime.CompilerServices.CallerFilePath] string sini = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sini)!, "..", "..", "..", "docs", "asyncapi.yaml"));

    [Fact]
    public void docs_asyncapi_yaml_is_what_src_contracts_generates()
    {
        var dihasilkan = KontrakAsyncApi.Tulis();
        if (Environment.GetEnvironmentVariable("KINERJA_KONTRAK") == "tulis")
        {
            File.WriteAllText(Berkas(), dihasilkan);
        }

        Assert.True(File.Exists(Berkas()), $"{Berkas()} is missing: generate it (see this class's summary).");
        Assert.True(File.ReadAllText(Berkas()) == dihasilkan,
            "docs/asyncapi.yaml differs from src/Contracts: regenerate it (KINERJA_KONTRAK=tulis, see AsyncApiTests) and commit it.");
    }

    [Fact]
    public void every_integration_event_has_its_channel_and_a_payload_that_names_every_field()
    {
        var teks = KontrakAsyncApi.Tulis();
        Assert.Equal(8, KontrakAsyncApi.Pesan.Count);
        foreach (var t in KontrakAsyncApi.Pesan)
        {
            Assert.Contains($"address: \"Kinerja.Contracts:{t.Name}\"", teks, StringComparison.Ordinal);
            foreach (var p in t.GetProperties())
            {
                Assert.Contains($"{JsonNamingPolicy.CamelCase.ConvertName(p.Name)}:", teks, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>What MassTransit puts on the wire has exactly the fields the contract's schema names.</summary>
    [Fact]
    public void a_message_as_masstransit_serializes_it_carries_the_schemas_fields()
    {
        var pesan = new PenilaiKepalaSekolahDitugaskan
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UnixEpoch, Npsn = "20219999", PenilaiNip = "196801011990031004",
            BerlakuSejak = new DateOnly(2026, 1, 5), Wilayah = "3273",
        };
        var kawat = JsonNode.Parse(JsonSerializer.Serialize(pesan, SystemTextJsonMessageSerializer.Options))!.AsObject();
        Assert.Equal(["berlakuSejak", "eventId", "npsn", "occurredAt", "penilaiNip", "wilayah"], kawat.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("2026-01-05", kawat["berlakuSejak"]!.GetValue<string>());

        // decimals as strings with three decimals, integers as numbers, as the schema says
        var predikat = new PredikatKinerjaDitetapkan
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UnixEpoch, PenilaianId = Guid.NewGuid(), Nip = "198503152010012001", Nama = "Siti",
            Tahun = 2026, Npsn = "20219999", Wilayah = "3273", HasilKerja = "SesuaiEkspektasi", PerilakuKerja = "SesuaiEkspektasi", Predikat = "Baik",
            AngkaKredit = 37.500m, Koefisien = 37.500m, PenilaiNip = "197505102000031002", DitetapkanPada = DateTimeOffset.UnixEpoch, KoreksiKe = 0,
        };
        var kawatPredikat = JsonNode.Parse(JsonSerializer.Serialize(predikat, SystemTextJsonMessageSerializer.Options))!.AsObject();
        Assert.Equal(JsonValueKind.Number, kawatPredikat["tahun"]!.GetValueKind());
        Assert.Matches("^-?[0-9]+\\.[0-9]{3}$", kawatPredikat["angkaKredit"]!.ToString());
    }
}
