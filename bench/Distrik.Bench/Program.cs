using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kinerja.Bench.Distrik;
using Kinerja.Hosting.Lokal;
using Kinerja.Hosting.Servers;
using Kinerja.Testing;
using Kinerja.Testing.DataSintetis;
using Npgsql;

// Issue 7's load driver: one kabupaten/kota's year through the gateway, then the same commands for a
// share of as many teachers sent straight to the services, then pgbench's simple-update on the same
// PostgreSQL, all in one run against the real processes the AppHost starts.
//   dotnet run -c Release --project bench/Distrik.Bench -- [--sekolah 50] [--guru 2000] [--paralel 64] [--langsung 500] [--replicas 1] [--pemanasan 128] [--profil] [--tanpa-jejak]
// Every process sends its telemetry to an Aspire dashboard of the run's own unless --tanpa-jejak.
// --jejak (issue 23) instead runs the year through the gateway three times, each on a system of its own: without tracing, with
// every trace sent to the Aspire dashboard, and with one in ten; it prints commands/s of each against the first.
// --replicas 2 runs every service as two instances behind the gateway (issue 15); "straight to the services" goes to
// each service's first instance.
var sekolah = Arg("--sekolah", 50);
var jumlahGuru = Arg("--guru", 2000);
var paralel = Arg("--paralel", 64);
var jumlahLangsung = Arg("--langsung", jumlahGuru / 4);
var replika = Arg("--replicas", 1);
// teachers whose year runs first, unmeasured: the services' JIT took a fifth of the CPU in the first two minutes (perf),
// which is start-up, not the steady state a district sees through January
var pemanasan = Arg("--pemanasan", 128);
// PostgreSQL's statement profile over the year phase through the gateway (pg_stat_statements); CPU per process is always given
var profilStatements = args.Contains("--profil");
const string Wilayah = "3273";
const int Tahun = 2026;
var perSekolah = Math.Max(1, (jumlahGuru + sekolah - 1) / sekolah);

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {Environment.OSVersion}");
Console.WriteLine($"district: {sekolah} schools, {jumlahGuru} teachers through the gateway, {jumlahLangsung} straight to the services, {paralel} teachers at a time, {replika} instance(s) of each service");

// the regional system: its own durable queue, plain RabbitMQ.Client, counting predikat as they arrive
var predikat = new ConcurrentDictionary<string, int>();
var keRegional = new ConcurrentQueue<double>();
var diterimaRegional = 0;
KinerjaSystem system = null!;

if (args.Contains("--jejak"))
{
    return await BandingkanJejakAsync();
}

// issue 27: measured as operators run it, every process sending its traces, logs and metrics to the Aspire dashboard
// (every trace kept); --tanpa-jejak measures the system without telemetry, as before
await using var dasbor = args.Contains("--tanpa-jejak") ? null : await DasborAspire.MulaiAsync();
Console.WriteLine(dasbor is null ? "tracing off (--tanpa-jejak)" : $"tracing on: every process sends its telemetry to the Aspire dashboard at {dasbor.Otlp}");
await using var regional = await MulaiAsync(otlp: dasbor?.Otlp);
var profil = new Profil(system.PostgresConnection, profilStatements);

using var keGateway = new SocketsHttpHandler { MaxConnectionsPerServer = 256 };
var layanan = KinerjaSystemOptions.Services.ToDictionary(s => s, s => system.Project(s).Url);
using var langsung = new LangsungKeLayanan(layanan);

if (pemanasan > 0)
{
    await JalankanAsync("to warm up (not measured)", new Skenario(new Uri(system.GatewayUrl), keGateway, new Pencatat(), Wilayah, Tahun),
        pemanasan, seed: 2025, daftarkanSekolah: true, profil: null);
}

// the gateway's own cost, measured while nothing else runs: one caller, one request at a time
var (idleGateway, idleLangsung) = await SatuPerSatuAsync(new Skenario(new Uri(system.GatewayUrl), keGateway, new Pencatat(), Wilayah, Tahun),
    new Skenario(new Uri("http://langsung"), langsung, new Pencatat(), Wilayah, Tahun));
Console.WriteLine($"\n== one request at a time: p50 {idleGateway:N2} ms through the gateway, {idleLangsung:N2} ms straight to the service");

var melaluiGateway = await JalankanAsync("through the gateway", new Skenario(new Uri(system.GatewayUrl), keGateway, new Pencatat(), Wilayah, Tahun),
    jumlahGuru, seed: 2026, daftarkanSekolah: pemanasan == 0, profil);
