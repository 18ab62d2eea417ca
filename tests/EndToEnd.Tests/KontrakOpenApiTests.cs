namespace Kinerja.EndToEnd.Tests;

using System.Text.Json;
using System.Text.Json.Nodes;
using Kinerja.Testing;

/// <summary>
/// Issue 26, item 4: each service's OpenAPI document, as the running service serves it through the gateway, is the one
/// committed under docs/openapi/, and it declares for every operation what a client needs: the success answer with its
/// schema, the problem answers, the bearer scheme, and If-Match/ETag where the write path uses them. After changing an
/// endpoint, regenerate with <c>KINERJA_KONTRAK=tulis dotnet test tests/EndToEnd.Tests --filter KontrakOpenApiTests</c>
/// (with the servers <c>./kinerja test</c> starts) and commit the result.
/// </summary>
public sealed class KontrakOpenApiTests(SistemBerjalan sistem) : IClassFixture<SistemBerjalan>
{
    public static readonly TheoryData<string> Layanan = new() { "datapegawai", "perencanaan", "observasi", "penilaian" };

    private static string Berkas(string layanan, [System.Runtime.CompilerServices.CallerFilePath] string sini = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sini)!, "..", "..", "docs", "openapi", $"{layanan}.json"));

    [Theory]
    [MemberData(nameof(Layanan))]
    public async Task the_running_services_openapi_document_is_the_committed_one(string layanan)
    {
        var dilayani = Rapi(await sistem.Gateway.GetStringAsync($"/openapi/{layanan}/v1.json"));
        if (Environment.GetEnvironmentVariable("KINERJA_KONTRAK") == "tulis")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Berkas(layanan))!);
            await File.WriteAllTextAsync(Berkas(layanan), dilayani);
        }

        Assert.True(File.Exists(Berkas(layanan)), $"{Berkas(layanan)} is missing: generate it (see this class's summary).");
        var tersimpan = await File.ReadAllTextAsync(Berkas(layanan));
        Assert.True(tersimpan == dilayani,
            $"docs/openapi/{layanan}.json differs from what the service serves (first difference at line {BarisBeda(tersimpan, dilayani)}): " +
            "regenerate it (KINERJA_KONTRAK=tulis, see KontrakOpenApiTests) and commit it.");
    }

    [Theory]
    [MemberData(nameof(Layanan))]
    public async Task every_operation_declares_its_answer_its_problems_and_how_it_is_authorised(string layanan)
    {
        var doc = JsonNode.Parse(await sistem.Gateway.GetStringAsync($"/openapi/{layanan}/v1.json"))!;
        Assert.Equal("bearer", doc["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>());
        Assert.NotNull(doc["components"]!["schemas"]!["Masalah"]);
        var kurang = new List<string>();
        foreach (var (jalur, item) in doc["paths"]!.AsObject())
        {
            foreach (var (metode, op) in item!.AsObject())
            {
                var nama = $"{metode.ToUpperInvariant()} {jalur}";
                var jawaban = op!["responses"]!.AsObject();
                var sukses = jawaban.Where(j => j.Key.StartsWith('2')).ToList();
                if (sukses.Count == 0)
                {
                    kurang.Add($"{nama}: no 2xx answer");
                }

                // an answer with a body names its schema (202 Accepted and 204 No Content have none)
                foreach (var (kode, j) in sukses.Where(s => s.Key is not ("202" or "204")))
                {
                    if (j!["content"] is not JsonObject isi || isi.Count == 0 || isi.Any(m => m.Value?["schema"] is null))
                    {
                        kurang.Add($"{nama}: {kode} without a schema");
                    }
                }

                foreach (var kode in new[] { "429", "503" }.Where(k => !jawaban.ContainsKey(k)))
                {
                    kurang.Add($"{nama}: no {kode}");
                }

                foreach (var (kode, j) in jawaban.Where(j => j.Key[0] is '4' or '5'))
                {
                    if (j!["content"]?["application/problem+json"] is null)
                    {
                        kurang.Add($"{nama}: {kode} is not application/problem+json");
                    }
                }

                // every operation of a service needs a token: none is anonymous
                if (op["security"]?.AsArray().Any(s => s!["bearer"] is not null) != true)
                {
                    kurang.Add($"{nama}: no bearer scheme");
                }

                var ifMatch = op["parameters"]?.AsArray().Any(p => p!["name"]?.GetValue<string>() == "If-Match" && p["in"]?.GetValue<string>() == "header") == true;
                if (ifMatch && (!jawaban.ContainsKey("412") || !sukses.Any(s => s.Value!["headers"]?["ETag"] is not null)))
                {
                    kurang.Add($"{nama}: If-Match without 412 or an ETag on its answer");
                }
            }
        }

        Assert.True(kurang.Count == 0, string.Join("\n", kurang));
    }

    /// <summary>Indented, with a final newline: how the committed file is written and compared.</summary>
    private static string Rapi(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    private static int BarisBeda(string a, string b)
    {
        var (x, y) = (a.Split('\n'), b.Split('\n'));
        var i = 0;
        while (i < x.Length && i < y.Length && x[i] == y[i])
        {
            i++;
        }

        return i + 1;
    }
}
