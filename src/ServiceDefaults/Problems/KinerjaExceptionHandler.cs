namespace Kinerja.ServiceDefaults.Problems;

using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// Turns every exception into an RFC 9457 problem (api.md). Bad input is never a 500; a real 500 says
/// only that something failed and which trace to look up, except in Development.
/// </summary>
public sealed class KinerjaExceptionHandler(
    IProblemDetailsService problems,
    IHostEnvironment environment,
    IEnumerable<IProblemMapper> mappers,
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
            KonflikException k => Konflik(httpContext, k),
            TidakDitemukanException n => Problem(StatusCodes.Status404NotFound, "Tidak ditemukan", n.Message),
            TerlarangException t => Problem(StatusCodes.Status403Forbidden, "Tidak diizinkan", t.Message),
            _ => mappers.Select(m => m.Map(httpContext, exception)).FirstOrDefault(p => p is not null),
        };

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

    private static ProblemDetails Konflik(HttpContext http, KonflikException k)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "Konflik", k.Message);
        if (k.Lokasi is { } lokasi)
        {
            problem.Extensions["lokasi"] = lokasi;
            http.Response.Headers.Location = lokasi;
        }

        return problem;
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

    public static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}

/// <summary>
/// Turns the exceptions of a part a process adds (the event store, the broker) into a problem; the
/// handler asks every registered mapper after its own cases. Null: not this mapper's.
/// </summary>
public interface IProblemMapper
{
    ProblemDetails? Map(HttpContext httpContext, Exception exception);
}