var cpuTahun = profil.Selisih();
await profil.TulisTransaksiAsync(melaluiGateway.PerintahTahun);
await profil.TulisStatementsAsync(melaluiGateway.PerintahTahun);

var keLayanan = await JalankanAsync("straight to the services", new Skenario(new Uri("http://langsung"), langsung, new Pencatat(), Wilayah, Tahun),
    jumlahLangsung, seed: 2027, daftarkanSekolah: false, profil: null);

Console.WriteLine("\n== pgbench simple-update on the same PostgreSQL");
var (tps, pgPerTransaksi) = await PgbenchAsync(system.PostgresConnection, new Profil(system.PostgresConnection, statements: false));

Laporan.Tulis(melaluiGateway, keLayanan, tps, predikat, jumlahGuru, sekolah, paralel, (idleGateway, idleLangsung));
Profil.TulisCpu(cpuTahun, melaluiGateway.PerintahTahun, pgPerTransaksi);
Laporan.TulisSasaran(melaluiGateway, tps, (idleGateway, idleLangsung), cpuTahun.GetValueOrDefault("PostgreSQL") * 1000 / melaluiGateway.PerintahTahun, pgPerTransaksi);
await BerhentiAsync();
return melaluiGateway.Catat.Galat.Count + keLayanan.Catat.Galat.Count == 0 ? 0 : 1;

async Task<Putaran> JalankanAsync(string nama, Skenario skenario, int jumlah, int seed, bool daftarkanSekolah, Profil? profil)
{
    Console.WriteLine($"\n== {jumlah} teachers {nama}");
    var catat = skenario.Catat;
    var semua = Stopwatch.StartNew();
    if (daftarkanSekolah)
    {
        await skenario.SekolahAsync(sekolah);
    }

    var orang = await skenario.ImporAsync(jumlah, perSekolah, seed);
    var nips = orang.Select(o => o.Nip).ToArray();
    foreach (var service in new[] { "perencanaan", "penilaian" })
    {
        await SistemBerjalan.WaitUntilAsync(async () => await HitungAsync(system.ConnectionStringOf(service), "select count(*) from mt_doc_pegawailokal where id = any($1)", nips) == jumlah,
            $"{service} knows all {jumlah} teachers", TimeSpan.FromMinutes(5));
    }

    var data = semua.Elapsed;
    Console.WriteLine($"   data: schools, principals and three imports, ready in every service after {data.TotalSeconds:N1} s");

    var regionalAwal = Volatile.Read(ref diterimaRegional);
    var latensiAwal = keRegional.Count;
    var perintahAwal = catat.Perintah;
    var selesai = 0;
    if (profil is not null)
    {
        await profil.MulaiAsync();
    }

    var tahun = Stopwatch.StartNew();
    using var kemajuan = new Timer(_ => Console.WriteLine(
        $"   {tahun.Elapsed.TotalSeconds,6:N0} s: {Volatile.Read(ref selesai),5} of {jumlah} teachers done, {catat.Perintah - perintahAwal,7:N0} commands, {(catat.Perintah - perintahAwal) / tahun.Elapsed.TotalSeconds,6:N0}/s, errors {catat.Galat.Count}"),
        null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
    await Parallel.ForEachAsync(orang.Select((o, i) => (o, i)), new ParallelOptions { MaxDegreeOfParallelism = paralel }, async (x, _) =>
    {
        try
        {
            await skenario.TahunAsync(x.o, x.i, perSekolah);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or HttpRequestException)
        {
            // counted by the recorder; the rest of the district goes on
        }

        Interlocked.Increment(ref selesai);
    });
    tahun.Stop();
    var perintahTahun = catat.Perintah - perintahAwal;
    await SistemBerjalan.WaitUntilAsync(() => Task.FromResult(Volatile.Read(ref diterimaRegional) - regionalAwal >= jumlah - catat.Galat.Count),
        "every finalised predikat at the regional subscriber", TimeSpan.FromMinutes(5));
    semua.Stop();
    Console.WriteLine($"   year: {perintahTahun:N0} commands in {tahun.Elapsed.TotalSeconds:N1} s; whole district {semua.Elapsed.TotalSeconds:N1} s; errors {catat.Galat.Count}");
    foreach (var galat in catat.Galat.Take(10))
    {
        Console.WriteLine($"   error: {galat}");
    }

    return new Putaran(catat, perintahTahun, tahun.Elapsed, semua.Elapsed, data, keRegional.Skip(latensiAwal).ToArray());
}

static async Task<(double Gateway, double Langsung)> SatuPerSatuAsync(Skenario gateway, Skenario langsung)
{
    // the catalog: a read every frontend makes, the same work in the service either way; 40 per second stays inside the
    // per-user limit, so no 429 waits are measured. Both paths are warmed first (the JIT's tiers settle in the first few
    // hundred calls) and then taken in turn, so that a slower or faster moment of the machine falls on both alike.
    using var viaGateway = gateway.Klien("196501011990031001", "guru", "20000000");
    using var viaLangsung = langsung.Klien("196501011990031001", "guru", "20000000");
    var waktu = (Gateway: new List<double>(), Langsung: new List<double>());
    for (var i = 0; i < 500; i++)
    {
        foreach (var (klien, ke) in new[] { (viaGateway, waktu.Gateway), (viaLangsung, waktu.Langsung) })
        {
            var watch = Stopwatch.StartNew();
            using var response = await klien.GetAsync("/api/perencanaan/katalog");
            watch.Stop();
            response.EnsureSuccessStatusCode();
            if (i >= 200)
            {
                ke.Add(watch.Elapsed.TotalMilliseconds);
            }

            await Task.Delay(25);
        }
    }

    return (Pencatat.Persentil(waktu.Gateway, 50), Pencatat.Persentil(waktu.Langsung, 50));
}

static async Task<long> HitungAsync(string cs, string sql, object parameter)
{
    await using var connection = new NpgsqlConnection(cs);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new NpgsqlParameter { Value = parameter } } };
    return (long)(await command.ExecuteScalarAsync())!;
}

