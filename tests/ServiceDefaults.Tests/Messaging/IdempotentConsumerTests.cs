namespace Kinerja.ServiceDefaults.Tests.Messaging;

using Kinerja.Contracts;
using Kinerja.Kepegawaian.Sekolah;
using Kinerja.ServiceDefaults.Messaging;
using Kinerja.ServiceDefaults.Telemetry;
using Kinerja.Testing;
using Marten;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>A counter that would show every time an event were applied twice.</summary>
public sealed record Hitungan(string Id, int Jumlah);

public sealed class PenghitungKepala(IDocumentStore store, KinerjaMetrics metrics, ILogger<PenghitungKepala> logger)
    : IdempotentConsumer<KepalaSekolahDitugaskan>(store, metrics, logger)
{
    protected override async Task ApplyAsync(KepalaSekolahDitugaskan message, IDocumentSession session, CancellationToken ct)
    {
        var hitungan = await session.LoadAsync<Hitungan>(message.Npsn, ct) ?? new Hitungan(message.Npsn, 0);
        // widen the window in which two deliveries overlap: the race must be decided by the store, not by luck
        await Task.Delay(20, ct);
        session.Store(hitungan with { Jumlah = hitungan.Jumlah + 1 });
    }
}

/// <summary>The consumer's logic on MassTransit's harness; the idempotency record in the real PostgreSQL.</summary>
public sealed class IdempotentConsumerTests(Infrastructure infra) : IAsyncLifetime
{
    private ServiceProvider _provider = null!;
    private ITestHarness _harness = null!;

