namespace Kinerja.DataPegawai.Impor;

using JasperFx;
using JasperFx.Events;
using Kinerja.Contracts;
using Kinerja.DataPegawai.Pegawai;
using Kinerja.DataPegawai.Sekolah;
using Kinerja.ServiceDefaults.Waktu;
using Marten;
using Npgsql;

/// <summary>
/// Applies a batch of valid rows of one source in one transaction: the people touched are loaded in a
/// few queries, each aggregate decides, and all new events are appended together. A row that says what
/// is already recorded appends nothing. A concurrent change to the same people retries the batch.
/// </summary>
public sealed class PemrosesBatch(IDocumentStore store, NpgsqlDataSource database, TimeProvider clock, ILogger<PemrosesBatch> logger)
{
    private const int MaxAttempts = 3;

    /// <param name="kemajuan">
    /// A document stored in the batch's own transaction when it stores anything, made from its result: the job's
    /// progress, so that after a failure the counts are exactly what was stored.
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

    private async Task<HasilBatch> SekaliAsync(Sumber sumber, IReadOnlyList<(int Baris, IRekaman Rekaman)> semua, Pengunggah pelaku,
        Func<HasilBatch, object> kemajuan, CancellationToken ct)
    {
        // re-imports are mostly unchanged rows: compare hashes first and load whole documents only for the rest
        var (rows, sama) = await DropUnchangedAsync(sumber, semua, pelaku, ct);
        if (rows.Count == 0)
        {
            // every row says what is recorded: nothing to look up, decide or save (a re-import is mostly such batches)
            return new HasilBatch(0, sama, [], 0);
        }

        await using var session = store.LightweightSession();
        session.LastModifiedBy = pelaku.PegawaiId;
        session.CorrelationId = pelaku.CorrelationId;

        var mulai = System.Diagnostics.Stopwatch.GetTimestamp();
        var fakta = await MuatAsync(session, sumber, rows, ct);
        var dimuat = System.Diagnostics.Stopwatch.GetElapsedTime(mulai);
        var hasil = Rekonsiliasi.Putuskan(fakta, rows, pelaku, clock.HariIni());
        var diputuskan = System.Diagnostics.Stopwatch.GetElapsedTime(mulai);
        var hasilBatch = new HasilBatch(hasil.Diterima, hasil.TidakBerubah + sama, hasil.Ditolak, hasil.JumlahEvents);
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

    /// <summary>
    /// Rows whose hash equals what is stored, decided with one narrow query. For an operator only rows
    /// that are visibly of their own wilayah qualify (Dapodik: stored with it; SI-ASN: the row says it;
    /// Dukcapil: the NIK's region); the rest take the full path, where the wilayah rule is applied.
    /// </summary>
    private async Task<(IReadOnlyList<(int Baris, IRekaman Rekaman)> Sisa, int Sama)> DropUnchangedAsync(
        Sumber sumber, IReadOnlyList<(int Baris, IRekaman Rekaman)> rows, Pengunggah pelaku, CancellationToken ct)
    {
        var kunci = rows.Select(r => r.Rekaman switch
        {
            RekamanDapodik d => d.IdPegawai,
            RekamanSiasn x => pelaku.Wilayah is null || x.Wilayah == pelaku.Wilayah ? x.Nip : null,
            RekamanDukcapil c => pelaku.Wilayah is null || c.Nik[..4] == pelaku.Wilayah ? c.Nik : null,
            _ => null,
        }).ToList();
        var tersimpan = await SidikTersimpanAsync(sumber, [.. kunci.OfType<string>().Distinct()], ct);

        var sisa = new List<(int, IRekaman)>(rows.Count);
        var sama = 0;
        var dilihat = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var sidik = tersimpan.GetValueOrDefault(kunci[i] ?? "");
            var cocok = rows[i].Rekaman switch
            {
                // the Dapodik hash plus the wilayah it was stored with; a school's move to another wilayah is a change
                RekamanDapodik d => SidikBaris.Cocok(d, sidik.Hash) && (pelaku.Wilayah is null || sidik.Wilayah == pelaku.Wilayah),
                var r => SidikBaris.Cocok(r, sidik.Hash),
            };
            // a key seen twice in one batch goes the full way, where the rows are applied in order
            if (cocok && kunci[i] is { } k && dilihat.Add(k))
            {
                sama++;
            }
            else
            {
                sisa.Add(rows[i]);
            }
        }

        return (sisa, sama);
    }

    /// <summary>The stored fingerprint (and, of a Dapodik row, the wilayah it was stored with) of each key that has one.</summary>
    private async Task<Dictionary<string, (string? Hash, string? Wilayah)>> SidikTersimpanAsync(Sumber sumber, string[] kunci, CancellationToken ct)
    {
        var tersimpan = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        if (sumber == Sumber.Dukcapil)
        {
            // the query below reads Marten's tables directly, so they must exist even before the first document
            await store.Storage.Database.EnsureStorageExistsAsync(typeof(SumberDukcapil), ct);
            await BacaAsync("select id, data->'data'->>'hash', null from mt_doc_sumberdukcapil where id = any($1)", kunci);
            return tersimpan;
        }

        // the fallback below reads Pegawai's table directly, so it must exist even before the first document
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(Pegawai), ct);
        var kolom = sumber == Sumber.Dapodik ? "dapodik" : "siasn";
        await BacaAsync($"select id, {kolom}, wilayah from {SidikPegawai.Tabel} where id = any($1)", kunci);
        if (kunci.Where(k => !tersimpan.ContainsKey(k)).ToArray() is { Length: > 0 } tanpa)
        {
            // people stored before their fingerprints had a table of their own: their row is made from the person's
            // document, once. A concurrent batch that changes one of them writes theirs, which the insert leaves alone;
            // the key is then not answered here and takes the full path
            await BacaAsync($"""
                insert into {SidikPegawai.Tabel} (id, dapodik, wilayah, siasn)
                select id, data->'dapodik'->>'hash', data->>'wilayah', data->'siasn'->>'hash' from mt_doc_pegawai where id = any($1)
                on conflict (id) do nothing
                returning id, {kolom}, wilayah
                """, tanpa);
        }

        return tersimpan;

        async Task BacaAsync(string sql, string[] ids)
        {
            await using var command = database.CreateCommand(sql);
            command.Parameters.Add(new NpgsqlParameter { Value = ids });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                tersimpan[reader.GetString(0)] = (reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            }
        }
    }
}