static async Task<(double Tps, double PostgresMsPerTransaksi)> PgbenchAsync(string connectionString, Profil profil)
{
    var b = new NpgsqlConnectionStringBuilder(connectionString);
    var bin = Path.Combine(ServerBinaries.Find(needRabbitMq: false)!.PostgresBin, "pgbench");
    await using (var connection = new NpgsqlConnection(connectionString))
    {
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand("create database pgbench_anchor", connection);
        await create.ExecuteNonQueryAsync();
    }

    string[] sambung = ["-h", b.Host!, "-p", b.Port.ToString(CultureInfo.InvariantCulture), "-U", b.Username!];
    // the private PostgreSQL has a password: without it pgbench waits for one on a terminal that is not there
    var sandi = new Dictionary<string, string> { ["PGPASSWORD"] = b.Password ?? "" };
    await Proses.RunAsync(bin, [.. sambung, "-i", "-q", "-s", "10", "pgbench_anchor"], sandi, timeout: TimeSpan.FromMinutes(5));
    await profil.MulaiAsync();
    var keluaran = await Proses.RunAsync(bin, [.. sambung, "-b", "simple-update", "-c", "8", "-j", "2", "-T", "20", "pgbench_anchor"], sandi,
        timeout: TimeSpan.FromMinutes(2));
    // pgbench's backends have exited: the postmaster counts their CPU once it has reaped them
    await Task.Delay(TimeSpan.FromSeconds(2));
    var cpuPostgres = profil.Selisih().GetValueOrDefault("PostgreSQL");
    var tps = Regex.Match(keluaran, @"tps = ([0-9.]+)");
    var transaksi = double.Parse(Regex.Match(keluaran, @"actually processed: ([0-9]+)").Groups[1].Value, CultureInfo.InvariantCulture);
    Console.WriteLine($"   {keluaran.Split('\n').FirstOrDefault(l => l.StartsWith("tps", StringComparison.Ordinal))}; PostgreSQL CPU {cpuPostgres * 1000 / transaksi:N2} ms per transaction");
    return (double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture), cpuPostgres * 1000 / transaksi);
}