    public async ValueTask InitializeAsync()
    {
        var database = await infra.DatabaseBaruAsync("idempoten");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddSingleton<KinerjaMetrics>();
        services.AddMarten(o =>
        {
            o.Connection(database);
            o.Schema.For<HandledMessage>();
            o.Schema.For<Hitungan>().UseOptimisticConcurrency(true);
            o.AddKepalaSekolahLokal();
        }).UseLightweightSessions();
        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddConsumer<PenghitungKepala>();
            bus.AddKepalaSekolahLokal();
            // as in production: a consumer that lost a race is retried and re-reads
            bus.UsingInMemory((context, cfg) =>
            {
                cfg.UseMessageRetry(r => r.Intervals(10, 50, 100, 200, 400, 800));
                cfg.ConfigureEndpoints(context);
            });
        });
        _provider = services.BuildServiceProvider(validateScopes: true);
        _harness = _provider.GetRequiredService<ITestHarness>();
        await _harness.Start();
    }

    private static KepalaSekolahDitugaskan Pesan(string npsn, string nip = "197505102000031002") => new()
    {
        EventId = Guid.NewGuid(),
        OccurredAt = DateTimeOffset.UtcNow,
        Npsn = npsn,
        Nip = nip,
        Plt = false,
        BerlakuSejak = new DateOnly(2026, 1, 2),
        Wilayah = "3273",
    };

    private async Task SemuaDikonsumsiAsync<TConsumer>(int jumlah) where TConsumer : class, IConsumer
    {
        var consumer = _harness.GetConsumerHarness<TConsumer>();
        await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(consumer.Consumed.Select<KepalaSekolahDitugaskan>().Count() >= jumlah),
            $"{jumlah} deliveries consumed by {typeof(TConsumer).Name}");
    }

    private async Task<T?> LoadAsync<T>(string id) where T : notnull
    {
        await using var session = _provider.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<T>(id);
    }

    [Fact]
    public async Task ten_concurrent_deliveries_of_one_event_apply_it_once()
    {
        var pesan = Pesan("20210001");

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _harness.Bus.Publish(pesan)));
        await SemuaDikonsumsiAsync<PenghitungKepala>(10);

        Assert.Equal(1, (await LoadAsync<Hitungan>("20210001"))!.Jumlah);
        Assert.Empty(_harness.Consumed.Select<KepalaSekolahDitugaskan>(m => m.Exception is not null));
    }

    [Fact]
    public async Task different_events_each_apply()
    {
        await _harness.Bus.Publish(Pesan("20210002"));
        await _harness.Bus.Publish(Pesan("20210002"));
        await SemuaDikonsumsiAsync<PenghitungKepala>(2);

        await SistemBerjalan.WaitUntilAsync(async () => (await LoadAsync<Hitungan>("20210002"))?.Jumlah == 2, "both applied");
    }

    [Fact]
    public async Task a_redelivery_with_altered_content_changes_nothing()
    {
        var pesan = Pesan("20210003");
        await _harness.Bus.Publish(pesan);
        await SemuaDikonsumsiAsync<CatatKepalaSekolah>(1);

        await _harness.Bus.Publish(pesan with { Nip = "198001012005011001" });
        await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(
            _harness.GetConsumerHarness<CatatKepalaSekolah>().Consumed.Select<KepalaSekolahDitugaskan>(m => m.Context.Message.Npsn == "20210003").Count() == 2),
            "redelivery consumed");

        Assert.Equal("197505102000031002", (await LoadAsync<KepalaSekolahLokal>("20210003"))!.PegawaiId);
    }

    [Fact]
    public async Task a_message_from_the_far_future_is_refused_and_cannot_freeze_the_local_copy()
    {
        var palsu = Pesan("20210005", "199901012020011001") with { OccurredAt = DateTimeOffset.UtcNow.AddYears(10) };
        await _harness.Bus.Publish(palsu);
        await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(
            _harness.GetConsumerHarness<CatatKepalaSekolah>().Consumed.Select<KepalaSekolahDitugaskan>(m => m.Context.Message.Npsn == "20210005").Any()),
            "the forged message reached the consumer");

        Assert.Contains(_harness.Consumed.Select<KepalaSekolahDitugaskan>(m => m.Context.Message.Npsn == "20210005"), m => m.Exception is PesanDitolakException);
        Assert.Null(await LoadAsync<KepalaSekolahLokal>("20210005"));

        // the real assignment afterwards applies as usual
        await _harness.Bus.Publish(Pesan("20210005"));
        await SistemBerjalan.WaitUntilAsync(async () => (await LoadAsync<KepalaSekolahLokal>("20210005"))?.PegawaiId == "197505102000031002", "the real one applied");
    }

    [Fact]
    public async Task a_later_assignment_keeps_the_former_principal_as_rater_until_it_starts()
    {
        await _harness.Bus.Publish(Pesan("20210006"));
        await SistemBerjalan.WaitUntilAsync(async () => (await LoadAsync<KepalaSekolahLokal>("20210006")) is not null, "first assignment");
        await _harness.Bus.Publish(Pesan("20210006", "198001012005011001") with { BerlakuSejak = new DateOnly(2027, 1, 1), OccurredAt = DateTimeOffset.UtcNow.AddSeconds(1) });
        await SistemBerjalan.WaitUntilAsync(async () => (await LoadAsync<KepalaSekolahLokal>("20210006"))?.PegawaiId == "198001012005011001", "second assignment");

        var kepala = (await LoadAsync<KepalaSekolahLokal>("20210006"))!;
        Assert.Equal("197505102000031002", kepala.PegawaiIdPada(new DateOnly(2026, 12, 31)));
        Assert.Equal("198001012005011001", kepala.PegawaiIdPada(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public async Task an_older_assignment_arriving_late_does_not_replace_a_newer_one()
    {
        var baru = Pesan("20210004", "198001012005011001");
        var lama = Pesan("20210004") with { OccurredAt = baru.OccurredAt.AddMinutes(-5) };

        await _harness.Bus.Publish(baru);
        await SemuaDikonsumsiAsync<CatatKepalaSekolah>(1);
        await _harness.Bus.Publish(lama);
        await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(
            _harness.GetConsumerHarness<CatatKepalaSekolah>().Consumed.Select<KepalaSekolahDitugaskan>(m => m.Context.Message.Npsn == "20210004").Count() == 2),
            "late message consumed");

        Assert.Equal("198001012005011001", (await LoadAsync<KepalaSekolahLokal>("20210004"))!.PegawaiId);
    }

    public async ValueTask DisposeAsync()
    {
        await _harness.Stop();
        await _provider.DisposeAsync();
    }
}
