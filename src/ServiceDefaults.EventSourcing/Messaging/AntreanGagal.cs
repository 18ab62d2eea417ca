namespace Kinerja.ServiceDefaults.Messaging;

using Kinerja.ServiceDefaults.Auth;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

public sealed record HasilUlang(string Antrean, int Dipindahkan);

/// <summary>
/// Moves what sits in this service's <c>&lt;queue&gt;_error</c> queues back to their queues, after the cause
/// is fixed: <c>POST /admin/pesan-gagal/ulang</c> on the service itself (admin token). Each message is
/// published to its queue with its properties and headers and confirmed by the broker before it is removed
/// from <c>_error</c>, so a crash midway duplicates at most one message, which the idempotent consumers ignore.
/// It publishes through the queue's own exchange (MassTransit binds an exchange of the same name to every receive
/// endpoint's queue), which the service's broker user may write to; the default exchange it may not, and is not given.
/// </summary>
public sealed class AntreanGagal(Uri broker, IReadOnlyList<string> antrean, ILogger<AntreanGagal> logger)
{
    public async Task<IReadOnlyList<HasilUlang>> UlangSemuaAsync(CancellationToken ct)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "kinerja-ulang-pesan-gagal" };
        await using var connection = await factory.CreateConnectionAsync(ct);
        var hasil = new List<HasilUlang>();
        foreach (var queue in antrean)
        {
            // a channel per queue: a passive declare of a missing queue closes its channel
            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
            hasil.Add(new HasilUlang(queue, await UlangAsync(channel, queue, ct)));
        }

        return hasil;
    }

    private async Task<int> UlangAsync(IChannel channel, string queue, CancellationToken ct)
    {
        var error = $"{queue}_error";
        try
        {
            await channel.QueueDeclarePassiveAsync(error, ct);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // no _error queue: nothing ever failed there (the failed passive declare closed the channel)
            return 0;
        }

        var dipindahkan = 0;
        while (!ct.IsCancellationRequested && await channel.BasicGetAsync(error, autoAck: false, ct) is { } pesan)
        {
            var properties = new BasicProperties(pesan.BasicProperties);
            await channel.BasicPublishAsync(queue, "", mandatory: true, properties, pesan.Body, ct);
            await channel.BasicAckAsync(pesan.DeliveryTag, multiple: false, ct);
            dipindahkan++;
        }

        logger.LogWarning("Moved {Count} messages from {Error} back to {Queue}", dipindahkan, error, queue);
        return dipindahkan;
    }

    /// <summary>Maps <see cref="MapAntreanGagal"/> with the defaults of every service that has a broker.</summary>
    public sealed class Endpoints : IDefaultEndpoints
    {
        public void Map(IEndpointRouteBuilder app) => MapAntreanGagal(app);
    }

    public static IEndpointRouteBuilder MapAntreanGagal(IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/pesan-gagal/ulang", async (AntreanGagal gagal, CancellationToken ct) =>
            Results.Ok(await gagal.UlangSemuaAsync(ct)))
            .RequireAuthorization(Kebijakan.Admin).ExcludeFromDescription();
        return app;
    }
}
