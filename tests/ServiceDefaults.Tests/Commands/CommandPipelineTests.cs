namespace Kinerja.ServiceDefaults.Tests.Commands;

using System.Diagnostics.Metrics;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Kinerja.ServiceDefaults.Commands;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Telemetry;
using Kinerja.Testing;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

public sealed record Ditambah(Guid Id, int Jumlah);

/// <summary>The smallest aggregate that shows the pipeline: a counter.</summary>
public sealed record Penghitung : IVersioned
{
    public Guid Id { get; init; }
    public long Version { get; init; }
    public int Nilai { get; init; }

    public static Penghitung Create(Ditambah e) => new() { Id = e.Id, Nilai = e.Jumlah };

    public Penghitung Apply(Ditambah e) => this with { Nilai = Nilai + e.Jumlah };
}

/// <summary>
/// The write pipeline once, against a real PostgreSQL: the ETag, a stale <c>If-Match</c>, each kind of
/// refusal and the metric it records, and that the new state comes back without reading the aggregate again.
/// </summary>
public sealed class CommandPipelineTests(Infrastructure infra) : IAsyncLifetime
{
    private ServiceProvider _provider = null!;
    private readonly MeterListener _listener = new();
    private readonly List<(string Command, string Outcome, string Reason)> _diukur = [];

