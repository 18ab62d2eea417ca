namespace Kinerja.ServiceDefaults.Persistence;

using Microsoft.Extensions.Configuration;

/// <summary>Who holds a lease (an import job's, the reminder job's): one name per holder, never shared with another.</summary>
public static class PemilikSewa
{
    /// <summary>This instance: its name from the AppHost, the process, and a suffix for two hosts in one process (tests).</summary>
    public static string Baru(IConfiguration configuration) =>
        $"{configuration["Instance:Name"] ?? Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("n")[..8]}";
}
