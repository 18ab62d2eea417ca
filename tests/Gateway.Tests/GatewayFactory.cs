namespace Kinerja.Gateway.Tests;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        ["services:perencanaan:http:0"] = "http://127.0.0.1:11",
        ["services:perencanaan:http:1"] = "http://127.0.0.1:12",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(Settings));
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, AlamatPemanggil>());
    }

    public const string HeaderAlamat = "X-Test-Remote-Ip";

    /// <summary>The in-process server has no socket: the caller is loopback unless a test says otherwise.</summary>
    private sealed class AlamatPemanggil : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(HeaderAlamat, out var ip)
                    ? System.Net.IPAddress.Parse(ip.ToString())
                    : System.Net.IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
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
