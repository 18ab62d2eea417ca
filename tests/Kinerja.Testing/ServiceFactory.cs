namespace Kinerja.Testing;

using System.Net.Http.Headers;
using Kinerja.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

/// <summary>
/// One service in-process against the real PostgreSQL and RabbitMQ: its own fresh database, and queue
/// names unique to this factory so parallel classes don't steal each other's messages.
/// </summary>
public class ServiceFactory<TProgram>(Infrastructure infra, string service) : WebApplicationFactory<TProgram>
    where TProgram : class
{
    private string? _database;

    public Infrastructure Infra => infra;

    public string ConnectionString => _database ?? throw new InvalidOperationException("Call InitializeAsync first.");
    public string Prefix { get; } = $"{infra.RunId}-{Guid.NewGuid():n}"[..20] + "-";

    public async Task InitializeDatabaseAsync() => _database = await infra.DatabaseBaruAsync(service);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{service}", ConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", infra.RabbitMqConnection);
        builder.UseSetting(Topology.PrefixSetting, Prefix);
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{service}"] = ConnectionString,
            ["ConnectionStrings:rabbitmq"] = infra.RabbitMqConnection,
            [Topology.PrefixSetting] = Prefix,
        }));
    }

    public HttpClient ClientWith(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
