using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Kinerja.Gateway.Tests;

/// <summary>
/// The gateway in-process with a tight rate limit. Its clusters point at a closed port: what these tests
/// check (tokens, limits, correlation, docs) is decided before anything is forwarded.
/// </summary>
public class GatewayFactory : WebApplicationFactory<Program>
{
    protected virtual string Environment => "Development";

    protected virtual Dictionary<string, string?> Settings => new()
    {
        ["RateLimit:PerSecond"] = "1",
        ["RateLimit:Burst"] = "3",
        ["Cors:Origins:0"] = "https://kinerja.example.id",
        ["services:datapegawai:http:0"] = "http://127.0.0.1:9",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(Settings));
    }
}

public sealed class ProductionGatewayFactory : GatewayFactory
{
    protected override string Environment => "Production";

    protected override Dictionary<string, string?> Settings => new(base.Settings)
    {
        ["Auth:SigningKey"] = "a-production-key-that-is-long-enough-0123456789",
    };
}
