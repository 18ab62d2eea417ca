namespace Kinerja.ServiceDefaults.Tests.Messaging;

using Kinerja.Contracts;
using Kinerja.ServiceDefaults.Persistence;
using Kinerja.Testing;
using Marten;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

/// <summary>
/// Two instances of a service on one database, as the AppHost runs perencanaan: after PostgreSQL restarted, the instance
/// that had held the relay's lock still believed it did and relayed on beside the one that took the lock anew. Their
/// progress writes collided, the new holder's relay stopped on the conflict, and once the other instance died nothing
/// relayed at all (CI, AppHostTests: an agreement whose cycle never opened).
/// </summary>
public sealed class RelayDuaInstanceTests(Infrastructure infra)
{
    private sealed class Instance(IHost host, string nama) : IAsyncDisposable
    {
        private bool _berhenti;

        public IHost Host => host;

        public string Nama => nama;

        public bool Menerbitkan(Guid eventId) =>
            Host.Services.GetRequiredService<ITestHarness>().Published.Select<KepalaSekolahDitugaskan>(m => m.Context.MessageId == eventId).Any();

        public async ValueTask DisposeAsync()
        {
            if (_berhenti)
            {
                return;
            }

            _berhenti = true;
            try
            {
                await Host.StopAsync();
            }
            finally
            {
                Host.Dispose();
            }
        }
    }

    private static async Task<Instance> MulaiAsync(string connectionString, string nama) =>
        new(await HostRelay.MulaiAsync(connectionString, b => b.Configuration["Instance:Name"] = nama), nama);

    /// <summary>Records one event through <paramref name="instance"/>, waiting out a database that is just coming back.</summary>
    private static async Task<Guid> CatatAsync(Instance instance, string npsn)
    {
        for (var coba = 1; ; coba++)
        {
            try
            {
                await using var session = instance.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
                session.Events.StartStream(npsn, new SampleRecorded(npsn));
                await session.SaveChangesAsync();
                return (await session.Events.FetchStreamAsync(npsn)).Single().Id;
            }
            catch (Exception ex) when (coba < 20 && GangguanDatabase.Adalah(ex))
            {
                await Task.Delay(250);
            }
        }
    }

    [Fact(Timeout = 240_000)]
    public async Task after_the_database_drops_every_connection_the_relay_goes_on_and_survives_the_instance_that_relays_dying()
    {
        var cs = await infra.DatabaseBaruAsync("relay_dua");
        await using var a = await MulaiAsync(cs, "relay-a");
        await using var b = await MulaiAsync(cs, "relay-b");
        var instances = new[] { a, b };
        var pertama = await CatatAsync(a, "20230001");
        await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(instances.Any(i => i.Menerbitkan(pertama))), "the first event relayed");

        // what a restart of PostgreSQL does to its clients: every connection ends, the leadership lock with its own
        await using (var admin = new NpgsqlConnection(cs))
        {
            await admin.OpenAsync();
            await using var putus = new NpgsqlCommand(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()", admin);
            Assert.True((long)(await putus.ExecuteScalarAsync())! >= 2, "the instances' connections were ended");
        }

        // events recorded while both instances find their way back, through either
        var sesudah = new List<Guid>();
        for (var i = 0; i < 24; i++)
        {
            sesudah.Add(await CatatAsync(instances[i % 2], $"2023{i + 100:0000}"));
            await Task.Delay(250);
        }

        await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(sesudah.All(id => instances.Any(i => i.Menerbitkan(id)))),
            "every event recorded after the connections ended relayed", TimeSpan.FromSeconds(90));

        // the instance relaying now dies, as a process is killed: the other one takes the relay over
        var yangMenerbitkan = instances.First(i => i.Menerbitkan(sesudah[^1]));
        var lain = instances.Single(i => i != yangMenerbitkan);
        await yangMenerbitkan.DisposeAsync();
        var terakhir = await CatatAsync(lain, "20239999");
        try
        {
            await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(lain.Menerbitkan(terakhir)),
                $"{lain.Nama} relaying after {yangMenerbitkan.Nama} stopped", TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\n{await KeadaanAsync(lain, cs)}", ex);
        }
    }

    /// <summary>What the daemon of <paramref name="instance"/> says of its agents, and what the database says of the relay.</summary>
    private static async Task<string> KeadaanAsync(Instance instance, string cs)
    {
        var teks = new System.Text.StringBuilder();
        var daemon = instance.Host.Services.GetRequiredService<JasperFx.Events.Daemon.IProjectionCoordinator>().DaemonForMainDatabase();
        foreach (var agent in daemon.CurrentAgents())
        {
            teks.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"agent {agent.Name.Identity}: {agent.Status}, paused {agent.PausedTime}, position {agent.Position}");
        }

        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using (var cmd = new NpgsqlCommand("select name, last_seq_id from mt_event_progression", conn))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                teks.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"progression {r.GetString(0)} = {r.GetInt64(1)}");
            }
        }

        await using (var cmd = new NpgsqlCommand("select a.application_name, l.objid, l.granted from pg_locks l join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory'", conn))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                teks.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"advisory lock {r.GetValue(1)} held by {r.GetString(0)}, granted {r.GetBoolean(2)}");
            }
        }

        return teks.ToString();
    }
}
