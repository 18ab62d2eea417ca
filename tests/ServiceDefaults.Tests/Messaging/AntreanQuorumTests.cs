namespace Kinerja.ServiceDefaults.Tests.Messaging;

using System.Text;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

/// <summary>A broker from before quorum queues: its classic receive queues are replaced without losing a message.</summary>
public sealed class AntreanQuorumTests(Infrastructure infra)
{
    [Fact]
    public async Task a_classic_queue_with_messages_becomes_a_quorum_queue_with_the_same_messages_even_with_two_instances_at_once()
    {
        var nama = $"{infra.RunId}-observasi-buka-siklus-{Guid.NewGuid():n}"[..48];
        var factory = new ConnectionFactory { Uri = new Uri(infra.RabbitMqConnection) };
        await using var connection = await factory.CreateConnectionAsync();
        await using (var channel = await connection.CreateChannelAsync())
        {
            // as MassTransit declared it before: a classic durable queue fed by an exchange of its name
            await channel.ExchangeDeclareAsync(nama, ExchangeType.Fanout, durable: true);
            await channel.QueueDeclareAsync(nama, durable: true, exclusive: false, autoDelete: false);
            await channel.QueueBindAsync(nama, nama, "");
            for (var i = 0; i < 5; i++)
            {
                await channel.BasicPublishAsync(nama, "", true, new BasicProperties { MessageId = $"m{i}", Persistent = true }, Encoding.UTF8.GetBytes($"pesan {i}"));
            }
        }

        var uri = new Uri(infra.RabbitMqConnection);
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            new AntreanQuorum(uri, [nama], NullLogger<AntreanQuorum>.Instance).StartAsync(CancellationToken.None)));

        await using (var channel = await connection.CreateChannelAsync())
        {
            // declaring it as quorum is accepted: it is one; the next message to its exchange reaches it
            await channel.QueueDeclareAsync(nama, durable: true, exclusive: false, autoDelete: false, arguments: AntreanQuorum.Quorum);
            await channel.BasicPublishAsync(nama, "", true, new BasicProperties { MessageId = "m5" }, Encoding.UTF8.GetBytes("pesan 5"));
            var diterima = new List<string>();
            for (var coba = 0; coba < 50 && diterima.Count < 6; coba++)
            {
                if (await channel.BasicGetAsync(nama, autoAck: true) is { } pesan)
                {
                    diterima.Add(Encoding.UTF8.GetString(pesan.Body.Span));
                }
                else
                {
                    await Task.Delay(100);
                }
            }

            Assert.Equal(Enumerable.Range(0, 6).Select(i => $"pesan {i}"), diterima);
            Assert.Null(await channel.BasicGetAsync(nama, autoAck: true));
        }

        await using (var channel = await connection.CreateChannelAsync())
        {
            var classic = new Dictionary<string, object?> { ["x-queue-type"] = "classic" };
            var ex = await Assert.ThrowsAsync<OperationInterruptedException>(() =>
                channel.QueueDeclareAsync(nama, durable: true, exclusive: false, autoDelete: false, arguments: classic));
            Assert.Equal((ushort)406, ex.ShutdownReason?.ReplyCode);
        }

        foreach (var sisa in new[] { $"{nama}.pindah-quorum", $"{nama}.kunci-quorum" })
        {
            await using var channel = await connection.CreateChannelAsync();
            var ex = await Assert.ThrowsAsync<OperationInterruptedException>(() => channel.QueueDeclarePassiveAsync(sisa));
            Assert.Equal((ushort)404, ex.ShutdownReason?.ReplyCode);
        }

        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeleteAsync(nama);
            await channel.ExchangeDeleteAsync(nama);
        }
    }
}
