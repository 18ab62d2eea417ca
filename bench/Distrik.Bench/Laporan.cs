namespace Kinerja.Bench.Distrik;

using System.Globalization;

/// <summary>One pass of the district: what was recorded, and how long the parts took.</summary>
public sealed record Putaran(Pencatat Catat, long PerintahTahun, TimeSpan Tahun, TimeSpan Semua, TimeSpan Data, double[] KeRegional);

/// <summary>The table for docs/benchmarks.md and the closing note: the gateway run against the direct run and pgbench.</summary>
public static class Laporan
{
    public static void Tulis(Putaran gateway, Putaran langsung, double pgbenchTps, IReadOnlyDictionary<string, int> predikat,
        int guru, int sekolah, int paralel, (double Gateway, double Langsung) satuPerSatu)
    {
        static string Ms(double v) => v.ToString("N1", CultureInfo.InvariantCulture);
        static double P(IEnumerable<double> v, double p) => Pencatat.Persentil(v, p);
        var lajuGateway = gateway.PerintahTahun / gateway.Tahun.TotalSeconds;
        var lajuLangsung = langsung.PerintahTahun / langsung.Tahun.TotalSeconds;
        var semuaGateway = gateway.Catat.Latensi.Values.SelectMany(v => v).ToArray();
        var semuaLangsung = langsung.Catat.Latensi.Values.SelectMany(v => v).ToArray();

        Console.WriteLine();
        Console.WriteLine($"{sekolah} schools, {guru:N0} teachers through the gateway ({paralel} at a time); the direct run is a share of as many teachers at the same concurrency.");
        Console.WriteLine();
        Console.WriteLine("| measure | through the gateway | straight to the services | gateway ÷ direct | goal |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine($"| commands in the year phase | {gateway.PerintahTahun:N0} in {gateway.Tahun.TotalSeconds:N1} s | {langsung.PerintahTahun:N0} in {langsung.Tahun.TotalSeconds:N1} s | | |");
        Console.WriteLine($"| **sustained commands/s** | **{lajuGateway:N0}** | {lajuLangsung:N0} | {lajuGateway / lajuLangsung:N2} | ≥ 500 through the gateway |");
        Console.WriteLine($"| one request at a time, unloaded: p50 ms | {Ms(satuPerSatu.Gateway)} | {Ms(satuPerSatu.Langsung)} | +{satuPerSatu.Gateway - satuPerSatu.Langsung:N2} ms | gateway ≤ +1 ms at p50 |");
        Console.WriteLine($"| all commands p50 / p95 / p99 ms | {Ms(P(semuaGateway, 50))} / {Ms(P(semuaGateway, 95))} / **{Ms(P(semuaGateway, 99))}** | {Ms(P(semuaLangsung, 50))} / {Ms(P(semuaLangsung, 95))} / {Ms(P(semuaLangsung, 99))} | p50 +{Ms(P(semuaGateway, 50) - P(semuaLangsung, 50))} ms | p99 < 100 ms |");
        foreach (var jenis in gateway.Catat.Latensi.Keys.Order(StringComparer.Ordinal))
        {
            var g = gateway.Catat.Latensi[jenis];
            var l = langsung.Catat.Latensi.TryGetValue(jenis, out var x) ? x.ToArray() : [];
            var rasio = l.Length > 0 ? $"{P(g, 50) / P(l, 50):N2} at p50" : "";
            Console.WriteLine($"| `{jenis}` ({g.Count:N0}) p50 / p95 / p99 ms | {Ms(P(g, 50))} / {Ms(P(g, 95))} / {Ms(P(g, 99))} | {(l.Length > 0 ? $"{Ms(P(l, 50))} / {Ms(P(l, 95))} / {Ms(P(l, 99))}" : "")} | {rasio} | |");
        }

        Console.WriteLine($"| finalisation → regional subscriber p50 / p95 / max ms | {Ms(P(gateway.KeRegional, 50))} / **{Ms(P(gateway.KeRegional, 95))}** / {Ms(gateway.KeRegional.DefaultIfEmpty().Max())} | {Ms(P(langsung.KeRegional, 50))} / {Ms(P(langsung.KeRegional, 95))} / {Ms(langsung.KeRegional.DefaultIfEmpty().Max())} | | p95 < 1 s |");
        Console.WriteLine($"| data: 3 imports (and, without a warm-up, schools and principals), ready everywhere | {gateway.Data.TotalSeconds:N1} s | {langsung.Data.TotalSeconds:N1} s | | |");
        Console.WriteLine($"| **whole district's year**, first command → last predikat at the region | **{gateway.Semua.TotalSeconds:N1} s** | {langsung.Semua.TotalSeconds:N1} s | | < 5 min for 2,000 teachers |");
        Console.WriteLine($"| errors | **{gateway.Catat.Galat.Count}** | {langsung.Catat.Galat.Count} | | 0 |");
        Console.WriteLine($"| reads while waiting for the next stage (GET, not counted as commands) | {gateway.Catat.Bacaan:N0} | {langsung.Catat.Bacaan:N0} | | |");
        Console.WriteLine($"| reads per command | {(double)gateway.Catat.Bacaan / gateway.PerintahTahun:N2} | {(double)langsung.Catat.Bacaan / langsung.PerintahTahun:N2} | | |");
        Console.WriteLine($"| 429 from the per-user limit (waited out, sent again) | {gateway.Catat.Dibatasi} | {langsung.Catat.Dibatasi} | | |");
        Console.WriteLine($"| pgbench simple-update, 8 clients, same PostgreSQL | {pgbenchTps:N0} TPS | | commands/s ÷ TPS = {lajuGateway / pgbenchTps:N2} | |");
        Console.WriteLine($"| predikat counted by the regional subscriber (every run, the warm-up too) | {string.Join(", ", predikat.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:N0}"))} | | | |");
    }

    /// <summary>
    /// Issue 23's goal: tracing on costs at most 10% of the commands/s of the same year without it. The dashboard that
    /// receives the spans runs on the same cores here, so its CPU over each run is given too.
    /// </summary>
    public static void TulisJejak(IReadOnlyList<(string Nama, double Laju, Putaran Putaran, double CpuDasbor, double CpuLayanan)> laju, int spans)
    {
        static double P(Putaran p, double q) => Pencatat.Persentil(p.Catat.Latensi.Values.SelectMany(v => v), q);
        Console.WriteLine();
        Console.WriteLine("| run | commands | sustained commands/s | ÷ tracing off | p50 / p99 ms | .NET processes' CPU ms per command | the dashboard's CPU | errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (nama, l, p, cpu, layanan) in laju)
        {
            var rasio = l / laju[0].Laju;
            Console.WriteLine($"| {nama} | {p.PerintahTahun:N0} in {p.Tahun.TotalSeconds:N1} s | {l:N0} | {rasio:N3} ({(1 - rasio) * 100:N1}% fewer) | {P(p, 50):N1} / {P(p, 99):N1} | {layanan:N2} (×{layanan / laju[0].CpuLayanan:N2}) | {cpu:N1} s | {p.Catat.Galat.Count} |");
        }

        Console.WriteLine("\ngoal: at most 10% fewer commands/s with tracing on (÷ tracing off ≥ 0.90)");
        Console.WriteLine($"spans the dashboard holds after the traced runs: {spans:N0}");
    }

    /// <summary>Issue 14's goals for commands, each as a ratio to a baseline taken in the same run.</summary>
    public static void TulisSasaran(Putaran gateway, double pgbenchTps, (double Gateway, double Langsung) satuPerSatu,
        double postgresMsPerPerintah, double postgresMsPerTransaksi)
    {
        static string Tercapai(bool ya) => ya ? "met" : "**missed**";
        var laju = gateway.PerintahTahun / gateway.Tahun.TotalSeconds;
        var p99 = Pencatat.Persentil(gateway.Catat.Latensi.Values.SelectMany(v => v), 99);
        var tambahan = satuPerSatu.Gateway - satuPerSatu.Langsung;
        var p95Regional = Pencatat.Persentil(gateway.KeRegional, 95);
        Console.WriteLine();
        Console.WriteLine("Issue 14's goals for commands (through the gateway, baselines from this run):");
        Console.WriteLine();
        Console.WriteLine("| measure | this run | baseline (same run) | ratio | goal | |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine($"| commands/s ÷ pgbench simple-update TPS | {laju:N0}/s | {pgbenchTps:N0} TPS | **{laju / pgbenchTps:N3}** | ≥ 0.25 | {Tercapai(laju / pgbenchTps >= 0.25)} |");
        Console.WriteLine($"| p99 of all commands, {gateway.Catat.Latensi.Values.Sum(v => v.Count):N0} of them | {p99:N1} ms | | {p99 / 100:N2}× the goal | < 100 ms | {Tercapai(p99 < 100)} |");
        Console.WriteLine($"| gateway's own overhead, unloaded, p50 | {satuPerSatu.Gateway:N2} ms | direct {satuPerSatu.Langsung:N2} ms | +{tambahan:N2} ms | ≤ +1 ms | {Tercapai(tambahan <= 1)} |");
        Console.WriteLine($"| finalisation → regional subscriber, p95 | {p95Regional:N0} ms | | {p95Regional / 1000:N2}× the goal | < 1 s | {Tercapai(p95Regional < 1000)} |");
        Console.WriteLine($"| PostgreSQL CPU per command ÷ per pgbench transaction | {postgresMsPerPerintah:N2} ms | {postgresMsPerTransaksi:N2} ms | {postgresMsPerPerintah / postgresMsPerTransaksi:N1}× | (explains the first row) | |");
    }
}
