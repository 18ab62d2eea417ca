namespace Kinerja.ServiceDefaults.Http;

using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>
/// Accepts the caller's <c>X-Correlation-Id</c> or makes one, returns it, and puts it where the rest of
/// the request can see it: the request headers (so YARP forwards it), the trace, and the log scope.
/// </summary>
public sealed class CorrelationMiddleware(RequestDelegate next, ILogger<CorrelationMiddleware> logger)
{
    public const string Header = "X-Correlation-Id";

    /// <summary>The log scope every line of a request or of a message it caused carries.</summary>
    public const string ScopeFormat = "CorrelationId:{CorrelationId}";
    private const int MaxLength = 64;

    public async Task InvokeAsync(HttpContext context)
    {
        var id = context.Request.Headers[Header].ToString();
        // an id from outside is only echoed if it is harmless in logs and headers
        if (!IsAcceptable(id))
        {
            id = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("n");
        }

        context.Request.Headers[Header] = id;
        context.Items[Header] = id;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = id;
            return Task.CompletedTask;
        });
        Activity.Current?.SetTag("kinerja.correlation_id", id);

        // a template, not a dictionary: the console line then reads "CorrelationId:<id>", which the AppHost's log page
        // filters on, and OpenTelemetry still gets the attribute
        using (logger.BeginScope(ScopeFormat, id))
        {
            await next(context);
        }
    }

    public static string? Of(HttpContext? context) =>
        context?.Items.TryGetValue(Header, out var id) == true ? id as string : null;

    /// <summary>1–64 ASCII letters, digits and hyphens (a GUID, a W3C trace id): anything else is replaced, never echoed.</summary>
    private static bool IsAcceptable(string id) =>
        id.Length is > 0 and <= MaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
