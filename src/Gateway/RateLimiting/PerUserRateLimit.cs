namespace Kinerja.Gateway.RateLimiting;

using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;

public sealed class RateLimitOptions
{
    /// <summary>Requests a user may make per second, sustained.</summary>
    public int PerSecond { get; set; } = 50;

    /// <summary>Requests a user may make at once above the sustained rate.</summary>
    public int Burst { get; set; } = 100;
}

/// <summary>
/// A token bucket per user (the token's NIP; per address when anonymous), so one busy client cannot
/// starve a school's deadline day. Refusals are 429 problems with <c>Retry-After</c>.
/// </summary>
public static class PerUserRateLimit
{
    public const string Policy = "per-pengguna";

    public static IServiceCollection AddPerUserRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimit").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.User.FindFirst("sub")?.Value ?? $"ip:{context.Connection.RemoteIpAddress}",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.Burst,
                    TokensPerPeriod = options.PerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = async (context, ct) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 1;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Terlalu banyak permintaan",
                        Detail = $"Batas {options.PerSecond} permintaan per detik terlampaui; coba lagi dalam {seconds} detik.",
                    },
                });
            };
        });
        return services;
    }
}
