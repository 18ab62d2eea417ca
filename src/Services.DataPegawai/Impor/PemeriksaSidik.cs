namespace Kinerja.DataPegawai.Impor;

using Kinerja.DataPegawai.Pegawai;
using Marten;
using Npgsql;

/// <summary>A batch's rows after the fingerprint check: those to apply, and how many said what is stored.</summary>
public sealed record Diperiksa(IReadOnlyList<(int Baris, IRekaman Rekaman)> Sisa, int Sama);

/// <summary>
/// The unchanged-row check: a re-import is mostly rows that say what is stored, and comparing their fingerprints with
/// one narrow query per batch spares loading, deciding and saving them (<see cref="PemrosesBatch"/> takes the rest).
/// The rest of several batches may wait to be applied together; a row whose key such a waiting row may change waits
/// with them, so the rows of a file still apply in order.
/// </summary>
public sealed class PemeriksaSidik(IDocumentStore store, NpgsqlDataSource database)
{
    /// <summary>
    /// The keys whose stored fingerprints applying this row may change: the pegawai it names, and a Dukcapil row's NIK.
    /// </summary>
    public static IEnumerable<string> KunciDiubah(IRekaman rekaman) =>
        rekaman is RekamanDukcapil c ? [c.Nik] : Rekonsiliasi.IdDisebut(rekaman);

    /// <summary>
    /// Rows whose hash equals what is stored, decided with one narrow query. For an operator only rows
    /// that are visibly of their own wilayah qualify (Dapodik: stored with it; SI-ASN: the row says it;
    /// Dukcapil: the NIK's region); the rest take the full path, where the wilayah rule is applied.
    /// </summary>
    /// <param name="tertunda">Whether a row of the job still waiting to be applied may change a key (<see cref="KunciDiubah"/>).</param>
    public async Task<Diperiksa> PeriksaAsync(Sumber sumber, IReadOnlyList<(int Baris, IRekaman Rekaman)> rows, Pengunggah pelaku,
        Func<string, bool> tertunda, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return new Diperiksa([], 0);
        }

        var kunci = rows.Select(r => r.Rekaman switch
        {
            RekamanDapodik d => d.IdPegawai,
            RekamanSiasn x => pelaku.Wilayah is null || x.Wilayah == pelaku.Wilayah ? x.Nip : null,
            RekamanDukcapil c => pelaku.Wilayah is null || c.Nik[..4] == pelaku.Wilayah ? c.Nik : null,
            _ => null,
        }).Select(k => k is not null && tertunda(k) ? null : k).ToList();
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
            // after its first row, a key's rows in the batch go the full way, where the rows are applied in order: a row
            // that says what is stored may follow one that changes it
            var pertama = kunci[i] is { } k && dilihat.Add(k);
            if (cocok && pertama)
            {
                sama++;
            }
            else
            {
                sisa.Add(rows[i]);
            }
        }

        return new Diperiksa(sisa, sama);
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
