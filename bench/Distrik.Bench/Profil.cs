namespace Kinerja.Bench.Distrik;

using System.Globalization;
using Npgsql;

/// <summary>
/// Where a command's CPU goes (issue 14): CPU time per process over a phase, read from <c>/proc</c>, and, with
/// <c>--profil</c>, PostgreSQL's own statement profile (pg_stat_statements with planning time) over the same phase.
/// The same reading over pgbench gives PostgreSQL's CPU per pgbench transaction, the anchor the ratio is taken to.
/// </summary>
public sealed class Profil(string postgresConnection, bool statements)
{
    /// <summary>The settings the private PostgreSQL needs for the statement profile.</summary>
    public static readonly string[] Settings =
        ["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all", "pg_stat_statements.track_planning=on", "pg_stat_statements.max=5000"];

    private Dictionary<string, double> _awal = [];
    private Dictionary<string, long> _transaksiAwal = [];

    public async Task MulaiAsync()
    {
        if (statements)
        {
            await SqlAsync("create extension if not exists pg_stat_statements");
            await SqlAsync("select pg_stat_statements_reset()");
        }

        _transaksiAwal = await TransaksiPerDatabaseAsync();
        _awal = CpuPerProses();
    }

    /// <summary>
    /// PostgreSQL's transactions per command in each database since <see cref="MulaiAsync"/>: a query sent alone or a
    /// batch of them is one (an implicit transaction), a save is one, whatever its statements. So it counts the round
    /// trips of a command, its reads and its share of the relay and the consumers, less each save's COMMIT, and, unlike
    /// CPU, it does not move with the machine's neighbours. Backends report every second or so, so a phase's edges blur.
    /// </summary>
    public async Task TulisTransaksiAsync(long perintah)
    {
        var kini = await TransaksiPerDatabaseAsync();
        var selisih = kini.Where(k => k.Key != "postgres").ToDictionary(k => k.Key, k => k.Value - _transaksiAwal.GetValueOrDefault(k.Key));
        Console.WriteLine();
        Console.WriteLine($"PostgreSQL transactions per command in the same phase (pg_stat_database; {perintah:N0} commands):");
        Console.WriteLine();
        Console.WriteLine("| database | transactions | per command |");
        Console.WriteLine("|---|---|---|");
        foreach (var (nama, jumlah) in selisih.Where(s => s.Value > 0).OrderByDescending(s => s.Value))
        {
            Console.WriteLine($"| {nama} | {jumlah:N0} | {(double)jumlah / perintah:N2} |");
        }

        Console.WriteLine($"| **all** | {selisih.Values.Sum():N0} | **{(double)selisih.Values.Sum() / perintah:N2}** |");
    }

    private async Task<Dictionary<string, long>> TransaksiPerDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(postgresConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select datname, xact_commit + xact_rollback from pg_stat_database where datname is not null and datname not like 'template%'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var hasil = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            hasil[reader.GetString(0)] = reader.GetInt64(1);
        }

