namespace Kinerja.Hosting.Servers;

/// <summary>Finds PostgreSQL and RabbitMQ as Debian installs them; says what to install when they are not there.</summary>
public sealed record ServerBinaries(string PostgresBin, string RabbitMqBin)
{
    public const string InstallHint =
        "Kinerja needs PostgreSQL and RabbitMQ server binaries. Install them with:\n" +
        "    sudo apt-get install -y postgresql rabbitmq-server\n" +
        "(or point ConnectionStrings__postgres and ConnectionStrings__rabbitmq at servers you already run).";

    public static ServerBinaries? Find(bool needPostgres = true, bool needRabbitMq = true)
    {
        var postgres = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "pg_ctl")) && File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        var rabbit = File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server") ? "/usr/lib/rabbitmq/bin" : null;
        if ((needPostgres && postgres is null) || (needRabbitMq && rabbit is null))
        {
            return null;
        }

        return new ServerBinaries(postgres ?? "", rabbit ?? "");
    }
}

public sealed class MissingServerException() : Exception(ServerBinaries.InstallHint);
