namespace Microsoft.Extensions.Hosting;

using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Http;
using Kinerja.ServiceDefaults.OpenApi;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

/// <summary>What every Kinerja process shares: telemetry, health, problem details, authentication, correlation.</summary>
public static class KinerjaServiceDefaults
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddKinerjaTelemetry();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        builder.Services.AddKinerjaProblemDetails();
        builder.AddKinerjaAuthentication();
        builder.Services.AddHttpContextAccessor();
        // the clock is a service so tests can move it (planning and adjustment windows)
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddKinerjaOpenApi();
        builder.Services.AddKinerjaCors(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Correlation, problem details, authentication, <c>/alive</c>, <c>/health</c>, <c>/metrics</c> (loopback only) and <c>/openapi/v1.json</c>.
    /// Health endpoints exist in every environment because operators and the AppHost poll them;
    /// they answer only Healthy/Unhealthy, never which dependency failed, so nothing leaks anonymously.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // before authentication: Prometheus on this machine scrapes without a token (MetricsEndpoint answers loopback only)
        app.UseMetricsEndpoint();
        app.UseMiddleware<CorrelationMiddleware>();
        app.UseMiddleware<LogPermintaan>();
        app.UseTanpaSimpanApi();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health").AllowAnonymous().DisableHttpMetrics();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") })
            .AllowAnonymous().DisableHttpMetrics();
        app.MapOpenApi().AllowAnonymous();
        foreach (var endpoints in app.Services.GetServices<IDefaultEndpoints>())
        {
            endpoints.Map(app);
        }

        return app;
    }
}

/// <summary>Endpoints a part of the process adds beside the defaults (a service with a broker: its error-queue admin).</summary>
public interface IDefaultEndpoints
{
    void Map(IEndpointRouteBuilder app);
}
