namespace Kinerja.Gateway.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.ServiceDefaults.Auth;
using Microsoft.Extensions.DependencyInjection;

public sealed class GatewayTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    private const string Nip = "198001012005011001";
    private static readonly AuthOptions Dev = new() { SigningKey = AuthOptions.DevelopmentSigningKey };

    private sealed class Lampau : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddHours(-10);
    }

    private async Task<HttpResponseMessage> GetWithAsync(string? token, string path = "/api/sekolah/20219999")
    {
        var client = gateway.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.GetAsync(path);
    }

    [Fact]
    public async Task the_development_token_endpoint_issues_a_token_the_gateway_accepts()
    {
        var response = await gateway.CreateClient().PostAsJsonAsync("/api/dev/token",
            new { nip = Nip, roles = new[] { "operator-dinas" }, wilayah = "3273" });
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        var proxied = await GetWithAsync(token, "/api/perencanaan/katalog");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // past authentication: the (absent) service is what fails now
        Assert.NotEqual(HttpStatusCode.Unauthorized, proxied.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, proxied.StatusCode);
    }

    [Theory]
    [InlineData("{\"nip\":\"198001012005011001\",\"roles\":[\"kepala-dinas\"]}", "roles")]
    [InlineData("{\"nip\":\"198001012005011001\",\"roles\":[]}", "roles")]
    [InlineData("{\"roles\":[\"guru\"]}", "nip")]
    public async Task a_token_request_with_bad_fields_is_a_400_naming_them(string json, string field)
    {
        var response = await gateway.CreateClient().PostAsync("/api/dev/token",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task metrics_are_not_answered_to_a_caller_elsewhere_nor_proxied_to_web()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add(GatewayFactory.HeaderAlamat, "203.0.113.7");

        var response = await gateway.CreateClient().SendAsync(request);

        // proxied to Web (absent here), it would be a 502; answered with metrics, a 200
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("# TYPE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void a_service_with_two_instances_is_one_cluster_of_two_health_checked_destinations()
    {
        var proxy = gateway.Services.GetRequiredService<Yarp.ReverseProxy.IProxyStateLookup>();

        Assert.True(proxy.TryGetCluster("datapegawai", out var datapegawai));
        Assert.True(proxy.TryGetCluster("perencanaan", out var perencanaan));
        // "http://perencanaan" in appsettings, resolved by service discovery from services:perencanaan:http:0 and :1
        Assert.Equal(["http://127.0.0.1:9/"], datapegawai.Destinations.Values.Select(d => d.Model.Config.Address));
        Assert.Equal(["http://127.0.0.1:11/", "http://127.0.0.1:12/"],
            perencanaan.Destinations.Values.Select(d => d.Model.Config.Address).Order(StringComparer.Ordinal));
        var health = perencanaan.Model.Config.HealthCheck!;
        Assert.True(health.Active!.Enabled);
        Assert.Equal("/health", health.Active.Path);
        Assert.True(health.Passive!.Enabled);
    }

    [Fact]
    public async Task the_development_token_endpoint_answers_only_callers_on_this_machine()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dev/token")
        {
            Content = JsonContent.Create(new { nip = Nip, roles = new[] { "admin" } }),
        };
        request.Headers.Add(GatewayFactory.HeaderAlamat, "203.0.113.7");

        var response = await gateway.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("\"token\":", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("kinerja.attacker.test:8080")]
    public async Task a_host_header_that_is_not_the_gateways_name_is_refused(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dev/token")
        {
            Content = JsonContent.Create(new { nip = Nip, roles = new[] { "admin" } }),
        };
        request.Headers.Host = host;

        var response = await gateway.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("\"token\":", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task no_token_is_a_401_problem()
    {
        var response = await GetWithAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task a_forged_signature_is_a_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithAsync(
            new TokenIssuer(new AuthOptions { SigningKey = "someone-elses-key-0123456789-0123456789" }).Issue(Nip, ["admin"]))).StatusCode);

    [Fact]
    public async Task a_token_for_another_audience_is_a_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithAsync(
            new TokenIssuer(new AuthOptions { SigningKey = Dev.SigningKey, Audience = "sistem-lain" }).Issue(Nip, ["admin"]))).StatusCode);

    [Fact]
    public async Task an_expired_token_is_a_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithAsync(
            new TokenIssuer(Dev, new Lampau()).Issue(Nip, ["admin"], lifetime: TimeSpan.FromHours(1)))).StatusCode);

    [Fact]
    public async Task a_user_over_the_rate_limit_gets_429_with_retry_after()
    {
        var token = new TokenIssuer(Dev).Issue("199001012015011001", ["guru"], npsn: "20219999");
        // at once: sent one by one on a loaded machine, the bucket (1 per second, burst 3) could refill in between
        var statuses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => GetWithAsync(token)));

        var limited = statuses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        // another user is not affected by this one's burst
        var other = await GetWithAsync(new TokenIssuer(Dev).Issue("199101012015011001", ["guru"], npsn: "20219999"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task an_unknown_api_path_is_a_404_problem_of_the_gateway_and_is_never_sent_to_web()
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            new TokenIssuer(new AuthOptions { SigningKey = AuthOptions.DevelopmentSigningKey }).Issue("198001012005011001", ["admin"]));

        var anonymous = await gateway.CreateClient().GetAsync("/api/tidak-ada");
        var unknown = await client.PostAsync("/api/tidak-ada/apa-pun", null);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task a_correlation_id_is_echoed_or_created()
    {
        var client = gateway.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/alive");
        request.Headers.Add("X-Correlation-Id", "frontend-123");

        var echoed = await client.SendAsync(request);
        var created = await client.GetAsync("/alive");
        var hostile = new HttpRequestMessage(HttpMethod.Get, "/alive");
        hostile.Headers.TryAddWithoutValidation("X-Correlation-Id", "<script>alert(1)</script>");
        var replaced = await client.SendAsync(hostile);

        Assert.Equal("frontend-123", echoed.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Matches("^[0-9a-f]{32}$", created.Headers.GetValues("X-Correlation-Id").Single());
        Assert.DoesNotContain("<", replaced.Headers.GetValues("X-Correlation-Id").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task health_and_api_docs_are_open_without_a_token()
    {
        var client = gateway.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar/")).StatusCode);
    }

    [Fact]
    public async Task the_api_docs_send_try_it_through_the_gateway_and_call_no_outside_service()
    {
        var halaman = await gateway.CreateClient().GetStringAsync("/scalar/");

        Assert.Contains("Kinerja gateway", halaman, StringComparison.Ordinal);
        Assert.Contains("\"hideClientButton\":true", halaman, StringComparison.Ordinal);
        Assert.Contains("\"showDeveloperTools\":\"never\"", halaman, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", halaman, StringComparison.Ordinal);
        Assert.DoesNotContain("5101", halaman, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_configured_frontend_origin_passes_cors_preflight()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/sekolah/20219999");
        request.Headers.Add("Origin", "https://kinerja.example.id");
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,if-match");

        var response = await gateway.CreateClient().SendAsync(request);

        Assert.Equal("https://kinerja.example.id", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}

public sealed class ProductionGatewayTests(ProductionGatewayFactory gateway) : IClassFixture<ProductionGatewayFactory>
{
    [Fact]
    public async Task there_is_no_token_endpoint_outside_development()
    {
        var body = new { nip = "198001012005011001", roles = new[] { "admin" } };
        var anonymous = await gateway.CreateClient().PostAsJsonAsync("/api/dev/token", body);
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            new TokenIssuer(new AuthOptions { SigningKey = "a-production-key-that-is-long-enough-0123456789" }).Issue("198001012005011001", ["admin"]));
        var authenticated = await client.PostAsJsonAsync("/api/dev/token", body);

        // anonymous callers meet the fallback policy; an authenticated one finds no such route
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, authenticated.StatusCode);
    }

    [Fact]
    public async Task a_development_token_is_not_accepted_in_production()
    {
        var token = new TokenIssuer(new AuthOptions { SigningKey = AuthOptions.DevelopmentSigningKey }).Issue("198001012005011001", ["admin"]);
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/sekolah/20219999")).StatusCode);
    }
}
