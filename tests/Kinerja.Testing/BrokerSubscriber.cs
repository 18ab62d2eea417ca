namespace Kinerja.Testing;

using System.Collections.Concurrent;
using System.Text.Json;
using Kinerja.ServiceDefaults.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

/// <summary>
/// Listens to one integration event on the real broker with plain RabbitMQ.Client, as a regional system
/// would: its own queue bound to the message type's exchange, the JSON envelope read by hand.
/// </summary>
public sealed class BrokerSubscriber : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly ConcurrentQueue<JsonDocument> _received = new();
    private readonly SemaphoreSlim _signal = new(0);

    private BrokerSubscriber(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    /// <param name="awalan">The publishing system's <c>Messaging:Prefix</c> (empty in production).</param>
    /// <param name="messageType">e.g. <c>KepalaSekolahDitugaskan</c>; MassTransit's exchange is <c>Kinerja.Contracts:&lt;type&gt;</c>.</param>
    /// <param name="setiapPesan">Called with each envelope as it arrives (a counter that keeps nothing), instead of queueing it for <see cref="WaitUntilAsync"/>.</param>
    /// <param name="wilayah">For a message routed by wilayah (<see cref="Topology.RoutedByWilayah"/>): the binding key, as a region binds; every wilayah (<c>#</c>) by default.</param>
    public static async Task<BrokerSubscriber> StartAsync(string rabbitMqConnection, string awalan, string messageType, string? queue = null, bool durable = false,
        Action<JsonElement>? setiapPesan = null, string wilayah = "#")
    {
        var factory = new ConnectionFactory { Uri = new Uri(rabbitMqConnection) };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var exchange = Topology.Exchange(awalan, messageType);
        // the same declaration MassTransit makes, so whichever side comes first the exchange agrees
        var jenis = Topology.ExchangeType(messageType);
        await channel.ExchangeDeclareAsync(exchange, jenis, durable: true, autoDelete: false);
        var declared = await channel.QueueDeclareAsync(queue ?? "", durable: durable, exclusive: !durable, autoDelete: !durable);
        await channel.QueueBindAsync(declared.QueueName, exchange, jenis == ExchangeType.Topic ? wilayah : "");

        var subscriber = new BrokerSubscriber(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var envelope = JsonDocument.Parse(delivery.Body.ToArray());
            if (setiapPesan is not null)
            {
                setiapPesan(envelope.RootElement);
                envelope.Dispose();
            }
            else
            {
                subscriber._received.Enqueue(envelope);
                subscriber._signal.Release();
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, false);
        };
        await channel.BasicConsumeAsync(declared.QueueName, autoAck: false, consumer);
        return subscriber;
    }

    /// <summary>The first MassTransit envelope (messageId, headers, message) whose <c>message</c> matches, waiting up to <paramref name="timeout"/>.</summary>
    public async Task<JsonElement> WaitUntilAsync(Func<JsonElement, bool> cocok, TimeSpan? timeout = null)
    {
        var seen = new List<JsonDocument>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            while (DateTime.UtcNow < deadline)
            {
                while (_received.TryDequeue(out var envelope))
                {
                    var message = envelope.RootElement.GetProperty("message");
                    if (cocok(message))
                    {
                        return envelope.RootElement.Clone();
                    }

                    seen.Add(envelope);
                }

                await _signal.WaitAsync(deadline - DateTime.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero);
            }
        }
        finally
        {
            foreach (var s in seen)
            {
                _received.Enqueue(s);
            }
        }

        throw new TimeoutException("The expected message did not arrive on the broker.");
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
