namespace Kinerja.EndToEnd.Tests.Ketahanan;

using Kinerja.Hosting.Lokal;
using Kinerja.Testing;

/// <summary>
/// The traffic of the fault and scale-out tests: a group's teachers submit plans, their principal agrees them in a
/// burst with a fault in the middle, and then every committed agreement must have opened exactly one cycle.
/// </summary>
public static class PersetujuanBeruntun
{
    public static readonly TimeSpan Pulih = TimeSpan.FromSeconds(120);

    /// <summary>Observasi's consumer of <c>SkpDisepakati</c>, as it names its <c>HandledMessage</c> records.</summary>
    private const string Konsumen = "BukaSiklus";

    /// <summary>SIGKILL, as a crash; returns once the process is gone (the AppHost restarts it after a backoff).</summary>
    public static async Task MatikanAsync(ProjectResource service)
    {
        var restarts = service.Restarts;
        service.Kill();
        await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(service.Restarts > restarts), $"{service.Name} gone", Pulih);
    }

    /// <summary>The group's teachers each draft and submit a plan (before any fault).</summary>
    public static async Task<(HttpClient Kepala, IReadOnlyList<(string Path, Guid Id)> Skp)> SiapkanAsync(SistemKetahanan sistem, int kelompok)
    {
        var kepala = await sistem.MasukAsync(SistemKetahanan.Kepala, "kepala-sekolah", npsn: SistemKetahanan.Npsn);
        var skp = new List<(string, Guid)>();
        await Parallel.ForEachAsync(sistem.Guru(kelompok), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (nip, _) =>
        {
            var guru = await sistem.MasukAsync(nip, "guru", npsn: SistemKetahanan.Npsn);
            var diajukan = await Rencana.DiajukanAsync(guru);
            lock (skp)
            {
                skp.Add(diajukan);
            }
        });
        return (kepala, skp);
    }

    /// <summary>
    /// The principal agrees every plan, four at a time. Once a third are agreed, <paramref name="gangguan"/>
    /// breaks something while the commands in flight go on; the next third are sent only once it is broken,
    /// and the last third once <paramref name="pulih"/> (if any) has repaired it after two thirds.
    /// </summary>
    public static async Task SetujuiSemuaAsync(HttpClient kepala, IReadOnlyList<(string Path, Guid Id)> skp, Func<Task> gangguan, Func<Task>? pulih = null)
    {
        var selesai = 0;
        var sepertiga = new TaskCompletionSource();
        var duaPertiga = new TaskCompletionSource();
        var rusak = new TaskCompletionSource();
        var diperbaiki = new TaskCompletionSource();
        var burst = Parallel.ForEachAsync(skp.Select((s, i) => (s.Path, i)), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (s, _) =>
        {
            if (s.i >= skp.Count / 3)
            {
                await rusak.Task;
            }

            if (s.i >= 2 * skp.Count / 3)
            {
                await diperbaiki.Task;
            }

            await Tahan.KirimAsync(() => kepala.PostAsync($"{s.Path}/setujui", null));
            var n = Interlocked.Increment(ref selesai);
            if (n >= skp.Count / 3)
            {
                sepertiga.TrySetResult();
            }

            if (n >= 2 * skp.Count / 3)
            {
                duaPertiga.TrySetResult();
            }
        });

        try
        {
            await SampaiAsync(sepertiga.Task, burst);
            await gangguan();
            rusak.SetResult();
            await SampaiAsync(duaPertiga.Task, burst);
            if (pulih is not null)
            {
                await pulih();
            }

            diperbaiki.SetResult();
        }
        finally
        {
            // a failed fault step must not leave the burst waiting on its gates
            rusak.TrySetResult();
            diperbaiki.TrySetResult();
            await burst;
        }
    }

    /// <summary>Waits for a gate of the burst; a burst that failed before reaching it fails the test instead of hanging it.</summary>
    private static async Task SampaiAsync(Task gerbang, Task burst)
    {
        if (await Task.WhenAny(gerbang, burst) == burst)
        {
            await burst;
        }

        await gerbang;
    }

    /// <summary>Checked in the stores, not from the answers the client got.</summary>
    public static async Task SetiapPersetujuanMembukaSatuSiklusAsync(SistemKetahanan sistem, IReadOnlyList<(string Path, Guid Id)> skp,
        ProjectResource? kecuali = null)
    {
        var ids = skp.Select(s => s.Id).ToArray();
        Assert.Equal(skp.Count, await sistem.QueryAsync<long>("perencanaan",
            "select count(*) from mt_events where type = 'skp_disepakati' and stream_id = any($1)", ids));
        Assert.Equal(skp.Count, await sistem.QueryAsync<long>("perencanaan",
            "select count(distinct stream_id) from mt_events where type = 'skp_disepakati' and stream_id = any($1)", ids));
        var kunci = (await sistem.DaftarAsync<string>("perencanaan",
            "select id::text from mt_events where type = 'skp_disepakati' and stream_id = any($1)", ids))
            .Select(id => $"{Konsumen}:{id}").ToArray();

        await SistemBerjalan.WaitUntilAsync(async () =>
            await sistem.QueryAsync<long>("observasi", "select count(*) from mt_doc_pesanditangani where id = any($1)", (object)kunci) == kunci.Length,
            $"observasi handled all {kunci.Length} agreements", Pulih);

        Assert.Equal(skp.Count, await sistem.QueryAsync<long>("observasi",
            "select count(*) from mt_events where type = 'siklus_dibuka' and stream_id = any($1)", ids));
        Assert.Equal(skp.Count, await sistem.QueryAsync<long>("observasi",
            "select count(distinct stream_id) from mt_events where type = 'siklus_dibuka' and stream_id = any($1)", ids));
        Assert.Equal(ResourceState.Healthy, await KeadaanAsync(sistem, "perencanaan", kecuali));
        Assert.Equal(ResourceState.Healthy, await KeadaanAsync(sistem, "observasi", kecuali));
    }

    /// <summary>The worst state of the service's instances, leaving out one held down on purpose.</summary>
    private static async Task<ResourceState> KeadaanAsync(SistemKetahanan sistem, string service, ProjectResource? kecuali)
    {
        var instances = sistem.System.Instances(service).Where(i => i != kecuali).ToList();
        foreach (var instance in instances)
        {
            await instance.ProbeAsync(CancellationToken.None);
        }

        return instances.Select(i => i.State).FirstOrDefault(s => s != ResourceState.Healthy, ResourceState.Healthy);
    }
}
