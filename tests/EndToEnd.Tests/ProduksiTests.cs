namespace Kinerja.EndToEnd.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Klien;
using Kinerja.Testing;

/// <summary>The system as docs/deploy.md's production start runs it: <c>Services:Environment=Production</c> and a key of its own.</summary>
public sealed class SistemProduksi(Infrastructure infra) : SistemBerjalan(infra)
{
    public const string Kunci = "kunci-produksi-yang-cukup-panjang-0123456789abcdef";

    protected override string Lingkungan => "Production";

    protected override IDictionary<string, string> Env => new Dictionary<string, string>
    {
        ["Auth__SigningKey"] = Kunci,
        // as docs/deploy.md's production start sets it: every process gets it, only the gateway uses it
        ["Gateway__Hosts"] = "127.0.0.1;kinerja.example.id",
    };
}

public sealed class ProduksiTests(SistemProduksi sistem) : IClassFixture<SistemProduksi>
{
    private HttpClient Dengan(string token)
    {
        var client = new HttpClient { BaseAddress = sistem.Gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task in_production_only_the_configured_key_is_trusted_no_token_is_handed_out_and_errors_hide_their_insides()
    {
        var devToken = await sistem.Gateway.PostAsJsonAsync("/api/dev/token", new { nip = "197001012000011001", roles = new[] { "admin" } });
        // not there at all: like any unknown path it asks for a token rather than handing one out
        Assert.Contains(devToken.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Unauthorized });
        Assert.DoesNotContain("\"token\":", await devToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var operatorSah = Dengan(Token.DenganKunci(SistemProduksi.Kunci, "198001012005011001", "operator-dinas", wilayah: "3273"));
        var sekolah = await operatorSah.KirimAsync(ApiDataPegawai.Sekolah("20219998", new SimpanSekolah("SD Negeri Produksi", "3273")));
        Assert.Equal(HttpStatusCode.Created, sekolah.StatusCode);

        // the Development key in the source code is worth nothing here
        var kunciBawaan = await Dengan(Token.Operator("3273")).GetAsync("/api/sekolah/20219998");
        Assert.Equal(HttpStatusCode.Unauthorized, kunciBawaan.StatusCode);

        var salah = await operatorSah.PutAsync("/api/sekolah/20219998", new StringContent("{\"nama\":", System.Text.Encoding.UTF8, "application/json"));
        var problem = await salah.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, salah.StatusCode);
        Assert.False(problem.TryGetProperty("exception", out _), problem.ToString());
        Assert.DoesNotContain(".cs:line", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task in_production_the_gateway_answers_only_to_its_own_host_names()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/perencanaan/katalog");
        request.Headers.Host = "kinerja.attacker.test";
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
            Token.DenganKunci(SistemProduksi.Kunci, "198001012005011001", "operator-dinas", wilayah: "3273"));

        var response = await sistem.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
