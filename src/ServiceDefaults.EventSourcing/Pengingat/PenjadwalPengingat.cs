namespace Kinerja.ServiceDefaults.Pengingat;

using System.Diagnostics;
using JasperFx;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// The scheduled reminder job of a service: every <c>Pengingat:Interval</c> (15 minutes by default) the instance that
/// holds the lease asks each <see cref="ISumberPengingat"/> what is due and records each new reminder as a stream of its
/// own (<see cref="PengingatDibuat"/>, the id derived from its key). The relay publishes it as <c>PengingatJatuhTempo</c>;
/// DataPegawai sends the e-mail. Never twice: the lease keeps a second instance out, and if two ever raced, a stream id
/// can be started only once, so one of them fails to save and the next run finds the reminder recorded.
/// </summary>
public sealed class PenjadwalPengingat(IDocumentStore store, IEnumerable<ISumberPengingat> sumber, TimeProvider clock, IConfiguration configuration,
    ILogger<PenjadwalPengingat> logger) : BackgroundService
{
    private const string IdSewa = "pengingat";
    private const int Batch = 500;

    public TimeSpan Interval { get; } = configuration.GetValue("Pengingat:Interval", TimeSpan.FromMinutes(15));

    /// <summary>This instance, as the lease names it.</summary>
    public string Pemilik { get; } = PemilikSewa.Baru(configuration);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Pengingat:Aktif", true))
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await JalankanAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && ex is not OutOfMemoryException)
            {
                // the database is away or a source failed: the next run computes the same reminders again, and finds them all
                logger.LogWarning(ex, "The reminder job failed; it runs again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One run: the reminders it recorded, or none when another instance holds the lease.</summary>
    public async Task<int> JalankanAsync(CancellationToken ct)
    {
        if (!await AmbilSewaAsync(ct))
        {
            return 0;
        }

        using var activity = KinerjaMetrics.ActivitySource.StartActivity("pengingat");
        var kini = clock.GetUtcNow();
        var dicatat = 0;
        await using var query = store.QuerySession();
        foreach (var s in sumber)
        {
            var batch = new List<Pengingat>(Batch);
            await foreach (var p in s.HitungAsync(query, kini, ct))
            {
                batch.Add(p);
                if (batch.Count == Batch)
                {
                    dicatat += await CatatAsync(batch, ct);
                    batch.Clear();
                }
            }

            dicatat += await CatatAsync(batch, ct);
        }

        activity?.SetTag("kinerja.pengingat.baru", dicatat);
        if (dicatat > 0)
        {
            logger.LogInformation("The reminder job recorded {Jumlah} new reminders", dicatat);
        }

        return dicatat;
    }

    /// <summary>
    /// The lease, taken or renewed for two intervals: the holder renews it at every run, so it keeps it while it lives, and
    /// another instance takes over within two intervals of its death. Optimistic concurrency makes the take atomic.
    /// </summary>
    private async Task<bool> AmbilSewaAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var kini = clock.GetUtcNow();
        var sewa = await session.LoadAsync<SewaPengingat>(IdSewa, ct);
        if (sewa is not null && sewa.Pemilik != Pemilik && sewa.Sampai > kini)
        {
            return false;
        }

        var baru = new SewaPengingat(IdSewa, Pemilik, kini + (Interval * 2));
        if (sewa is null)
        {
            session.Insert(baru);
        }
        else
        {
            session.Update(baru);
        }

        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is ConcurrencyException or DocumentAlreadyExistsException)
        {
            return false;
        }
    }

    private async Task<int> CatatAsync(List<Pengingat> batch, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        await using var session = store.LightweightSession();
        session.LastModifiedBy = "sistem:pengingat";
        // the relay continues this run's trace, so the dashboard shows the job, the publish and the e-mail as one
        if (Activity.Current is { } activity)
        {
            session.SetHeader(KinerjaSessionFactory.TraceParentHeader, activity.Id!);
        }

        var semua = batch.DistinctBy(p => p.Id).ToList();
        var ada = (await session.LoadManyAsync<PengingatTercatat>(ct, semua.Select(p => p.Id))).Select(t => t.Id).ToHashSet();
        var baru = semua.Where(p => !ada.Contains(p.Id)).ToList();
        foreach (var p in baru)
        {
            session.Events.StartStream<PengingatTercatat>(p.Id, new PengingatDibuat(p.Id, p.Kunci, p.Jenis, p.PenerimaId, p.Judul, p.Isi, p.Tautan, p.PemilikId));
        }

        if (baru.Count == 0)
        {
            return 0;
        }

        try
        {
            await session.SaveChangesAsync(ct);
            return baru.Count;
        }
        catch (Exception ex) when (ex is ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException)
        {
            // another instance recorded one of these in the same moment: nothing of this batch was saved, and the next
            // run records the rest
            logger.LogInformation("Another instance recorded the same reminders; this batch is left to the next run");
            return 0;
        }
    }
}
