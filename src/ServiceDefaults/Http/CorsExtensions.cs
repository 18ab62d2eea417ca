namespace Kinerja.ServiceDefaults.Http;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Web frontends on other origins, listed in <c>Cors:Origins</c>; none by default.</summary>
public static class CorsExtensions
{
    public static IServiceCollection AddKinerjaCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        return services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Length > 0)
            {
                policy.WithOrigins(origins)
                    .AllowAnyHeader()
                    .AllowAnyMethod()
                    .WithExposedHeaders("ETag", "Location", "Retry-After", CorrelationMiddleware.Header);
            }
        }));
    }
}
