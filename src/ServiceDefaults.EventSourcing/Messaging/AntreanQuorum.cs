namespace Kinerja.ServiceDefaults.Messaging;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

/// <summary>
/// The receive queues are quorum queues (RabbitMQ's replicated, durable type; MassTransit <c>SetQuorumQueue</c>). A
/// broker from before this keeps its classic queues of the same names, which RabbitMQ will not redeclare as another
/// type, and the bus would not start. Before the bus starts this turns each classic one into a quorum one without
/// losing a message: a holding quorum queue is bound to the queue's exchange, so what arrives meanwhile lands there;
/// the classic queue's messages are moved into it; the classic queue is replaced by a quorum one bound the same way;
/// the holding queue is emptied into it and removed. A message can arrive twice (in both while both are bound); the
/// consumers are idempotent. Two instances starting together take turns (an exclusive queue is the lock).
/// </summary>
public sealed class AntreanQuorum(Uri broker, IReadOnlyList<string> antrean, ILogger<AntreanQuorum> logger) : IHostedService
{
    public static readonly Dictionary<string, object?> Quorum = new() { ["x-queue-type"] = "quorum" };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "kinerja-antrean-quorum" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        foreach (var nama in antrean)
        {
            await UbahAsync(connection, nama, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task UbahAsync(IConnection connection, string nama, CancellationToken ct)
    {
        if (await JenisAsync(connection, nama, ct) != Jenis.Klasik)
        {
            return;
        }

        var kunci = await KunciAsync(connection, nama, ct);
        await using (kunci)
        {
            // the other instance may have done it while this one waited for the lock
            if (await JenisAsync(connection, nama, ct) != Jenis.Klasik)
            {
                return;
            }

            var tampung = $"{nama}.pindah-quorum";
            int dariKlasik;
            await using (var channel = await SaluranAsync(connection, ct))
            {
                await channel.QueueDeclareAsync(tampung, durable: true, exclusive: false, autoDelete: false, arguments: Quorum, cancellationToken: ct);
                // MassTransit binds every receive queue to an exchange of the same name, which the message types' exchanges feed
                await channel.ExchangeDeclarePassiveAsync(nama, ct);
                await channel.QueueBindAsync(tampung, nama, "", cancellationToken: ct);
                dariKlasik = await PindahkanAsync(channel, nama, tampung, ct);
                await channel.QueueDeleteAsync(nama, ifUnused: false, ifEmpty: false, cancellationToken: ct);
            }

            // a new channel: RabbitMQ 3.10's channel remembers the name as a classic queue and crashed (541) delivering to the quorum one
            int dariTampung;
            await using (var channel = await SaluranAsync(connection, ct))
            {
                await channel.QueueDeclareAsync(nama, durable: true, exclusive: false, autoDelete: false, arguments: Quorum, cancellationToken: ct);
                await channel.QueueBindAsync(nama, nama, "", cancellationToken: ct);
                await channel.QueueUnbindAsync(tampung, nama, "", cancellationToken: ct);
                dariTampung = await PindahkanAsync(channel, tampung, nama, ct);
                // emptied and unbound: nothing reaches it any more (quorum queues refuse the if-empty flag)
                await channel.QueueDeleteAsync(tampung, ifUnused: false, ifEmpty: false, cancellationToken: ct);
            }

            logger.LogWarning("Queue {Queue} is now a quorum queue: {Moved} messages kept ({Held} held while it was replaced)",
                nama, dariKlasik, dariTampung);
        }
    }

    private static Task<IChannel> SaluranAsync(IConnection connection, CancellationToken ct) =>
        connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);

    private enum Jenis { TidakAda, Klasik, Quorum }

    /// <summary>Declaring it as a quorum queue is refused (406) when it exists as another type; passive first, so a missing one is not created here.</summary>
    private static async Task<Jenis> JenisAsync(IConnection connection, string nama, CancellationToken ct)
    {
        try
        {
            await using var passive = await connection.CreateChannelAsync(cancellationToken: ct);
            await passive.QueueDeclarePassiveAsync(nama, ct);
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return Jenis.TidakAda;
        }

        try
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            await channel.QueueDeclareAsync(nama, durable: true, exclusive: false, autoDelete: false, arguments: Quorum, cancellationToken: ct);
            return Jenis.Quorum;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 406)
        {
            return Jenis.Klasik;
        }
    }

    /// <summary>Each message published on and confirmed before it is removed from where it was: a crash midway duplicates at most one.</summary>
    private static async Task<int> PindahkanAsync(IChannel channel, string dari, string ke, CancellationToken ct)
    {
        var jumlah = 0;
        while (await channel.BasicGetAsync(dari, autoAck: false, ct) is { } pesan)
        {
            var properties = new BasicProperties(pesan.BasicProperties);
            // a quorum queue's own count of deliveries: published on with it, RabbitMQ 3.10 closed the channel (541)
            properties.Headers?.Remove("x-delivery-count");
            await channel.BasicPublishAsync("", ke, mandatory: true, properties, pesan.Body, ct);
            await channel.BasicAckAsync(pesan.DeliveryTag, multiple: false, ct);
            jumlah++;
        }

        return jumlah;
    }

    /// <summary>An exclusive queue only one connection can hold; another instance waits until it is gone.</summary>
    private static async Task<Kunci> KunciAsync(IConnection connection, string nama, CancellationToken ct)
    {
        while (true)
        {
            var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            try
            {
                var kunci = await channel.QueueDeclareAsync($"{nama}.kunci-quorum", durable: false, exclusive: true, autoDelete: true, cancellationToken: ct);
                return new Kunci(channel, kunci.QueueName);
            }
            catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 405)
            {
                await channel.DisposeAsync();
                await Task.Delay(500, ct);
            }
        }
    }

    /// <summary>Released when done, not when the connection closes: the next queue's lock is another one.</summary>
    private sealed class Kunci(IChannel channel, string queue) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
            await channel.DisposeAsync();
        }
    }
}
