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

    public async Task<HasilBatch> ProsesAsync(Sumber sumber, IReadOnlyList<(int Baris, IRekaman Rekaman)> rows, Pengunggah pelaku, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SekaliAsync(sumber, rows, pelaku, ct);
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

    private async Task<HasilBatch> SekaliAsync(Sumber sumber, IReadOnlyList<(int Baris, IRekaman Rekaman)> semua, Pengunggah pelaku, CancellationToken ct)
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
        Tulis(session, hasil);
        await session.SaveChangesAsync(ct);
        logger.LogDebug("batch {Sumber} {Rows}: load {Load} ms, decide {Decide} ms, save {Save} ms, {Events} events", sumber, rows.Count,
            (int)dimuat.TotalMilliseconds, (int)(diputuskan - dimuat).TotalMilliseconds, (int)(System.Diagnostics.Stopwatch.GetElapsedTime(mulai) - diputuskan).TotalMilliseconds,
            hasil.JumlahEvents);
        return new HasilBatch(hasil.Diterima, hasil.TidakBerubah + sama, hasil.Ditolak, hasil.JumlahEvents);
    }

    /// <summary>What <see cref="Rekonsiliasi"/> needs about the people and schools the rows name, in a few queries.</summary>
    private static async Task<FaktaTersimpan> MuatAsync(IQuerySession session, Sumber sumber, IReadOnlyList<(int Baris, IRekaman Rekaman)> rows,
        CancellationToken ct)
    {
        var (ids, niks) = Rekonsiliasi.Kunci(rows.Select(r => r.Rekaman));
        var byId = ids.Length > 0 ? await session.LoadManyAsync<Pegawai>(ct, ids) : [];
        // others sharing a NIK matter to SI-ASN (a NIP mismatch) and Dukcapil (keyed by NIK) rows, not to Dapodik rows
        IReadOnlyList<Pegawai> byNik = sumber == Sumber.Dapodik
            ? []
            : await session.Query<Pegawai>().Where(p => p.Nik.IsOneOf(niks) && !p.Id.IsOneOf(ids)).ToListAsync(ct);
        var dukcapil = await session.LoadManyAsync<SumberDukcapil>(ct, niks);
        var siasn = await session.Query<SumberSiasn>().Where(s => s.Nik.IsOneOf(niks)).ToListAsync(ct);
        var sekolah = sumber == Sumber.Dapodik
            ? (await session.LoadManyAsync<Sekolah>(ct, rows.Select(r => ((RekamanDapodik)r.Rekaman).Npsn).Distinct())).ToDictionary(s => s.Id)
            : [];
        return new FaktaTersimpan([.. byId, .. byNik], dukcapil, siasn, sekolah);
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

            ProyeksiPegawai.Tulis(session, p.Sebelum, p.Events);
        }

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
        var sql = sumber switch
        {
            Sumber.Dapodik => "select id, data->'dapodik'->>'hash' || '|' || coalesce(data->>'wilayah', '') from mt_doc_pegawai where id = any($1)",
            Sumber.Siasn => "select id, data->'siasn'->>'hash' from mt_doc_pegawai where id = any($1)",
            _ => "select id, data->'data'->>'hash' from mt_doc_sumberdukcapil where id = any($1)",
        };
        // the query below reads Marten's tables directly, so they must exist even before the first document
        await store.Storage.Database.EnsureStorageExistsAsync(sumber == Sumber.Dukcapil ? typeof(SumberDukcapil) : typeof(Pegawai), ct);
        var tersimpan = new Dictionary<string, string?>(StringComparer.Ordinal);
        await using (var command = database.CreateCommand(sql))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = kunci.OfType<string>().Distinct().ToArray() });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                tersimpan[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
        }

        var sisa = new List<(int, IRekaman)>(rows.Count);
        var sama = 0;
        var dilihat = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var hash = tersimpan.GetValueOrDefault(kunci[i] ?? "");
            var cocok = rows[i].Rekaman switch
            {
                // the Dapodik hash plus the wilayah it was stored with; a school's move to another wilayah is a change
                RekamanDapodik d => hash?.Split('|') is [var h, var w] && SidikBaris.Cocok(d, h) && (pelaku.Wilayah is null || w == pelaku.Wilayah),
                var r => SidikBaris.Cocok(r, hash),
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
}