    public async ValueTask InitializeAsync()
    {
        var database = await infra.DatabaseBaruAsync("pipeline");
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddSingleton<KinerjaMetrics>();
        services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor());
        services.AddMarten(o =>
        {
            o.Connection(database);
            o.Events.UseIdentityMapForAggregates = true;
            o.Projections.Snapshot<Penghitung>(SnapshotLifecycle.Inline);
        }).UseLightweightSessions().ApplyAllDatabaseChangesOnStartup();
        services.AddScoped<CommandPipeline>();
        _provider = services.BuildServiceProvider(validateScopes: true);
        await _provider.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == KinerjaMetrics.MeterName && instrument.Name == "kinerja.commands")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var t = tags.ToArray().ToDictionary(k => k.Key, k => k.Value as string ?? "");
            lock (_diukur)
            {
                _diukur.Add((t.GetValueOrDefault("command", ""), t.GetValueOrDefault("outcome", ""), t.GetValueOrDefault("reason", "")));
            }
        });
        _listener.Start();
    }

    /// <summary>A request's scope: its own session and an HTTP context carrying <paramref name="ifMatch"/>.</summary>
    private (CommandPipeline Pipeline, HttpContext Http, AsyncServiceScope Scope) Permintaan(string? ifMatch = null)
    {
        var scope = _provider.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        if (ifMatch is not null)
        {
            http.Request.Headers.IfMatch = ifMatch;
        }

        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = http;
        return (scope.ServiceProvider.GetRequiredService<CommandPipeline>(), http, scope);
    }

    private static Task<string> Boleh(Penghitung _, CancellationToken __) => Task.FromResult("pemilik");

    private async Task<Guid> DibuatAsync()
    {
        var (pipeline, http, scope) = Permintaan();
        await using var _ = scope;
        var id = Guid.NewGuid();
        var hasil = await pipeline.CreateAsync<Penghitung>("buat", _ => Task.FromResult<(Guid, IReadOnlyList<object>)>((id, [new Ditambah(id, 1)])),
            i => $"/penghitung/{i}", CancellationToken.None);
        var dibuat = Assert.IsType<Created<object>>(hasil);
        Assert.Equal($"/penghitung/{id}", dibuat.Location);
        Assert.IsType<Penghitung>(dibuat.Value);
        Assert.Equal("\"1\"", http.Response.Headers.ETag.ToString());
        return id;
    }

    private async Task<long> JumlahEventAsync(Guid id)
    {
        await using var session = _provider.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamAsync(id)).Count;
    }

    private (string Command, string Outcome, string Reason) Terakhir()
    {
        lock (_diukur)
        {
            return _diukur[^1];
        }
    }

    [Fact]
    public async Task a_command_appends_answers_its_new_state_and_etag_and_counts_ok_without_reading_the_aggregate_again()
    {
        var id = await DibuatAsync();
        var (pipeline, http, scope) = Permintaan(ifMatch: "\"1\"");
        await using var _ = scope;
        var perintah = new PerintahTercatat();
        pipeline.Session.Logger = perintah;

        var hasil = await pipeline.RunAsync<Penghitung, string>("tambah", id, Boleh, (p, _) => [new Ditambah(p.Id, 2), new Ditambah(p.Id, 3)],
            CancellationToken.None);

        var kini = Assert.IsType<Penghitung>(Assert.IsType<Ok<object>>(hasil).Value);
        Assert.Equal((6, 3L), (kini.Nilai, kini.Version));
        Assert.Equal("\"3\"", http.Response.Headers.ETag.ToString());
        Assert.Equal(("tambah", "ok", ""), Terakhir());
        // one read for writing and one batch that saves; the answer comes from memory
        Assert.Equal(0, perintah.SetelahSimpan);
        Assert.Equal(3, await JumlahEventAsync(id));
    }

    [Fact]
    public async Task a_stale_if_match_changes_nothing_and_counts_as_stale()
    {
        var id = await DibuatAsync();
        var (baru, _, s1) = Permintaan();
        await using (s1)
        {
            await baru.RunAsync<Penghitung, string>("tambah", id, Boleh, (p, _) => [new Ditambah(p.Id, 1)], CancellationToken.None);
        }

        var (basi, _, s2) = Permintaan(ifMatch: "\"1\"");
        await using var _ = s2;
        var galat = await Record.ExceptionAsync(() =>
            basi.RunAsync<Penghitung, string>("tambah", id, Boleh, (p, _) => [new Ditambah(p.Id, 100)], CancellationToken.None));

        Assert.True(galat is VersiUsangException or ConcurrencyException or EventStreamUnexpectedMaxEventIdException, galat?.ToString());
        Assert.Equal(("tambah", "refused", "stale"), Terakhir());
        Assert.Equal(2, await JumlahEventAsync(id));
    }

    /// <summary>
    /// Issue 29, item 8: the access rule speaks before the stamp. Checked first, a stale stamp on an object the caller may
    /// not see answered 409, where any other stamp answered 404: it told that the object exists.
    /// </summary>
    [Fact]
    public async Task a_stale_if_match_on_an_object_the_caller_may_not_see_is_not_found_like_any_other()
    {
        var id = await DibuatAsync();
        var (pipeline, _, scope) = Permintaan(ifMatch: "\"99\"");
        await using var _ = scope;

        var galat = await Record.ExceptionAsync(() => pipeline.RunAsync<Penghitung, string>("tambah", id,
            (_, _) => throw new TidakDitemukanException(), (p, _) => [new Ditambah(p.Id, 1)], CancellationToken.None));

        Assert.IsType<TidakDitemukanException>(galat);
        Assert.Equal(1, await JumlahEventAsync(id));
    }

    public static TheoryData<string, string> Penolakan => new()
    {
        { "konflik", "conflict" },
        { "terlarang", "forbidden" },
        { "validasi", "invalid" },
        { "tidak-ditemukan", "not_found" },
    };

    [Theory]
    [MemberData(nameof(Penolakan))]
    public async Task a_refusal_is_thrown_for_the_problem_handler_stores_nothing_and_is_counted_by_reason(string jenis, string reason)
    {
        var id = await DibuatAsync();
        var (pipeline, _, scope) = Permintaan();
        await using var _ = scope;
        Exception Tolak() => jenis switch
        {
            "konflik" => new KonflikException("sudah"),
            "terlarang" => new TerlarangException("bukan Anda"),
            "validasi" => new ValidasiException("jumlah", "wajib"),
            _ => new TidakDitemukanException(),
        };

        // a refusal of access (before deciding) and one of the decision are mapped alike
        var akses = jenis == "tidak-ditemukan";
        await Assert.ThrowsAsync(Tolak().GetType(), () => pipeline.RunAsync<Penghitung, string>("tambah", id,
            (_, _) => akses ? throw Tolak() : Task.FromResult("pemilik"),
            (_, _) => throw Tolak(), CancellationToken.None));

        Assert.Equal(("tambah", "refused", reason), Terakhir());
        Assert.Equal(1, await JumlahEventAsync(id));
    }

    [Fact]
    public async Task a_missing_aggregate_is_not_found_and_nothing_is_decided()
    {
        var (pipeline, _, scope) = Permintaan();
        await using var _ = scope;
        var diputuskan = false;

        await Assert.ThrowsAsync<TidakDitemukanException>(() => pipeline.RunAsync<Penghitung, string>("tambah", Guid.NewGuid(), Boleh,
            (p, _) =>
            {
                diputuskan = true;
                return [new Ditambah(p.Id, 1)];
            }, CancellationToken.None));

        Assert.False(diputuskan);
        Assert.Equal(("tambah", "refused", "not_found"), Terakhir());
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Dispose();
        await _provider.DisposeAsync();
    }

    /// <summary>Counts what the session sends to PostgreSQL after it saved.</summary>
    private sealed class PerintahTercatat : IMartenSessionLogger
    {
        private bool _tersimpan;

        public int SetelahSimpan { get; private set; }

        public void LogSuccess(NpgsqlCommand command) => Catat();
        public void LogFailure(NpgsqlCommand command, Exception ex) => Catat();
        public void LogSuccess(NpgsqlBatch batch) => Catat();
        public void LogFailure(NpgsqlBatch batch, Exception ex) => Catat();
        public void LogFailure(Exception ex, string message) => Catat();
        public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) => _tersimpan = true;
        public void OnBeforeExecute(NpgsqlCommand command)
        {
        }

        public void OnBeforeExecute(NpgsqlBatch batch)
        {
        }

        private void Catat()
        {
            if (_tersimpan)
            {
                SetelahSimpan++;
            }
        }
    }
}
