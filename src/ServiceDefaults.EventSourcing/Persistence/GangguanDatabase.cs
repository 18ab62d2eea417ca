namespace Kinerja.ServiceDefaults.Persistence;

using System.Net.Sockets;
using Npgsql;

/// <summary>
/// "The database cannot be reached right now", as opposed to a refusal or a bug: a request meets it as a
/// 503 with Retry-After, a consumer waits it out (<see cref="Messaging.PemulihanPesan"/>).
/// </summary>
public static class GangguanDatabase
{
    /// <summary>SQLSTATE classes of an unavailable server: connection exceptions, too many connections, shutting down, a closed database.</summary>
    private static readonly string[] KelasSementara = ["08", "53", "57"];

    public static bool Adalah(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    // 55000: "database … is not currently accepting connections" (ALLOW_CONNECTIONS false)
                    return KelasSementara.Any(k => pg.SqlState.StartsWith(k, StringComparison.Ordinal)) || pg.SqlState == "55000";
                case NpgsqlException { IsTransient: true }:
                case NpgsqlException { InnerException: SocketException or IOException or TimeoutException }:
                case SocketException:
                    return true;
            }
        }

        return false;
    }
}
