namespace Kinerja.ServiceDefaults.Tests.Messaging;

using JasperFx.Events;
using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.Testing;
using Marten;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

public sealed record SampleRecorded(string Npsn);

public sealed class SampleMap : IIntegrationEventMap
{
    public IReadOnlyList<Type> EventTypes { get; } = [typeof(SampleRecorded)];

    public IIntegrationEvent? Map(IEvent committed) => committed.Data is SampleRecorded e
        ? new KepalaSekolahDitugaskan
        {
            EventId = committed.Id,
            OccurredAt = committed.Timestamp,
            Npsn = e.Npsn,
            Nip = "197505102000031002",
            Plt = false,
            BerlakuSejak = new DateOnly(2026, 1, 2),
            Wilayah = "3273",
        }
        : null;
}

/// <summary>Fails the first publishes, as a broker outage would.</summary>
public sealed class BrokerGangguan
{
    private int _sisa;
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    public void Gagalkan(int kali) => _sisa = kali;

    public void Periksa()
    {
        Interlocked.Increment(ref _attempts);
        if (Interlocked.Decrement(ref _sisa) >= 0)
        {
            throw new InvalidOperationException("broker unavailable (simulated)");
        }
    }
}

/// <summary>The relay inside a real host (<see cref="HostRelay"/>), its broker failing when the test says so.</summary>
public sealed class IntegrationRelayTests(Infrastructure infra) : IAsyncLifetime
{
    private IHost _host = null!;
    private readonly BrokerGangguan _gangguan = new();

    public async ValueTask InitializeAsync() =>
        _host = await HostRelay.MulaiAsync(await infra.DatabaseBaruAsync("relay"), b => b.Services.AddSingleton(_gangguan),
            cfg => cfg.ConfigurePublish(p => p.UseExecute(_ => _gangguan.Periksa())));

    private async Task<Guid> CatatAsync(string npsn)
    {
        await using var session = _host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Events.StartStream(npsn, new SampleRecorded(npsn));
        await session.SaveChangesAsync();
        var events = await session.Events.FetchStreamAsync(npsn);
        return events.Single().Id;
    }

    [Fact]
    public async Task a_committed_event_is_published_with_its_event_id_as_message_id()
    {
        var eventId = await CatatAsync("20220001");

        var harness = _host.Services.GetRequiredService<ITestHarness>();
        // the daemon elects its HotCold leader first: under load that takes seconds, so poll rather than trust a short default
        await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(
            harness.Published.Select<KepalaSekolahDitugaskan>(m => m.Context.MessageId == eventId).Any()), "relay published");
        var message = harness.Published.Select<KepalaSekolahDitugaskan>(m => m.Context.MessageId == eventId).First();
        Assert.Equal(eventId, ((KepalaSekolahDitugaskan)message.MessageObject).EventId);
    }

    [Fact]
    public async Task a_failing_publish_is_retried_until_the_broker_takes_it()
    {
        _gangguan.Gagalkan(3);
        var sebelum = _gangguan.Attempts;

        var eventId = await CatatAsync("20220002");

        var harness = _host.Services.GetRequiredService<ITestHarness>();
        await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(
            harness.Published.Select<KepalaSekolahDitugaskan>(m => m.Context.MessageId == eventId).Any()), "published after the outage");
        Assert.True(_gangguan.Attempts - sebelum >= 4, $"expected 3 failures and a success, saw {_gangguan.Attempts - sebelum} attempts");
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
