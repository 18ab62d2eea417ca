namespace Kinerja.Hosting.Aspire;

using global::Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// Keeps the AppHost's broker's regional users as the data folder says while it runs: a region added or rotated with
/// <c>./kinerja region</c> (which also tells the node itself when it can), and a rotation's old user once its grace
/// ends. It looks every 30 seconds and acts only when a region's file changed or a grace ended.
/// </summary>
public sealed class PenjagaRegional(RabbitMqLokalResource rabbit, ResourceNotificationService notifications, ILogger<PenjagaRegional> log)
    : BackgroundService
{
    private static readonly TimeSpan Selang = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await notifications.WaitForResourceHealthyAsync(rabbit.Name, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        // the resource's own start reconciled once
        var terakhir = Keadaan();
        var jatuhTempo = rabbit.Node.Regional?.BerakhirBerikutnya();
        using var timer = new PeriodicTimer(Selang);
        while (await Tunggu(timer, stoppingToken))
        {
            var kini = Keadaan();
            if (kini == terakhir && (jatuhTempo is null || jatuhTempo > DateTimeOffset.UtcNow))
            {
                continue;
            }

            try
            {
                var (ada, dihapus) = await rabbit.Node.SelaraskanRegionalAsync(stoppingToken);
                (terakhir, jatuhTempo) = (kini, rabbit.Node.Regional?.BerakhirBerikutnya());
                log.LogInformation("Regional broker users reconciled: {Ada} valid, {Dihapus} deleted ({Nama})", ada.Count, dihapus.Count, string.Join(", ", dihapus));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                // the node may be restarting: the next round tries again
                log.LogWarning("Regional broker users not reconciled yet: {Reason}", ex.Message);
            }
        }
    }

    private static async Task<bool> Tunggu(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The regions' files and when each was written: a change is something to reconcile.</summary>
    private string Keadaan()
    {
        var folder = rabbit.Node.Regional?.Folder;
        return folder is null || !Directory.Exists(folder)
            ? ""
            : string.Join(';', Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
                .Select(f => $"{Path.GetFileName(f)}@{File.GetLastWriteTimeUtc(f).Ticks}"));
    }
}
