namespace Kinerja.ServiceDefaults.Persistence;

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

/// <summary>A real round trip to the service's database.</summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await QueryAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (GangguanDatabase.Adalah(ex))
        {
            // after an outage the pool still holds connections the server has ended: drop them and ask once more
            dataSource.Clear();
            try
            {
                await QueryAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception again) when (again is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy("PostgreSQL unreachable", again);
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL unreachable", ex);
        }
    }

    private async Task QueryAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("select 1");
        await command.ExecuteScalarAsync(ct);
    }
}
