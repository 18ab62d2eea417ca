namespace Kinerja.ServiceDefaults.Messaging;

using Kinerja.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;

/// <summary>
/// How a consumer meets failure. A database that cannot be reached is waited out on a schedule of minutes
/// (<c>Messaging:TungguDatabaseMenit</c>, 15 by default; RabbitMQ's 30-minute consumer timeout bounds it):
/// an outage of a minute used to send every message of that minute to <c>_error</c> after 5 quick retries,
/// where nothing consumed it again. Anything else (a refused local copy, a bug) gets the quick retries and
/// then <c>_error</c>, from where <see cref="AntreanGagal"/> moves it back.
/// </summary>
public static class PemulihanPesan
{
    public const string PengaturanMenit = "Messaging:TungguDatabaseMenit";

    public static void Atur(IConsumePipeConfigurator pipe, IConfiguration configuration)
    {
        var jadwal = Jadwal(TimeSpan.FromMinutes(configuration.GetValue(PengaturanMenit, 15.0)));
        pipe.UseMessageRetry(r =>
        {
            r.Handle<Exception>(GangguanDatabase.Adalah);
            r.Intervals(jadwal);
        });
        pipe.UseMessageRetry(r =>
        {
            r.Ignore<PesanDitolakException>();
            r.Ignore<Exception>(GangguanDatabase.Adalah);
            r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(400));
        });
    }

    /// <summary>1 s, 2 s, 4 s … capped at 30 s, until the waits add up to <paramref name="total"/>.</summary>
    public static TimeSpan[] Jadwal(TimeSpan total)
    {
        var jadwal = new List<TimeSpan>();
        var tunggu = TimeSpan.FromSeconds(1);
        for (var jumlah = TimeSpan.Zero; jumlah < total; jumlah += tunggu)
        {
            jadwal.Add(tunggu);
            tunggu = TimeSpan.FromTicks(Math.Min(tunggu.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
        }

        return [.. jadwal];
    }
}