        return hasil;
    }

    /// <summary>CPU seconds per process group since <see cref="MulaiAsync"/>.</summary>
    public Dictionary<string, double> Selisih()
    {
        var kini = CpuPerProses();
        return kini.ToDictionary(k => k.Key, k => k.Value - _awal.GetValueOrDefault(k.Key));
    }

    public static void TulisCpu(Dictionary<string, double> cpu, long perintah, double pgbenchPerTransaksi)
    {
        Console.WriteLine();
        Console.WriteLine($"CPU per command in the year phase through the gateway ({perintah:N0} commands):");
        Console.WriteLine();
        Console.WriteLine("| process | CPU s | ms per command | share |");
        Console.WriteLine("|---|---|---|---|");
        var total = cpu.Values.Sum();
        foreach (var (nama, detik) in cpu.OrderByDescending(c => c.Value))
        {
            Console.WriteLine($"| {nama} | {detik:N1} | {detik * 1000 / perintah:N2} | {detik / total:P0} |");
        }

        Console.WriteLine($"| **all** | {total:N1} | **{total * 1000 / perintah:N2}** | |");
        Console.WriteLine($"| PostgreSQL per pgbench transaction (same server, same run) | | {pgbenchPerTransaksi:N2} | |");
    }

    /// <summary>The statements that cost PostgreSQL most in the phase, per command.</summary>
    public async Task TulisStatementsAsync(long perintah, string satuan = "command")
    {
        if (!statements)
        {
            return;
        }

        const string sql = """
            select d.datname, s.toplevel, s.calls, s.total_exec_time + s.total_plan_time, s.rows, left(regexp_replace(s.query, '\s+', ' ', 'g'), 110)
            from pg_stat_statements s join pg_database d on d.oid = s.dbid
            where s.query not like '%pg_sleep%'
            order by s.total_exec_time + s.total_plan_time desc limit 40
            """;
        await using var connection = new NpgsqlConnection(postgresConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine();
        Console.WriteLine($"PostgreSQL's statements in the same phase (pg_stat_statements, execution + planning, wall time; the daemon's leader lock, a pg_sleep, left out), per {satuan}:");
        Console.WriteLine();
        Console.WriteLine($"| database | statement | calls per {satuan} | ms per {satuan} | rows per call |");
        Console.WriteLine("|---|---|---|---|---|");
        while (await reader.ReadAsync())
        {
            var calls = reader.GetInt64(2);
            var query = reader.GetString(5).Replace("|", "\\|", StringComparison.Ordinal);
            Console.WriteLine($"| {reader.GetString(0)} | {(reader.GetBoolean(1) ? "" : "(nested) ")}`{query}` | {(double)calls / perintah:N2} | {reader.GetDouble(3) / perintah:N3} | {(calls > 0 ? reader.GetInt64(4) / (double)calls : 0):N1} |");
        }

        await reader.CloseAsync();
        await using var total = new NpgsqlCommand("select sum(calls) filter (where toplevel), sum(calls) filter (where not toplevel), sum(total_exec_time + total_plan_time) filter (where toplevel) from pg_stat_statements where query not like '%pg_sleep%'", connection);
        await using var r = await total.ExecuteReaderAsync();
        await r.ReadAsync();
        Console.WriteLine($"| all | {r.GetDecimal(0) / perintah:N1} top-level, {(r.IsDBNull(1) ? 0 : r.GetDecimal(1)) / perintah:N1} nested statements | | {r.GetDouble(2) / perintah:N3} | |");
    }

    private async Task SqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(postgresConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// utime + stime of every process, grouped: PostgreSQL (with the backends that already exited, counted in the
    /// postmaster's children time), RabbitMQ, each .NET process by its dll, this driver.
    /// </summary>
    public static Dictionary<string, double> CpuPerProses()
    {
        var cpu = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var comm = File.ReadAllText(Path.Combine(dir, "comm")).Trim();
                var stat = File.ReadAllText(Path.Combine(dir, "stat")).Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var detik = (Angka(stat[11]) + Angka(stat[12])) / 100;
                var nama = comm switch
                {
                    "postgres" => "PostgreSQL",
                    "beam.smp" or "erl_child_setup" or "epmd" or "inet_gethost" => "RabbitMQ",
                    _ when pid == Environment.ProcessId => "driver (this bench)",
                    "dotnet" => Dll(dir),
                    _ => null,
                };
                if (nama is null)
                {
                    continue;
                }

                // the postmaster's cutime/cstime hold the backends that exited (pgbench's, closed pool connections)
                if (comm == "postgres" && !IsPostgres(stat[1]))
                {
                    detik += (Angka(stat[13]) + Angka(stat[14])) / 100;
                }

                cpu[nama] = cpu.GetValueOrDefault(nama) + detik;
            }
            catch (IOException)
            {
            }
        }

        return cpu;
    }

    private static bool IsPostgres(string ppid)
    {
        try
        {
            return File.ReadAllText($"/proc/{ppid}/comm").Trim() == "postgres";
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string? Dll(string dir)
    {
        var args = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
        var dll = args.FirstOrDefault(a => a.EndsWith(".dll", StringComparison.Ordinal));
        return dll is null ? null : Path.GetFileNameWithoutExtension(dll);
    }

    private static double Angka(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
