namespace Kinerja.DataPegawai.Impor;

using JasperFx;
using JasperFx.Events;
using Kinerja.DataPegawai.Pegawai;
using Kinerja.DataPegawai.Sekolah;
using Kinerja.ServiceDefaults.Waktu;
using Marten;

/// <summary>
/// Applies the rows whose fingerprints did not show them unchanged (<see cref="PemeriksaSidik"/>) in one transaction:
/// the people touched are loaded in one round trip, each aggregate decides, and all new events are appended together.
/// A row that says what is already recorded appends nothing. A concurrent change to the same people retries the batch.
/// </summary>
public sealed class PemrosesBatch(IDocumentStore store, TimeProvider clock, ILogger<PemrosesBatch> logger)
{
    private const int MaxAttempts = 3;

    /// <param name="kemajuan">
    /// A document stored in the batch's own transaction, made from its result: the job's progress, so that after a
    /// failure the counts are exactly what was stored.
    /// </param>
    public async Task<HasilBatch> ProsesAsync(Sumber sumber, IReadOnlyList<(int Baris, IRekaman Rekaman)> rows, Pengunggah pelaku,
        Func<HasilBatch, object> kemajuan, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SekaliAsync(sumber, rows, pelaku, kemajuan, ct);
            }
            catch (Exception ex) when (attempt < MaxAttempts && ex is ConcurrencyException or ExistingStreamIdCollisionException
                                           or EventStreamUnexpectedMaxEventIdException)
            {
                logger.LogInformation("Import batch raced another change ({Error}); retrying", ex.GetType().Name);
            }
            catch (Exception ex) when (attempt < MaxAttempts && !ct.IsCancellationRequested && WaktuHabis(ex))
            {
                // a lock held longer than the 30 s command timeout rolled the batch back; nothing of it is stored and
                // the hashes make a second try safe, so the job waits on rather than failing the whole upload
                logger.LogWarning("Import batch waited past the command timeout ({Error}); retrying", ex.GetType().Name);
            }
        }
    }

    private static bool WaktuHabis(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    private async Task<HasilBatch> SekaliAsync(Sumber sumber, IReadOnlyList<(int Baris, IRekaman Rekaman)> rows, Pengunggah pelaku,
        Func<HasilBatch, object> kemajuan, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.LastModifiedBy = pelaku.PegawaiId;
        session.CorrelationId = pelaku.CorrelationId;

        var mulai = System.Diagnostics.Stopwatch.GetTimestamp();
        var fakta = await MuatAsync(session, sumber, rows, ct);
        var dimuat = System.Diagnostics.Stopwatch.GetElapsedTime(mulai);
        var hasil = Rekonsiliasi.Putuskan(fakta, rows, pelaku, clock.HariIni());
        var diputuskan = System.Diagnostics.Stopwatch.GetElapsedTime(mulai);
        var hasilBatch = new HasilBatch(hasil.Diterima, hasil.TidakBerubah, hasil.Ditolak, hasil.JumlahEvents);
        Tulis(session, hasil);
        session.Store(kemajuan(hasilBatch));
        await session.SaveChangesAsync(ct);
        logger.LogDebug("batch {Sumber} {Rows}: load {Load} ms, decide {Decide} ms, save {Save} ms, {Events} events", sumber, rows.Count,
            (int)dimuat.TotalMilliseconds, (int)(diputuskan - dimuat).TotalMilliseconds, (int)(System.Diagnostics.Stopwatch.GetElapsedTime(mulai) - diputuskan).TotalMilliseconds,
            hasil.JumlahEvents);
        return hasilBatch;
    }

    /// <summary>What <see cref="Rekonsiliasi"/> needs about the people and schools the rows name, in one round trip.</summary>
    private static async Task<FaktaTersimpan> MuatAsync(IQuerySession session, Sumber sumber, IReadOnlyList<(int Baris, IRekaman Rekaman)> rows,
        CancellationToken ct)
    {
        var (ids, niks) = Rekonsiliasi.Kunci(rows.Select(r => r.Rekaman));
        var batch = session.CreateBatchQuery();
        var byId = batch.LoadMany<Pegawai>().ById(ids);
        // others sharing a NIK matter to SI-ASN (a NIP mismatch) and Dukcapil (keyed by NIK) rows, not to Dapodik rows
        var byNik = sumber == Sumber.Dapodik ? null : batch.Query<Pegawai>().Where(p => p.Nik.IsOneOf(niks) && !p.Id.IsOneOf(ids)).ToList();
        var dukcapil = batch.LoadMany<SumberDukcapil>().ById(niks);
        var siasn = batch.Query<SumberSiasn>().Where(s => s.Nik.IsOneOf(niks)).ToList();
        var sekolah = sumber == Sumber.Dapodik ? batch.LoadMany<Sekolah>().ById(rows.Select(r => ((RekamanDapodik)r.Rekaman).Npsn).Distinct().ToArray()) : null;
        await batch.Execute(ct);
        return new FaktaTersimpan([.. await byId, .. byNik is null ? [] : await byNik], await dukcapil, await siasn,
            sekolah is null ? new Dictionary<string, Sekolah>() : (await sekolah).ToDictionary(s => s.Id));
    }

    /// <summary>Appends each person's new events at the version the batch started from, with the read model and the lookups.</summary>
    private static void Tulis(IDocumentSession session, HasilRekonsiliasi hasil)
    {
        foreach (var p in hasil.Perubahan)
        {
            if (p.VersiAwal is { } versi)
            {
                // a concurrent import of the same person fails this batch, which is retried
                session.Events.Append(p.Id, versi + p.Events.Count, p.Events.ToArray());
            }
            else
            {
                session.Events.StartStream<Pegawai>(p.Id, p.Events.ToArray());
            }
        }

        ProyeksiPegawai.Tulis(session, hasil.Perubahan.Select(p => (p.Sebelum, p.Events)));

        foreach (var dokumen in hasil.Dokumen)
        {
            session.Store(dokumen);
        }
    }
}