// The system as the AppHost's launcher starts it, against servers of its own; with an OTLP endpoint every process sends
// its traces, logs and metrics there, as under the AppHost.
async Task<BrokerSubscriber> MulaiAsync(string? otlp, double rasio = 1)
{
    var folder = Path.Combine(Path.GetTempPath(), "kinerja-distrik", Guid.NewGuid().ToString("n")[..8]);
    var env = new Dictionary<string, string>
    {
        ["Periode__Perencanaan__Mulai"] = "01-01",
        ["Periode__Perencanaan__Selesai"] = "12-31",
        // the year measured is the teachers': their principals' own plans (rated outside the system) are not part of
        // it, so the cascade is relaxed as in a first year of use; the rule itself costs one indexed query per submit
        ["Perencanaan__KaskadeRhk__Wajib"] = "false",
        // what an operator runs in production: warnings and up
        ["Logging__LogLevel__Default"] = "Warning",
    };
    if (otlp is not null)
    {
        env["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
        env["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc";
        env["Telemetry__Sampling__Ratio"] = rasio.ToString(CultureInfo.InvariantCulture);
    }

    system = new KinerjaSystem(new KinerjaSystemOptions
    {
        RepoRoot = RepoRoot.Find(),
        DataFolder = folder,
        Configuration = RepoRoot.BuildConfiguration(),
        PostgresPort = Proses.FreePort(),
        RabbitMqPort = Proses.FreePort(),
        GatewayPort = Proses.FreePort(),
        FirstServicePort = Proses.FreePort(),
        Replicas = KinerjaSystemOptions.Services.ToDictionary(s => s, _ => replika),
        PostgresSettings = profilStatements ? Profil.Settings : [],
        Env = env,
    }, say: s => Console.WriteLine($"  {s}"));
    await system.StartAsync(CancellationToken.None);
    return await BrokerSubscriber.StartAsync(system.RabbitMqConnection, system.Options.Prefix, "PredikatKinerjaDitetapkan",
        queue: $"bkd-{Wilayah}", durable: true, setiapPesan: envelope =>
        {
            var m = envelope.GetProperty("message");
            predikat.AddOrUpdate(m.GetProperty("predikat").GetString()!, 1, (_, n) => n + 1);
            keRegional.Enqueue((DateTimeOffset.UtcNow - m.GetProperty("occurredAt").GetDateTimeOffset()).TotalMilliseconds);
            Interlocked.Increment(ref diterimaRegional);
        });
}

async Task BerhentiAsync()
{
    var folder = system.Options.DataFolder;
    await system.StopAsync();
    try
    {
        Directory.Delete(folder, true);
    }
    catch (IOException)
    {
    }
}

// --jejak (issue 23): the same year through the gateway on a system without tracing and on one sending every span to
// the Aspire dashboard, in turn, in one run: the telemetry's cost as commands/s lost
async Task<int> BandingkanJejakAsync()
{
    await using var dasbor = await DasborAspire.MulaiAsync();
    Console.WriteLine($"the Aspire dashboard receives OTLP at {dasbor.Otlp}");
    var laju = new List<(string Nama, double Laju, Putaran Putaran, double CpuDasbor, double CpuLayanan)>();
    foreach (var (nama, otlp, rasio) in new[]
    {
        ("tracing off", (string?)null, 1.0),
        ("tracing on, every trace kept", dasbor.Otlp, 1.0),
        ("tracing on, 1 trace in 10 kept (and errors)", dasbor.Otlp, 0.1),
    })
    {
        Console.WriteLine($"\n==== {nama}");
        await using (await MulaiAsync(otlp, rasio))
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256 };
            var skenario = new Skenario(new Uri(system.GatewayUrl), handler, new Pencatat(), Wilayah, Tahun);
            if (pemanasan > 0)
            {
                await JalankanAsync("to warm up (not measured)", skenario, pemanasan, seed: 2025, daftarkanSekolah: true, profil: null);
            }

            var cpu = dasbor.CpuDetik();
            var profilJejak = new Profil(system.PostgresConnection, statements: false);
            var putaran = await JalankanAsync($"through the gateway, {nama}", new Skenario(new Uri(system.GatewayUrl), handler, new Pencatat(), Wilayah, Tahun),
                jumlahGuru, seed: 2026, daftarkanSekolah: pemanasan == 0, profilJejak);
            // the CPU of our own .NET processes (the services, the gateway, Web): what tracing costs where the receiver is elsewhere
            var cpuLayanan = profilJejak.Selisih().Where(p => p.Key is not ("PostgreSQL" or "RabbitMQ" or "driver (this bench)")).Sum(p => p.Value);
            laju.Add((nama, putaran.PerintahTahun / putaran.Tahun.TotalSeconds, putaran, dasbor.CpuDetik() - cpu, cpuLayanan * 1000 / putaran.PerintahTahun));
            await BerhentiAsync();
        }
    }

    var spans = await dasbor.SpanAsync();
    Laporan.TulisJejak(laju, spans);
    return laju.Sum(l => l.Putaran.Catat.Galat.Count) == 0 && spans > 0 ? 0 : 1;
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
