namespace Kinerja.Web.Masuk;

using System.Net.Http.Json;
using System.Text.Json;

/// <summary>The gateway's Development-only token endpoint (api.md), for the sign-in picker.</summary>
public sealed class MasukKlien(HttpClient http)
{
    public async Task<string> TokenAsync(string nip, string peran, string? npsn, string? wilayah, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync("/api/dev/token",
            new { nip, roles = new[] { peran }, npsn = Kosong(npsn), wilayah = Kosong(wilayah) }, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new Klien.ApiException(await Klien.Masalah.BacaAsync(response, ct));
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return body.GetProperty("token").GetString()!;
    }

    private static string? Kosong(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
