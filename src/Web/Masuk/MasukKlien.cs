namespace Kinerja.Web.Masuk;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Klien;

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

    /// <summary>
    /// The person's name and school as DataPegawai knows them, asked with their new token, for every page's header: a
    /// token names a person by id only. Either is null when it is not known (an operator is not a school's pegawai) or
    /// cannot be asked now; signing in goes on without it.
    /// </summary>
    public async Task<(string? Nama, string? Sekolah)> ProfilAsync(string token, string pegawaiId, string? npsn, CancellationToken ct)
    {
        var pegawai = BacaAsync<Pegawai>($"/api/pegawai/{Uri.EscapeDataString(pegawaiId)}", token, ct);
        var sekolah = npsn is null ? Task.FromResult<Sekolah?>(null) : BacaAsync<Sekolah>($"/api/sekolah/{Uri.EscapeDataString(npsn)}", token, ct);
        return ((await pegawai)?.Nama, (await sekolah)?.Nama);
    }

    private async Task<T?> BacaAsync<T>(string path, string token, CancellationToken ct) where T : class
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, ct);
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<T>(ApiKlien.Json, ct) : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static string? Kosong(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
