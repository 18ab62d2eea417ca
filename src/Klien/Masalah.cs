namespace Kinerja.Klien;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>An API's problem details (RFC 9457) as a page needs them: the status, what happened, and each field's messages.</summary>
public sealed record Masalah(int Status, string? Judul, string? Detail, IReadOnlyDictionary<string, string[]> Galat)
{
    /// <summary>Someone else changed the object since the form was read: its <c>If-Match</c> failed (412), or a race was lost (409).</summary>
    public bool Usang => Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict && Judul == "Versi usang";

    /// <summary>Messages for one field, matching the API's names case-insensitively (<c>rencana[0].target</c>).</summary>
    public IReadOnlyList<string> Untuk(string field) =>
        Galat.Where(kv => string.Equals(kv.Key, field, StringComparison.OrdinalIgnoreCase)).SelectMany(kv => kv.Value).ToList();

    public static async Task<Masalah> BacaAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        try
        {
            var json = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            var galat = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            if (json.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in errors.EnumerateObject())
                {
                    galat[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                        ? field.Value.EnumerateArray().Select(m => m.GetString() ?? "").ToArray()
                        : [field.Value.ToString()];
                }
            }

            return new Masalah(status, Teks(json, "title"), Teks(json, "detail"), galat);
        }
        catch (JsonException)
        {
            return new Masalah(status, response.ReasonPhrase, null, new Dictionary<string, string[]>());
        }
    }

    private static string? Teks(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>An API refusal a page did not expect (a 5xx, a 403): shown on the error page with the correlation id.</summary>
public sealed class ApiException(Masalah masalah) : Exception(masalah.Detail ?? masalah.Judul ?? $"HTTP {masalah.Status}")
{
    public Masalah Masalah { get; } = masalah;
}

/// <summary>The object does not exist or is not the caller's (the API's 404): the "tidak ditemukan" page.</summary>
public sealed class HalamanTidakDitemukanException() : Exception("Tidak ditemukan.");

/// <summary>The API no longer accepts the session's token: sign in again.</summary>
public sealed class SesiBerakhirException() : Exception("Sesi berakhir.");

/// <summary>The API refuses this role the page (its 403): the "tidak berwenang" page, not an error.</summary>
public sealed class TidakBerwenangException() : Exception("Tidak berwenang.");
