namespace Kinerja.Hosting.Aspire;

using System.Globalization;
using Kinerja.Hosting.Servers;
using Microsoft.Extensions.Configuration;

/// <summary>
/// <c>./kinerja region add|rotate|show|list|remove</c>: an admin's hand on the regions' lasting broker users
/// (<see cref="KredensialRegional"/>), in the data folder the AppHost uses. A running AppHost's broker is told at once
/// when it answers; otherwise the change is loaded at its next start. docs/integrasi.md is the region's side of it.
/// </summary>
public static class PerintahRegion
{
    public const string Penggunaan = """
        usage: ./kinerja region add <wilayah>                 make the region's broker user (once; prints it)
               ./kinerja region show <wilayah>                print the region's valid credentials again
               ./kinerja region rotate <wilayah> [--grace=7d]  a new user and password; the old ones work until the grace ends (d or h)
               ./kinerja region remove <wilayah>              the region's users end now
               ./kinerja region list                          the regions and their users, without passwords
        """;

    public static async Task<int> JalankanAsync(string[] args, IConfiguration config, TextWriter keluar, CancellationToken ct = default)
    {
        var dataFolder = Path.GetFullPath(config["DataFolder"] ?? Path.Combine(Lokal.RepoRoot.Find(), ".kinerja"));
        var simpanan = new KredensialRegional(Path.Combine(dataFolder, "regional"));
        var port = config.GetValue("RabbitMq:Port", 56729);
        var posisi = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        try
        {
            switch (posisi)
            {
                case ["list"]:
                    var semua = simpanan.Semua();
                    if (semua.Count == 0)
                    {
                        keluar.WriteLine($"No region has a broker user in {dataFolder} yet: ./kinerja region add <wilayah>");
                    }

                    foreach (var r in semua)
                    {
                        keluar.WriteLine($"{r.Wilayah}: {string.Join(", ", r.Kredensial.Select(Keterangan))}");
                    }

                    return 0;
                case ["add", var w]:
                    FolderPribadi.Buat(dataFolder, lintasanUntukPostgres: true);
                    var (regional, baru) = await simpanan.TambahAsync(w, ct);
                    keluar.WriteLine(baru ? $"Wilayah {w}: its broker user is made, kept across restarts." : $"Wilayah {w} has its user already; unchanged:");
                    Cetak(keluar, regional, port);
                    break;
                case ["show", var w]:
                    if (simpanan.Baca(w) is not { Kredensial.Count: > 0 } ada)
                    {
                        keluar.WriteLine($"Wilayah {w} has no broker user: ./kinerja region add {w}");
                        return 1;
                    }

                    Cetak(keluar, ada, port);
                    return 0;
                case ["rotate", var w]:
                    var putar = await simpanan.PutarAsync(w, Tenggang(args), ct);
                    keluar.WriteLine($"Wilayah {w}: a new user and password. Give them to the region; the old ones work until their grace ends.");
                    Cetak(keluar, putar, port);
                    break;
                case ["remove", var w]:
                    keluar.WriteLine(simpanan.Hapus(w) ? $"Wilayah {w}: its broker users end." : $"Wilayah {w} had no broker user.");
                    break;
                default:
                    keluar.WriteLine(Penggunaan);
                    return 2;
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException)
        {
            keluar.WriteLine(ex.Message);
            return 1;
        }

        keluar.WriteLine(await KeBrokerAsync(dataFolder, simpanan, ct));
        return 0;
    }

    /// <summary>The running AppHost's broker told now, if one answers; it loads the data folder at its next start anyway.</summary>
    private static async Task<string> KeBrokerAsync(string dataFolder, KredensialRegional simpanan, CancellationToken ct)
    {
        using var http = await LocalRabbitMq.KlienDariCatatanAsync(Path.Combine(dataFolder, "rabbitmq"), ct);
        if (http is null)
        {
            return "The AppHost's broker loads it at its next start.";
        }

        try
        {
            var (ada, dihapus) = await SelarasRegional.SelaraskanAsync(http, "", simpanan, ct);
            return $"The running broker has it now ({ada.Count} regional users{(dihapus.Count > 0 ? $"; ended: {string.Join(", ", dihapus)}" : "")}).";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return "The AppHost's broker does not answer now: it loads it at its next start.";
        }
    }

    private static void Cetak(TextWriter keluar, Regional regional, int port)
    {
        var k = regional.Aktif;
        keluar.WriteLine($"  user:        {k.Pengguna}");
        keluar.WriteLine($"  password:    {k.Sandi}");
        keluar.WriteLine($"  AMQP:        amqp://{k.Pengguna}:{k.Sandi}@127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        keluar.WriteLine($"  exchange:    {PenggunaBroker.ExchangePredikat("")} (topic), routing key {regional.Wilayah}");
        keluar.WriteLine($"  your queues: regional-{regional.Wilayah}-<name>, quorum (docs/integrasi.md)");
        foreach (var lama in regional.Kredensial.Skip(1))
        {
            keluar.WriteLine($"  still valid: {Keterangan(lama)}");
        }
    }

    private static string Keterangan(KredensialBroker k) =>
        k.BerlakuSampai is { } s ? $"{k.Pengguna} until {s.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}" : k.Pengguna;

    /// <summary><c>--grace=7d</c> or <c>--grace=12h</c>; seven days when not given.</summary>
    private static TimeSpan Tenggang(string[] args)
    {
        if (args.FirstOrDefault(a => a.StartsWith("--grace=", StringComparison.Ordinal)) is not { } g)
        {
            return KredensialRegional.TenggangStandar;
        }

        var nilai = g["--grace=".Length..];
        return nilai switch
        {
            "0" => TimeSpan.Zero,
            [.. var n, 'd'] when int.TryParse(n, CultureInfo.InvariantCulture, out var hari) && hari >= 0 => TimeSpan.FromDays(hari),
            [.. var n, 'h'] when int.TryParse(n, CultureInfo.InvariantCulture, out var jam) && jam >= 0 => TimeSpan.FromHours(jam),
            _ => throw new FormatException($"--grace={nilai}: a number of days (7d) or hours (12h)."),
        };
    }
}
