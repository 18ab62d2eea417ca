namespace Kinerja.Testing;

using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Messaging;
using MassTransit;

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

    /// <summary>
    /// Sends straight to one MassTransit address: <c>queue:&lt;name&gt;_error</c> as MassTransit moves a failed message
    /// there, or <c>exchange:&lt;name&gt;</c> for a receive queue (a quorum queue: a <c>queue:</c> address would declare
    /// it again as a classic one, which the broker refuses).
    /// </summary>
    public static async Task SendAsync(string rabbitMqConnection, string alamat, IIntegrationEvent pesan)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(new Uri(rabbitMqConnection)));
        await bus.StartAsync();
        try
        {
            var endpoint = await bus.GetSendEndpoint(new Uri(alamat));
            await endpoint.Send(pesan, pesan.GetType(), ctx => ctx.MessageId = pesan.EventId);
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
