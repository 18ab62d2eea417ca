namespace Kinerja.ServiceDefaults.Persistence;

using JasperFx;
using JasperFx.Events;
using Kinerja.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

/// <summary>
/// What the event store's exceptions mean to the caller: a stale <c>If-Match</c>, or a race lost by a request that sent
/// one, is 412 (RFC 9110: its precondition failed); a race lost without one is 409; nothing was stored either way. An
/// unreachable database is 503 with Retry-After, never a 500.
/// </summary>
public sealed class MasalahPenyimpanan(ILogger<MasalahPenyimpanan> logger) : IProblemMapper
{
    public ProblemDetails? Map(HttpContext httpContext, Exception exception)
    {
        switch (exception)
        {
            case DocumentAlreadyExistsException:
                return KinerjaExceptionHandler.Problem(StatusCodes.Status409Conflict, "Sudah ada",
                    "Data yang sama baru saja dibuat oleh permintaan lain; muat ulang lalu coba lagi.");
            case ConcurrencyException or EventStreamUnexpectedMaxEventIdException or VersiUsangException:
                var prasyarat = exception is VersiUsangException || httpContext.Request.Headers.IfMatch.Count > 0;
                return KinerjaExceptionHandler.Problem(prasyarat ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict, "Versi usang",
                    "Data telah diubah oleh orang lain sejak Anda membacanya (If-Match tidak cocok). Muat ulang lalu coba lagi; tidak ada yang disimpan.");
            case var _ when GangguanDatabase.Adalah(exception):
                logger.LogWarning(exception, "Database unreachable on {Method} {Path}: 503", httpContext.Request.Method, httpContext.Request.Path);
                httpContext.Response.Headers.RetryAfter = "5";
                // connections the server ended stay in the pool until used: drop them so the retry finds live ones
                httpContext.RequestServices.GetService<NpgsqlDataSource>()?.Clear();
                return KinerjaExceptionHandler.Problem(StatusCodes.Status503ServiceUnavailable, "Sedang tidak tersedia",
                    "Basis data layanan ini sedang tidak dapat dijangkau; tidak ada yang disimpan. Coba lagi sebentar lagi.");
            default:
                return null;
        }
    }
}
