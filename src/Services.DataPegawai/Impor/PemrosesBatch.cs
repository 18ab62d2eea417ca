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
        session.LastModifiedBy = pelaku.Nip;
        session.CorrelationId = pelaku.CorrelationId;
        var batch = new Batch(session, clock.HariIni());

        var niks = rows.Select(r => r.Rekaman switch
        {
            RekamanDapodik d => d.Nik,
            RekamanSiasn s => s.Nik,
            RekamanDukcapil c => c.Nik,
            _ => "",
        }).Distinct().ToArray();
        var nips = rows.SelectMany(r => r.Rekaman switch
        {
            RekamanDapodik d => d.Nuptk is { } n ? [d.IdPegawai, IdPegawai.NonAsn(n)] : [d.IdPegawai],
            RekamanSiasn s => [s.Nip],
            _ => Array.Empty<string>(),
        }).Distinct().ToArray();
        var mulai = System.Diagnostics.Stopwatch.GetTimestamp();
        await batch.MuatAsync(sumber, nips, niks, ct);
        var dimuat = System.Diagnostics.Stopwatch.GetElapsedTime(mulai);

        var sekolah = sumber == Sumber.Dapodik
            ? (await session.LoadManyAsync<Sekolah>(ct, rows.Select(r => ((RekamanDapodik)r.Rekaman).Npsn).Distinct())).ToDictionary(s => s.Id)
            : [];

        var hasil = new Hitungan();
        foreach (var (baris, rekaman) in rows)
        {
            var alasan = rekaman switch
            {
                RekamanDapodik d => batch.Dapodik(d, sekolah.GetValueOrDefault(d.Npsn), pelaku, hasil),
                RekamanSiasn s => batch.Siasn(s, pelaku, hasil),
                RekamanDukcapil c => batch.Dukcapil(c, pelaku, hasil),
                _ => "Baris tidak dikenal.",
            };
            if (alasan is not null)
            {
                hasil.Ditolak.Add(new BarisDitolak(baris, alasan));
            }
        }

        var diputuskan = System.Diagnostics.Stopwatch.GetElapsedTime(mulai);
        var events = batch.Tulis();
        await session.SaveChangesAsync(ct);
        logger.LogDebug("batch {Sumber} {Rows}: load {Load} ms, decide {Decide} ms, save {Save} ms, {Events} events", sumber, rows.Count,
            (int)dimuat.TotalMilliseconds, (int)(diputuskan - dimuat).TotalMilliseconds, (int)(System.Diagnostics.Stopwatch.GetElapsedTime(mulai) - diputuskan).TotalMilliseconds, events);
        return new HasilBatch(hasil.Diterima, hasil.TidakBerubah + sama, hasil.Ditolak, events);
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

    private sealed class Hitungan
    {
        public int Diterima;
        public int TidakBerubah;
        public List<BarisDitolak> Ditolak { get; } = [];
    }

    /// <summary>The people a batch touches, their pending events, and the lookups between sources.</summary>
    private sealed class Batch(IDocumentSession session, DateOnly hariIni)
    {
        private readonly Dictionary<string, Pegawai> _pegawai = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _versiAwal = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<object>> _baru = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SumberDukcapil> _dukcapil = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _siasnPerNik = new(StringComparer.Ordinal);

        public async Task MuatAsync(Sumber sumber, string[] nips, string[] niks, CancellationToken ct)
        {
            var byNip = nips.Length > 0 ? await session.LoadManyAsync<Pegawai>(ct, nips) : [];
            // others sharing a NIK matter to SI-ASN (a NIP mismatch) and Dukcapil (keyed by NIK) rows, not to Dapodik rows
            IReadOnlyList<Pegawai> byNik = sumber == Sumber.Dapodik
                ? []
                : await session.Query<Pegawai>().Where(p => p.Nik.IsOneOf(niks) && !p.Id.IsOneOf(nips)).ToListAsync(ct);
            foreach (var p in byNip.Concat(byNik))
            {
                _pegawai[p.Id] = p;
                _versiAwal[p.Id] = p.Version;
            }

            foreach (var d in await session.LoadManyAsync<SumberDukcapil>(ct, niks))
            {
                _dukcapil[d.Id] = d;
            }

            foreach (var s in await session.Query<SumberSiasn>().Where(s => s.Nik.IsOneOf(niks)).ToListAsync(ct))
            {
                SiasnDi(s.Nik).Add(s.Id);
            }
        }

        private HashSet<string> SiasnDi(string nik) =>
            _siasnPerNik.TryGetValue(nik, out var set) ? set : _siasnPerNik[nik] = new HashSet<string>(StringComparer.Ordinal);

        private string? NipSiasnLain(Pegawai? p, string nip, string? nik) =>
            p?.Siasn is not null || nik is null ? null : SiasnDi(nik).FirstOrDefault(n => n != nip);

        private List<Pegawai> DenganNik(string nik) => _pegawai.Values.Where(p => p.Nik == nik).ToList();

        private void Ubah(string nip, object? data)
        {
            var kini = _pegawai.GetValueOrDefault(nip);
            var nik = data switch
            {
                DataDapodikDiterima d => d.Data.Nik,
                DataSiasnDiterima s => kini?.Nik ?? s.Data.Nik,
                _ => kini?.Nik,
            };
            var events = Pegawai.Terima(kini, nip, data, NipSiasnLain(data is DataSiasnDiterima ? null : kini, nip, nik), hariIni);
            if (events.Count == 0)
            {
                return;
            }

            _pegawai[nip] = (kini ?? new Pegawai { Id = nip }).Lanjut(events);
            (_baru.TryGetValue(nip, out var list) ? list : _baru[nip] = []).AddRange(events);

            // Dukcapil may have spoken before anyone named this NIK: bring it in now
            if (_pegawai[nip].Nik is { } k && _dukcapil.TryGetValue(k, out var dc) && !SidikBaris.Sama(_pegawai[nip].Dukcapil, dc.Data))
            {
                Ubah(nip, new DataDukcapilDiterima(nip, dc.Data));
            }
        }

        /// <summary>The row's stream: once a non-ASN teacher's, always theirs, also after Dapodik gives them a NIP.</summary>
        private string IdDapodik(RekamanDapodik d) =>
            d.Nuptk is { } n && _pegawai.ContainsKey(IdPegawai.NonAsn(n)) ? IdPegawai.NonAsn(n) : d.IdPegawai;

        public string? Dapodik(RekamanDapodik d, Sekolah? sekolah, Pengunggah pelaku, Hitungan hasil)
        {
            if (sekolah is null)
            {
                return $"npsn: sekolah {d.Npsn} belum terdaftar; daftarkan dahulu (PUT /api/sekolah/{d.Npsn}).";
            }

            if (pelaku.Wilayah is { } w && sekolah.Wilayah != w)
            {
                return $"Sekolah {d.Npsn} berada di wilayah {sekolah.Wilayah}, di luar wilayah operator ({w}).";
            }

            var id = IdDapodik(d);
            var kini = _pegawai.GetValueOrDefault(id);
            if (DiWilayahLain(kini, pelaku) is { } alasan)
            {
                return alasan;
            }

            if (SidikBaris.Sama(kini?.Dapodik, d) && kini!.Wilayah == sekolah.Wilayah)
            {
                hasil.TidakBerubah++;
                return null;
            }

            Ubah(id, new DataDapodikDiterima(id, d, sekolah.Wilayah));
            hasil.Diterima++;
            return null;
        }

        public string? Siasn(RekamanSiasn s, Pengunggah pelaku, Hitungan hasil)
        {
            if (pelaku.Wilayah is { } w && s.Wilayah != w)
            {
                return $"Instansi wilayah {s.Wilayah} di luar wilayah operator ({w}).";
            }

            // a non-ASN teacher who became PPPK: SI-ASN's first record of them joins their stream (found by NIK),
            // which keeps its id, so their plan and history stay theirs; they gain a NIP
            var id = _pegawai.ContainsKey(s.Nip)
                ? s.Nip
                : DenganNik(s.Nik).FirstOrDefault(p => IdPegawai.AdalahNonAsn(p.Id) && (p.Siasn is null || p.Siasn.Nip == s.Nip))?.Id ?? s.Nip;
            var kini = _pegawai.GetValueOrDefault(id);
            if (DiWilayahLain(kini, pelaku) is { } alasan)
            {
                return alasan;
            }

            if (SidikBaris.Sama(kini?.Siasn, s))
            {
                hasil.TidakBerubah++;
                return null;
            }

            session.Store(new SumberSiasn(s.Nip, s.Nik));
            SiasnDi(s.Nik).Add(s.Nip);
            Ubah(id, new DataSiasnDiterima(id, s));
            // a Dapodik person with this NIK under another NIP now has a NIP mismatch rather than "missing in SI-ASN"
            foreach (var lain in DenganNik(s.Nik).Where(p => p.Id != id && p.Siasn is null && (pelaku.Wilayah is null || p.Wilayah == pelaku.Wilayah)))
            {
                Ubah(lain.Id, null);
            }

            hasil.Diterima++;
            return null;
        }

        public string? Dukcapil(RekamanDukcapil c, Pengunggah pelaku, Hitungan hasil)
        {
            var orang = DenganNik(c.Nik);
            var wilayah = orang.Select(p => p.Wilayah).FirstOrDefault(w => w is not null) ?? c.Nik[..4];
            if (pelaku.Wilayah is { } w && (wilayah != w || orang.Any(p => p.Wilayah is not null && p.Wilayah != w)))
            {
                return $"Baris NIK ini tentang pegawai di luar wilayah operator ({w}).";
            }

            if (_dukcapil.TryGetValue(c.Nik, out var ada) && SidikBaris.Sama(ada.Data, c))
            {
                hasil.TidakBerubah++;
                return null;
            }

            var doc = new SumberDukcapil(c.Nik, c);
            _dukcapil[c.Nik] = doc;
            session.Store(doc);
            foreach (var p in orang)
            {
                Ubah(p.Id, new DataDukcapilDiterima(p.Id, c));
            }

            hasil.Diterima++;
            return null;
        }

        /// <summary>
        /// A pegawai recorded in one wilayah is that wilayah's: another region's upload never moves or changes
        /// them. A transfer between regions is an admin's import (docs/sumber-data.md, "Mutasi antarwilayah").
        /// </summary>
        private static string? DiWilayahLain(Pegawai? kini, Pengunggah pelaku) =>
            pelaku.Wilayah is { } w && kini?.Wilayah is { } milik && milik != w
                ? $"Pegawai {kini.Id} tercatat di wilayah lain; mutasi antarwilayah dilakukan oleh admin, bukan lewat unggahan operator ({w})."
                : null;

        /// <summary>Queues every person's new events on the session; returns how many.</summary>
        public int Tulis()
        {
            var jumlah = 0;
            foreach (var (nip, events) in _baru)
            {
                jumlah += events.Count;
                var versi = _versiAwal.GetValueOrDefault(nip);
                if (_versiAwal.ContainsKey(nip))
                {
                    // the version this batch started from: a concurrent import of the same person fails and retries
                    session.Events.Append(nip, versi + events.Count, events.ToArray());
                }
                else
                {
                    session.Events.StartStream<Pegawai>(nip, events.ToArray());
                }

                // the read model, written in the same transaction from the state the aggregate just decided on
                session.Store(_pegawai[nip] with { Version = versi + events.Count, NipSiasnLain = null });
            }

            return jumlah;
        }
    }
}
