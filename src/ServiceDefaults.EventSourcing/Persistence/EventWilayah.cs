namespace Kinerja.ServiceDefaults.Persistence;

using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Problems;
using Npgsql;

/// <summary>One committed event of a wilayah's feed: its position in the event store, when it was committed, and its JSON.</summary>
/// <param name="Id">The stored event's id: the <c>eventId</c> of the integration event published for it.</param>
public sealed record EventTerurut(long Posisi, DateTimeOffset Waktu, string Data, Guid Id);

/// <summary>
/// The committed events of one type for a wilayah and year in the event store's order, read only up to the async
/// daemon's high-water mark: what the regional predikat feed and the e-Kinerja exports read. A reader that resumes
/// after the last position it saw can never skip a transaction still committing below it, and never gets a record twice.
/// </summary>
public static class EventWilayah
{
    private const string Saringan = """
        where type = $1
          and seq_id <= coalesce((select last_seq_id from mt_event_progression where name = 'HighWaterMark'), 0)
          and data->>'wilayah' = $2 and (data->>'tahun')::int = $3
        """;

    /// <summary>A feed or export names its wilayah and year (400 otherwise); only an operator of that wilayah, its own regional system, or an admin, reads it (404).</summary>
    public static void WajibBoleh(CurrentUser user, string? wilayah, int? tahun)
    {
        var v = new Validation();
        if (wilayah is null)
        {
            v.Add("wilayah", "Wajib diisi.");
        }

        v.Required("tahun", tahun);
        v.ThrowIfAny();
        if (!user.MayReadRegion(wilayah!))
        {
            throw new TidakDitemukanException();
        }
    }

    /// <param name="jenis">The event's type as Marten stores it (<c>predikat_ditetapkan</c>).</param>
    public static async Task<IReadOnlyList<EventTerurut>> BacaAsync(NpgsqlDataSource database, string jenis, string wilayah, int tahun, long setelah,
        int batas, CancellationToken ct)
    {
        await using var command = database.CreateCommand($"select seq_id, timestamp, data, id from mt_events {Saringan} and seq_id > $4 order by seq_id limit $5");
        Parameter(command, jenis, wilayah, tahun);
        command.Parameters.Add(new NpgsqlParameter { Value = setelah });
        command.Parameters.Add(new NpgsqlParameter { Value = batas });
        var hasil = new List<EventTerurut>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            hasil.Add(new EventTerurut(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetGuid(3)));
        }

        return hasil;
    }

    /// <summary>The last position of the feed, how many events it holds, and when the last of them was stored.</summary>
    public static async Task<(long Posisi, long Jumlah, DateTimeOffset? Terakhir)> PosisiAsync(NpgsqlDataSource database, string jenis, string wilayah, int tahun, CancellationToken ct)
    {
        await using var command = database.CreateCommand($"select coalesce(max(seq_id), 0), count(*), max(timestamp) from mt_events {Saringan}");
        Parameter(command, jenis, wilayah, tahun);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
    }

    private static void Parameter(NpgsqlCommand command, string jenis, string wilayah, int tahun)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = jenis });
        command.Parameters.Add(new NpgsqlParameter { Value = wilayah });
        command.Parameters.Add(new NpgsqlParameter { Value = tahun });
    }
}
