namespace Kinerja.ServiceDefaults.Tests.Messaging;

using JasperFx.Events;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

/// <summary>
/// A started host that relays as a service does: Marten on <c>ConnectionStrings:relay</c>, the async daemon in HotCold
/// (platform.md: this must keep working with the unpatched lock library), <see cref="SampleMap"/>, and MassTransit's
/// harness as the bus.
/// </summary>
public static class HostRelay
{
    /// <param name="atur">Settings and services of the test's own, before the bus and Marten are added.</param>
    /// <param name="bus">The harness's in-memory bus, before its endpoints are configured.</param>
    public static async Task<IHost> MulaiAsync(string connectionString, Action<HostApplicationBuilder>? atur = null,
        Action<IInMemoryBusFactoryConfigurator>? bus = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:relay"] = connectionString;
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<Telemetry.KinerjaMetrics>();
        atur?.Invoke(builder);
        builder.Services.AddMassTransitTestHarness(b => b.UsingInMemory((context, cfg) =>
        {
            bus?.Invoke(cfg);
            cfg.ConfigureEndpoints(context);
        }));
        builder.AddKinerjaMarten("relay", o => o.Events.StreamIdentity = StreamIdentity.AsString).AddIntegrationRelay<SampleMap>();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
