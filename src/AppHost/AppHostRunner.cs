using Kinerja.AppHost.Servers;

namespace Kinerja.AppHost;

/// <summary>
/// Starts the system when the host starts and stops it when the host stops, which is how Ctrl+C and
/// SIGTERM reach the servers and services: nothing is left running.
/// </summary>
public sealed class AppHostRunner(KinerjaSystem system, IHostApplicationLifetime lifetime, IConfiguration configuration,
    AppHostRunner.Pilihan pilihan) : BackgroundService
{
    /// <param name="MuatDemo">Load the demo data through the API once everything is up (a new data folder, or <c>--demo</c>).</param>
    public sealed record Pilihan(bool MuatDemo);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await system.StartAsync(stoppingToken);
            if (pilihan.MuatDemo)
            {
                await Demo.DataDemo.MuatAsync(system.GatewayUrl, system.Options.DataFolder, Console.WriteLine, stoppingToken);
            }

            var koneksi = await TulisKoneksiAsync(stoppingToken);
            Print(koneksi);
        }
        catch (MissingServerException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Environment.ExitCode = 2;
            lifetime.StopApplication();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C while starting: StopAsync below tidies up
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"Kinerja could not start: {ex.Message}");
            if (pilihan.MuatDemo)
            {
                Console.Error.WriteLine($"The demo data was not loaded whole: delete {system.Options.DataFolder} and start again.");
            }

            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Console.WriteLine("stopping Kinerja…");
        await system.StopAsync();
        Console.WriteLine("stopped; nothing left running.");
    }

    /// <summary>
    /// Where the servers' credentials of this start are: the URIs with passwords (PostgreSQL's superuser,
    /// RabbitMQ's admin and each broker user), as shell assignments, readable by this user only.
    /// </summary>
    private async Task<string> TulisKoneksiAsync(CancellationToken ct)
    {
        var file = Path.Combine(system.Options.DataFolder, "koneksi.env");
        var baris = new List<string>
        {
            $"ConnectionStrings__postgres='{system.PostgresConnection}'",
            $"ConnectionStrings__rabbitmq='{system.RabbitMqConnection}'",
        };
        if (system.Prometheus is { } prometheus)
        {
            baris.Add($"# Prometheus asks for this start's password (user {LocalPrometheus.Pengguna})\nPROMETHEUS='http://{LocalPrometheus.Pengguna}:{prometheus.Sandi}@{new Uri(prometheus.Url).Authority}'");
        }

        baris.AddRange(system.PenggunaBroker.Select(u => $"# {u.Nama}\nRABBITMQ_{u.Nama.ToUpperInvariant().Replace('-', '_')}='{system.RabbitMqConnectionOf(u.Nama)}'"));
        await BerkasRahasia.TulisAsync(file, string.Join('\n', baris) + '\n', ct);
        return file;
    }

    private void Print(string koneksi)
    {
        var dashboard = configuration["Dashboard:Url"] ?? "";
        Console.WriteLine();
        Console.WriteLine("Kinerja is running.");
        Console.WriteLine($"  open in a browser {system.GatewayUrl}   (API under /api, docs: {system.GatewayUrl}/scalar)");
        Console.WriteLine($"  dashboard         {dashboard}");
        foreach (var r in system.Resources.Where(r => r.Name != "gateway"))
        {
            Console.WriteLine($"  {r.Name,-17} {r.Url}");
        }

        Console.WriteLine($"  data and logs     {system.Options.DataFolder}");
        Console.WriteLine($"  credentials       {koneksi} (URIs with this start's passwords: postgres, rabbitmq admin, each broker user)");
        Console.WriteLine("Press Ctrl+C to stop everything.");
    }
}
