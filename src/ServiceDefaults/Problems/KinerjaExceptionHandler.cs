using System.Text.Json;
using JasperFx.Events;
using JasperFx;
using Kinerja.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kinerja.ServiceDefaults.Problems;

/// <summary>
/// Turns every exception into an RFC 9457 problem (api.md). Bad input is never a 500; a real 500 says
/// only that something failed and which trace to look up, except in Development.
/// </summary>
public sealed class KinerjaExceptionHandler(
    IProblemDetailsService problems,
    IHostEnvironment environment,
    ILogger<KinerjaExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidasiException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Isian tidak valid",
                Detail = v.Message,
            },
            BadHttpRequestException b => BadRequest(b),
            KonflikException k => Problem(StatusCodes.Status409Conflict, "Konflik", k.Message),
            TidakDitemukanException n => Problem(StatusCodes.Status404NotFound, "Tidak ditemukan", n.Message),
            TerlarangException t => Problem(StatusCodes.Status403Forbidden, "Tidak diizinkan", t.Message),
            DocumentAlreadyExistsException => Problem(StatusCodes.Status409Conflict, "Sudah ada",
                "Data yang sama baru saja dibuat oleh permintaan lain; muat ulang lalu coba lagi."),
            ConcurrencyException or EventStreamUnexpectedMaxEventIdException => Problem(
                StatusCodes.Status409Conflict,
                "Versi usang",
                "Data telah diubah oleh orang lain sejak Anda membacanya (If-Match tidak cocok). Muat ulang lalu coba lagi; tidak ada yang disimpan."),
            _ when GangguanDatabase.Adalah(exception) => Problem(StatusCodes.Status503ServiceUnavailable, "Sedang tidak tersedia",
                "Basis data layanan ini sedang tidak dapat dijangkau; tidak ada yang disimpan. Coba lagi sebentar lagi."),
            _ => null,
        };

        if (problem?.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "Database unreachable on {Method} {Path}: 503", httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.Headers.RetryAfter = "5";
            // connections the server ended stay in the pool until used: drop them so the retry finds live ones
            httpContext.RequestServices.GetService<Npgsql.NpgsqlDataSource>()?.Clear();
        }

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Kesalahan server",
                "Terjadi kesalahan yang tidak terduga. Sebutkan traceId kepada operator.");
            if (environment.IsDevelopment())
            {
                problem.Extensions["exception"] = exception.ToString();
            }
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        var status = exception.StatusCode is >= 400 and < 500 ? exception.StatusCode : StatusCodes.Status400BadRequest;
        if (exception.InnerException is JsonException { Path: { Length: > 2 } path } json)
        {
            // the reader's path ($.rencana[0].target) is the field; named in errors like any other validation failure
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [path[2..]] = [json.Message] })
            {
                Status = status,
                Title = "Isian tidak valid",
                Detail = $"{exception.Message} {json.Message}",
            };
        }

        var detail = exception.InnerException is JsonException malformed ? $"{exception.Message} {malformed.Message}" : exception.Message;
        return Problem(status, status == StatusCodes.Status413PayloadTooLarge ? "Isi permintaan terlalu besar" : "Permintaan tidak valid", detail);
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}
