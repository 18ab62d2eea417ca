namespace Kinerja.DataPegawai.Impor;

using System.Threading.Channels;
using Kinerja.ServiceDefaults.Telemetry;
using Marten;

public sealed record TugasImpor(Guid JobId, BerkasImpor Berkas, Pengunggah Pengunggah);

/// <summary>
/// Runs uploaded imports in the background (<c>Impor:Pekerja</c> at once, 2 by default), taken fairly across
/// wilayah (<see cref="AntreanAdil{T}"/>), in batches, recording progress on the job after every batch that stored something.
/// Rows are streamed from the spooled file, so memory stays flat whatever its size; the file is removed
/// on every way out (<see cref="FolderSpool"/>).
/// </summary>
public sealed class AntreanImpor(IDocumentStore store, PemeriksaSidik pemeriksa, PemrosesBatch pemroses, TimeProvider clock, IConfiguration configuration,
    FolderSpool spool, PenjagaSewa sewa, SidikBaris sidik, KinerjaMetrics metrics, ILogger<AntreanImpor> logger) : BackgroundService
{
    private const string Terputus = PenjagaSewa.Terputus;

    private readonly AntreanAdil<TugasImpor> _antrean = new(configuration.GetValue("Impor:AntreanPerWilayah", 3));
    private readonly int _ukuranBatch = configuration.GetValue("Impor:UkuranBatch", 1000);
    private readonly int _pekerja = Math.Max(1, configuration.GetValue("Impor:Pekerja", 2));

    public int BatasPerWilayah => _antrean.BatasPerWilayah;

    /// <summary>The wilayah key of a job: an admin's (national) imports form a queue of their own.</summary>
    public static string Kunci(Pengunggah pelaku) => pelaku.Wilayah ?? "nasional";

    /// <summary>A place for this uploader's job, taken before the file is spooled (<see cref="AntreanAdil{T}.TryPesan"/>).</summary>
    public bool TryPesan(Pengunggah pelaku) => _antrean.TryPesan(Kunci(pelaku));

    public void BatalPesan(Pengunggah pelaku) => _antrean.BatalPesan(Kunci(pelaku));

    /// <summary>Queues the job of a place taken by <see cref="TryPesan"/>.</summary>
    public void Antre(TugasImpor tugas) => _antrean.Antre(Kunci(tugas.Pengunggah), tugas);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        spool.Siapkan();
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        foreach (var tugas in _antrean.Kosongkan())
        {
            await SelesaiAsync(tugas.JobId, StatusImpor.Gagal, Terputus);
            sewa.Lepas(tugas.JobId);
        }

        spool.Kosongkan();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.WhenAll([sewa.JagaAsync(stoppingToken), .. Enumerable.Range(0, _pekerja).Select(_ => PekerjaAsync(stoppingToken))]);
    }

    private async Task PekerjaAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var (wilayah, tugas) = await _antrean.AmbilAsync(stoppingToken);
            try
            {
                await JalankanAsync(tugas, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                await SelesaiAsync(tugas.JobId, StatusImpor.Gagal, Terputus);
                throw;
            }
            catch (Exception ex)
            {
                // the operator sees a reason and the id to quote; the exception, which may quote a row, stays in the log
                logger.LogError(ex, "Import {JobId} failed", tugas.JobId);
                await SelesaiAsync(tugas.JobId, StatusImpor.Gagal,
                    $"Impor gagal karena kesalahan server; tidak semua baris tersimpan. Unggah ulang berkas yang sama, atau sebutkan id impor {tugas.JobId} kepada admin.");
            }
            finally
            {
                FolderSpool.Hapus(tugas.Berkas.Path);
                sewa.Lepas(tugas.JobId);
                _antrean.Selesai(wilayah);
            }
        }
    }

    private async Task JalankanAsync(TugasImpor tugas, CancellationToken ct)
    {
        var job = await MuatAsync(tugas.JobId, ct);
        // the file is read and its rows checked while the previous batch is in the database: the two took turns before
        var batches = Channel.CreateBounded<Batch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var berhenti = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var pembaca = BacaAsync(tugas, batches.Writer, berhenti.Token);
        var tertunda = new List<(int Baris, Pegawai.IRekaman Rekaman)>(_ukuranBatch);
        var kunciTertunda = new HashSet<string>(StringComparer.Ordinal);
        var disimpan = clock.GetTimestamp();
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(ct))
            {
                var diperiksa = await pemeriksa.PeriksaAsync(tugas.Berkas.Sumber, batch.Valid, tugas.Pengunggah, kunciTertunda.Contains, ct);
                job = job.Tambah(new HasilBatch(0, diperiksa.Sama, batch.Ditolak, 0));
                // the rows to apply wait for a batch's worth: a re-import with a few changes in every batch stored each
                // batch's few in a transaction of their own
                tertunda.AddRange(diperiksa.Sisa);
                kunciTertunda.UnionWith(diperiksa.Sisa.SelectMany(r => PemeriksaSidik.KunciDiubah(r.Rekaman)));
                if (tertunda.Count >= _ukuranBatch)
                {
                    job = await TerapkanAsync(job);
                }
                else if (clock.GetElapsedTime(disimpan) >= SimpanKemajuan)
                {
                    // rows that stored nothing (unchanged, or rejected): recorded at most every half second, instead of a
                    // commit per 1,000 unchanged rows
                    await SimpanAsync(job, ct);
                    disimpan = clock.GetTimestamp();
                }
            }

            job = await TerapkanAsync(job);
        }
        finally
        {
            await berhenti.CancelAsync();
            await pembaca.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        await pembaca;
        await SimpanAsync(job with { Status = StatusImpor.Selesai, Selesai = clock.GetUtcNow() }, ct);
        metrics.Impor("ok");
        logger.LogInformation("Import {JobId} ({Sumber}) done: {Diproses} rows, {Diterima} accepted, {TidakBerubah} unchanged, {Ditolak} rejected, {Events} events",
            job.Id, job.Sumber, job.Diproses, job.Diterima, job.TidakBerubah, job.JumlahDitolak, job.EventDitambahkan);

        // the waiting rows in one transaction, with the job's progress: after a failure its counts are what was stored
        async Task<ImporJob> TerapkanAsync(ImporJob sebelum)
        {
            if (tertunda.Count == 0)
            {
                return sebelum;
            }

            var hasil = await pemroses.ProsesAsync(tugas.Berkas.Sumber, tertunda, tugas.Pengunggah, sebelum.Tambah, ct);
            tertunda.Clear();
            kunciTertunda.Clear();
            disimpan = clock.GetTimestamp();
            return sebelum.Tambah(hasil);
        }
    }

    private static readonly TimeSpan SimpanKemajuan = TimeSpan.FromMilliseconds(500);

    private sealed record Batch(List<(int Baris, Pegawai.IRekaman Rekaman)> Valid, List<BarisDitolak> Ditolak);

    /// <summary>Streams the file's rows into batches of <c>Impor:UkuranBatch</c>, each row checked; completes the channel at the end or with the failure.</summary>
    private async Task BacaAsync(TugasImpor tugas, ChannelWriter<Batch> keluar, CancellationToken ct)
    {
        try
        {
            var batch = new Batch(new List<(int, Pegawai.IRekaman)>(_ukuranBatch), []);
            await foreach (var baris in tugas.Berkas.BacaAsync(ct))
            {
                var (rekaman, alasan) = ValidasiBaris.Baca(tugas.Berkas.Sumber, baris, sidik);
                if (rekaman is null)
                {
                    batch.Ditolak.Add(new BarisDitolak(baris.Nomor, alasan!));
                }
                else
                {
                    batch.Valid.Add((baris.Nomor, rekaman));
                }

                if (batch.Valid.Count + batch.Ditolak.Count >= _ukuranBatch)
                {
                    await keluar.WriteAsync(batch, ct);
                    batch = new Batch(new List<(int, Pegawai.IRekaman)>(_ukuranBatch), []);
                }
            }

            await keluar.WriteAsync(batch, ct);
            keluar.Complete();
        }
        catch (Exception ex)
        {
            keluar.TryComplete(ex);
            throw;
        }
    }

    private async Task<ImporJob> MuatAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<ImporJob>(id, ct) ?? throw new InvalidOperationException($"Import job {id} vanished.");
    }

    private async Task SimpanAsync(ImporJob job, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Store(job);
        await session.SaveChangesAsync(ct);
    }

    private async Task SelesaiAsync(Guid id, StatusImpor status, string galat)
    {
        metrics.Impor(status == StatusImpor.Gagal ? "failed" : "ok");
        try
        {
            var job = await MuatAsync(id, CancellationToken.None);
            await SimpanAsync(job with { Status = status, Galat = galat, Selesai = clock.GetUtcNow() }, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // its lease runs out and an instance marks it failed (PenjagaSewa)
            logger.LogWarning(ex, "Could not mark import {JobId} as ended", id);
        }
    }
}
