namespace Kinerja.ServiceDefaults.Http;

using Kinerja.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;

/// <summary>The stream version as a strong ETag (<c>"7"</c>) and <c>If-Match</c> as the expected version.</summary>
public static class ETag
{
    public static void Set(HttpResponse response, long version) => response.Headers.ETag = $"\"{version}\"";

    /// <summary>The version the caller last saw, or null when they sent no <c>If-Match</c>.</summary>
    public static long? Expected(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.StartsWith("W/", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        trimmed = trimmed.Trim('"');
        return long.TryParse(trimmed, out var version) && version >= 0
            ? version
            : throw new ValidasiException("If-Match", "If-Match harus berisi ETag dari respons sebelumnya, misalnya \"3\".");
    }
}
