namespace Kinerja.DataPegawai.Privasi;

using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Npgsql;
using NpgsqlTypes;

public sealed record EntriAkses(long Id, DateTimeOffset Waktu, string Pembaca, string Peran, string Pegawai, string Endpoint, string? CorrelationId);

/// <summary>
/// The PDP accountability log: every response that carried someone's full NIK or mother's name, as one
/// row per pegawai shown (who read, whose, when, through which endpoint). Append-only in the database
/// itself: a trigger refuses UPDATE, DELETE and TRUNCATE, and under the AppHost the table, its trigger and its schema
/// (<c>pdp</c>, <c>log-akses.sql</c>) belong to the superuser, while the service's own role may only read and add rows.
/// </summary>
public sealed class LogAkses(NpgsqlDataSource database, IHttpContextAccessor http)
{
    private const string Tabel = "pdp.kinerja_akses_data_pribadi";
    private readonly SemaphoreSlim _siap = new(1, 1);
    private volatile bool _dibuat;

    /// <summary>Records that the caller has just been given the personal data of these pegawai.</summary>
    public async Task CatatAsync(CurrentUser user, IReadOnlyCollection<string> nips, CancellationToken ct)
    {
        if (nips.Count == 0)
        {
            return;
        }

        await PastikanTabelAsync(ct);
        var context = http.HttpContext;
        await using var command = database.CreateCommand(
            $"insert into {Tabel} (pembaca, peran, pegawai, endpoint, correlation_id) select $1, $2, unnest($3), $4, $5");
        command.Parameters.Add(new NpgsqlParameter { Value = user.PegawaiId });
        command.Parameters.Add(new NpgsqlParameter { Value = string.Join(",", user.Roles) });
        command.Parameters.Add(new NpgsqlParameter { Value = nips.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = context is null ? "" : $"{context.Request.Method} {context.Request.Path}" });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)(context is null ? null : CorrelationMiddleware.Of(context)) ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<EntriAkses>> CariAsync(string? pegawai, string? pembaca, long? setelah, int batas, CancellationToken ct)
    {
        await PastikanTabelAsync(ct);
        await using var command = database.CreateCommand(
            $"select id, waktu, pembaca, peran, pegawai, endpoint, correlation_id from {Tabel} " +
            "where ($1::text is null or pegawai = $1) and ($2::text is null or pembaca = $2) and id > $3 order by id limit $4");
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)pegawai ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)pembaca ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = setelah ?? 0 });
        command.Parameters.Add(new NpgsqlParameter { Value = batas });
        var hasil = new List<EntriAkses>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            hasil.Add(new EntriAkses(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return hasil;
    }

    private async Task PastikanTabelAsync(CancellationToken ct)
    {
        if (_dibuat)
        {
            return;
        }

        await _siap.WaitAsync(ct);
        try
        {
            if (_dibuat)
            {
                return;
            }

            // made by whoever set up the database (the AppHost, as the superuser); a service that may create it (its tests,
            // which connect as the superuser) makes it here, in one transaction under a lock so two instances do not race
            await using (var ada = database.CreateCommand($"select to_regclass('{Tabel}') is not null"))
            {
                if (await ada.ExecuteScalarAsync(ct) is true)
                {
                    _dibuat = true;
                    return;
                }
            }

            string sql;
            await using (var skema = typeof(LogAkses).Assembly.GetManifestResourceStream("log-akses.sql")!)
            using (var reader = new StreamReader(skema))
            {
                sql = await reader.ReadToEndAsync(ct);
            }

            await using var connection = await database.OpenConnectionAsync(ct);
            await using var tx = await connection.BeginTransactionAsync(ct);
            await using (var command = new NpgsqlCommand(sql, connection, tx))
            {
                await command.ExecuteNonQueryAsync(ct);
            }

            await tx.CommitAsync(ct);
            _dibuat = true;
        }
        finally
        {
            _siap.Release();
        }
    }
}
