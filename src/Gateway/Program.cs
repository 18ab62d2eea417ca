using Kinerja.Gateway.DevToken;
using Kinerja.Gateway.RateLimiting;
using Kinerja.Gateway.Routing;
using Kinerja.ServiceDefaults.Http;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// the gateway's own public names (Gateway:Hosts), so the variable the AppHost passes to every process
// does not also narrow the services, which the gateway calls by address
if (builder.Configuration["Gateway:Hosts"] is { Length: > 0 } hosts)
{
    builder.Configuration["AllowedHosts"] = hosts;
}

builder.AddServiceDefaults();
builder.Services.AddProksiTerpercaya(builder.Configuration);
// HSTS on every answer over HTTPS (behind the TLS proxy), whatever the name: plain HTTP never gets it
builder.Services.AddHsts(o =>
{
    o.MaxAge = TimeSpan.FromDays(365);
    o.ExcludedHosts.Clear();
});
builder.WebHost.ConfigureKestrel(k =>
    k.Limits.MaxRequestBodySize = builder.Configuration.GetValue<long?>("Gateway:MaxRequestBodyBytes") ?? 1_048_576);
builder.Services.AddPerUserRateLimit(builder.Configuration);
// a cluster's destination names its service ("http://perencanaan"); service discovery gives one destination per address
// the AppHost hands out (services:perencanaan:http:0, :1 for a second instance), each balanced and health-checked
builder.Services.AddServiceDiscovery();
builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy")).AddServiceDiscoveryDestinationResolver();

var app = builder.Build();

// first: the scheme and client address are the TLS proxy's word (if it is trusted) for everything after
app.UseForwardedHeaders();
app.UseHsts();
app.MapDefaultEndpoints();
app.UseRateLimiter();
app.MapDevToken();
app.MapScalarApiReference("/scalar", scalar =>
{
    scalar.Title = "Kinerja API";
    // "try it" goes through this gateway (the documents name each service's own address), and nothing
    // on the page calls outside services: no AI chat, MCP, deploy or SDK buttons, no telemetry
    scalar.Servers = [new ScalarServer("/", "Kinerja gateway")];
    scalar.Agent = new ScalarAgentOptions { Disabled = true };
    scalar.Mcp = new ScalarMcpOptions { Disabled = true };
    scalar.ShowDeveloperTools = DeveloperToolsVisibility.Never;
    scalar.HideClientButton = true;
    scalar.Telemetry = false;
    foreach (var service in app.Configuration.GetSection("ApiDocs").Get<string[]>() ?? [])
    {
        scalar.AddDocument(service, service, $"/openapi/{service}/v1.json");
    }
}).AllowAnonymous();
app.MapApiTidakAda();
app.MapReverseProxy();

app.Run();

public partial class Program;
