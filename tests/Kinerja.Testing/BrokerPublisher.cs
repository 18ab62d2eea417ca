using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Messaging;
using MassTransit;

namespace Kinerja.Testing;

/// <summary>
/// Publishes integration events as another service's relay would: MassTransit, the system's prefix on
/// the shared broker, and the message id equal to the event id (so a repeat is a redelivery).
/// </summary>
public static class BrokerPublisher
{
    public static async Task PublishAsync(string rabbitMqConnection, string awalan, params IIntegrationEvent[] pesan)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(new Uri(rabbitMqConnection));
            Topology.Prefix(cfg, awalan);
        });
        await bus.StartAsync();
        try
        {
            foreach (var p in pesan)
            {
                await bus.Publish(p, p.GetType(), ctx => ctx.MessageId = p.EventId);
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    /// <summary>Sends straight to one queue, e.g. a <c>_error</c> queue, as MassTransit moves a failed message there.</summary>
    public static async Task SendAsync(string rabbitMqConnection, string queue, IIntegrationEvent pesan)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(new Uri(rabbitMqConnection)));
        await bus.StartAsync();
        try
        {
            var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{queue}"));
            await endpoint.Send(pesan, pesan.GetType(), ctx => ctx.MessageId = pesan.EventId);
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
