namespace Kinerja.DataPegawai.Impor;

using System.Collections.Concurrent;
using Kinerja.ServiceDefaults.Persistence;
using Marten;

/// <summary>Which instance runs a job, until when: the instance renews it while the job is queued or running.</summary>
public sealed record SewaImpor(Guid Id, string Pemilik, DateTimeOffset Sampai);

/// <summary>
/// Import jobs with several DataPegawai instances: a job belongs to the instance that took the upload (its file is in
/// that instance's spool), which renews the job's lease every quarter of <c>Impor:Sewa</c> (60 s by default). Any
/// instance fails a running job whose lease has run out (its instance died), at start and at every renewal, and never
/// one whose lease is alive: another instance's job goes on while this one restarts. The job itself, progress and
/// result, is one document every instance reads, so its status can be asked of any of them.
/// </summary>
public sealed class PenjagaSewa(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<PenjagaSewa> logger)
{
    public const string Terputus =
        "Layanan berhenti saat impor berjalan; unggah ulang berkas yang sama (baris yang sudah tersimpan tidak akan ditambahkan dua kali).";

    private readonly ConcurrentDictionary<Guid, byte> _milik = new();

    /// <summary>This instance, as its leases name it.</summary>
    public string Pemilik { get; } = PemilikSewa.Baru(configuration);

    public TimeSpan Lama { get; } = configuration.GetValue("Impor:Sewa", TimeSpan.FromSeconds(60));

    /// <summary>The lease of a job this instance has just taken, stored with the job.</summary>
    public SewaImpor Ambil(Guid jobId)
    {
        _milik[jobId] = 0;
        return new SewaImpor(jobId, Pemilik, clock.GetUtcNow() + Lama);
    }

    /// <summary>The job ended or was handed back: its lease runs out by itself, and it is no longer running.</summary>
    public void Lepas(Guid jobId) => _milik.TryRemove(jobId, out _);

    public async Task JagaAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Lama / 4, clock);
        do
        {
            try
            {
                await PerpanjangAsync(ct);
                await TandaiYangTerputusAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && ex is not OutOfMemoryException)
            {
                // the database is away: the leases of live jobs were renewed long enough ahead to outlast a short outage
                logger.LogWarning(ex, "Could not renew import leases or look for abandoned imports");
            }
        }
        while (await timer.WaitForNextTickAsync(ct));
    }

    private async Task PerpanjangAsync(CancellationToken ct)
    {
        if (_milik.IsEmpty)
        {
            return;
        }

        await using var session = store.LightweightSession();
        var sampai = clock.GetUtcNow() + Lama;
        foreach (var id in _milik.Keys)
        {
            session.Store(new SewaImpor(id, Pemilik, sampai));
        }

        await session.SaveChangesAsync(ct);
    }

    /// <summary>Running jobs whose instance has stopped renewing them will never finish: say so.</summary>
    private async Task TandaiYangTerputusAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var berjalan = await session.Query<ImporJob>().Where(j => j.Status == StatusImpor.Berjalan).ToListAsync(ct);
        if (berjalan.Count == 0)
        {
            return;
        }

        var sewa = (await session.LoadManyAsync<SewaImpor>(ct, berjalan.Select(j => j.Id))).ToDictionary(s => s.Id);
        var sekarang = clock.GetUtcNow();
        foreach (var job in berjalan.Where(j => !_milik.ContainsKey(j.Id) && (!sewa.TryGetValue(j.Id, out var s) || s.Sampai < sekarang)))
        {
            logger.LogWarning("Import {JobId} was abandoned by {Pemilik} (lease ran out); marking it failed",
                job.Id, sewa.GetValueOrDefault(job.Id)?.Pemilik ?? "an instance before leases");
            session.Store(job with { Status = StatusImpor.Gagal, Selesai = sekarang, Galat = Terputus });
        }

        await session.SaveChangesAsync(ct);
    }
}
