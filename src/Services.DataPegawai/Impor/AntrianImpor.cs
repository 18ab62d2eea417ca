using System.Threading.Channels;
using Marten;

namespace Kinerja.DataPegawai.Impor;

public sealed record TugasImpor(Guid JobId, BerkasImpor Berkas, Pelaku Pelaku);

/// <summary>
/// Runs uploaded imports one at a time in the background, in batches, recording progress on the job
/// after every batch. Rows are streamed from the spooled file, so memory stays flat whatever its size.
/// </summary>
public sealed class AntrianImpor(IDocumentStore store, PemrosesBatch pemroses, TimeProvider clock, IConfiguration configuration,
    ILogger<AntrianImpor> logger) : BackgroundService
{
    private readonly Channel<TugasImpor> _antrian = Channel.CreateUnbounded<TugasImpor>();
    private readonly int _ukuranBatch = configuration.GetValue("Impor:UkuranBatch", 1000);

    public string Folder { get; } = configuration["Impor:Folder"] ?? Path.Combine(Path.GetTempPath(), "kinerja-impor");

    public ValueTask AntreAsync(TugasImpor tugas) => _antrian.Writer.WriteAsync(tugas);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(Folder);
        await TandaiYangTerputusAsync(stoppingToken);
        await foreach (var tugas in _antrian.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await JalankanAsync(tugas, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                await SelesaiAsync(tugas.JobId, StatusImpor.Gagal, "Layanan berhenti saat impor berjalan; unggah ulang berkas yang sama (baris yang sudah tersimpan tidak akan ditambahkan dua kali).");
                throw;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Import {JobId} failed", tugas.JobId);
                await SelesaiAsync(tugas.JobId, StatusImpor.Gagal, $"Impor gagal: {ex.Message}");
            }
            finally
            {
                File.Delete(tugas.Berkas.Path);
            }
        }
    }

    private async Task JalankanAsync(TugasImpor tugas, CancellationToken ct)
    {
        var job = await MuatAsync(tugas.JobId, ct);
        var valid = new List<(int, Pegawai.IRekaman)>(_ukuranBatch);
        var ditolak = new List<BarisDitolak>();
        await foreach (var baris in tugas.Berkas.BacaAsync(ct))
        {
            var (rekaman, alasan) = ValidasiBaris.Baca(tugas.Berkas.Sumber, baris);
            if (rekaman is null)
            {
                ditolak.Add(new BarisDitolak(baris.Nomor, alasan!));
            }
            else
            {
                valid.Add((baris.Nomor, rekaman));
            }

            if (valid.Count + ditolak.Count >= _ukuranBatch)
            {
                job = await BatchAsync(job, tugas, valid, ditolak, ct);
            }
        }

        job = await BatchAsync(job, tugas, valid, ditolak, ct);
        await SimpanAsync(job with { Status = StatusImpor.Selesai, Selesai = clock.GetUtcNow() }, ct);
        logger.LogInformation("Import {JobId} ({Sumber}) done: {Diproses} rows, {Diterima} accepted, {TidakBerubah} unchanged, {Ditolak} rejected, {Events} events",
            job.Id, job.Sumber, job.Diproses, job.Diterima, job.TidakBerubah, job.JumlahDitolak, job.EventDitambahkan);
    }

    private async Task<ImporJob> BatchAsync(ImporJob job, TugasImpor tugas, List<(int, Pegawai.IRekaman)> valid, List<BarisDitolak> ditolak, CancellationToken ct)
    {
        var hasil = valid.Count > 0
            ? await pemroses.ProsesAsync(tugas.Berkas.Sumber, valid, tugas.Pelaku, ct)
            : new HasilBatch(0, 0, [], 0);
        job = job.Tambah(hasil with { Ditolak = [.. ditolak, .. hasil.Ditolak] });
        valid.Clear();
        ditolak.Clear();
        await SimpanAsync(job, ct);
        return job;
    }

    /// <summary>Jobs a previous process was running when it stopped will never finish: say so.</summary>
    private async Task TandaiYangTerputusAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var terputus = await session.Query<ImporJob>().Where(j => j.Status == StatusImpor.Berjalan).ToListAsync(ct);
        foreach (var job in terputus)
        {
            session.Store(job with
            {
                Status = StatusImpor.Gagal,
                Selesai = clock.GetUtcNow(),
                Galat = "Layanan berhenti saat impor berjalan; unggah ulang berkas yang sama (baris yang sudah tersimpan tidak akan ditambahkan dua kali).",
            });
        }

        await session.SaveChangesAsync(ct);
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
        var job = await MuatAsync(id, CancellationToken.None);
        await SimpanAsync(job with { Status = status, Galat = galat, Selesai = clock.GetUtcNow() }, CancellationToken.None);
    }
}
