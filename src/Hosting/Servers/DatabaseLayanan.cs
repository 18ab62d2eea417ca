namespace Kinerja.Hosting.Servers;

using Npgsql;

/// <summary>
/// Each service's database, set up by the AppHost as the superuser, which no service is given: the service connects as a
/// role of its own that owns its database and everything in it, may not connect to another service's database, and,
/// in DataPegawai, may only read and add rows of the PDP access log (<c>log-akses.sql</c>), which the superuser owns
/// in a schema of its own. Run at every start: a database of an older build (made and written as the superuser) is
/// handed to its role, and the role gets a new password.
/// </summary>
public static class DatabaseLayanan
{
    /// <summary>The role's name: the database's, so a test run's roles are as apart as its databases.</summary>
    public static string Peran(string database) => $"kinerja_{database}";

    /// <returns>The service's connection string: its own role and database.</returns>
    /// <param name="sandi">The role's password of this start; a new one when not given.</param>
    public static async Task<string> SiapkanAsync(string superuser, string service, string database, CancellationToken ct, string? sandi = null)
    {
        var peran = Peran(database);
        sandi ??= PenggunaBroker.Sandi();
        await using (var server = new NpgsqlConnection(superuser))
        {
            await server.OpenAsync(ct);
            // the identifiers are ours (a prefix of hex and underscores and a service name), quoted all the same
            await JalankanAsync(server, $"""
                do $$ begin
                    if not exists (select 1 from pg_roles where rolname = '{peran}') then create role "{peran}" login; end if;
                end $$;
                alter role "{peran}" with login nosuperuser nocreatedb nocreaterole password '{sandi}';
                """, ct);
            await using var ada = new NpgsqlCommand("select 1 from pg_database where datname = $1", server) { Parameters = { new() { Value = database } } };
            if (await ada.ExecuteScalarAsync(ct) is null)
            {
                await JalankanAsync(server, $"create database \"{database}\" owner \"{peran}\"", ct);
            }

            await JalankanAsync(server, $"""
                alter database "{database}" owner to "{peran}";
                revoke all on database "{database}" from public;
                grant connect, temporary on database "{database}" to "{peran}";
                """, ct);
        }

        var diDatabase = new NpgsqlConnectionStringBuilder(superuser) { Database = database, Pooling = false }.ConnectionString;
        await using (var db = new NpgsqlConnection(diDatabase))
        {
            await db.OpenAsync(ct);
            if (service == "datapegawai")
            {
                await JalankanAsync(db, await LogAksesAsync(ct), ct);
            }

            await JalankanAsync(db, SerahkanKe(peran), ct);
            if (service == "datapegawai")
            {
                await JalankanAsync(db, $"""
                    revoke all on schema pdp from public;
                    grant usage on schema pdp to "{peran}";
                    revoke all on pdp.kinerja_akses_data_pribadi from public, "{peran}";
                    grant select, insert on pdp.kinerja_akses_data_pribadi to "{peran}";
                    grant usage on sequence pdp.kinerja_akses_data_pribadi_id_seq to "{peran}";
                    """, ct);
            }
        }

        return new NpgsqlConnectionStringBuilder(superuser) { Database = database, Username = peran, Password = sandi }.ConnectionString;
    }

    /// <summary>
    /// Everything in <c>public</c> not yet the role's (made by an older build as the superuser) becomes the role's, so its
    /// Marten can still change its schema. A sequence or index that belongs to a table follows the table.
    /// </summary>
    private static string SerahkanKe(string peran) => $"""
        do $$
        declare r record;
        begin
            for r in select c.oid::regclass as nama, c.relkind from pg_class c join pg_namespace s on s.oid = c.relnamespace
                     where s.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S') and c.relowner <> '{peran}'::regrole
                       and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                       and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i'))
            loop
                execute format('alter %s %s owner to %I',
                    case r.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view' else 'table' end, r.nama, '{peran}');
            end loop;
            for r in select p.oid::regprocedure as nama from pg_proc p join pg_namespace s on s.oid = p.pronamespace
                     where s.nspname = 'public' and p.proowner <> '{peran}'::regrole
            loop
                execute format('alter routine %s owner to %I', r.nama, '{peran}');
            end loop;
        end $$;
        """;

    private static async Task<string> LogAksesAsync(CancellationToken ct)
    {
        await using var sql = typeof(DatabaseLayanan).Assembly.GetManifestResourceStream("log-akses.sql")!;
        using var reader = new StreamReader(sql);
        return await reader.ReadToEndAsync(ct);
    }

    private static async Task JalankanAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
