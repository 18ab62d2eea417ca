namespace Kinerja.Testing;

using Kinerja.Klien;

/// <summary>The API's requests (<see cref="Permintaan"/>), as the tests send them.</summary>
public static class KlienUji
{
    /// <summary>Sends one request with the client's records; the answer comes back whatever its status, for the test to judge.</summary>
    public static Task<HttpResponseMessage> KirimAsync(this HttpClient http, Permintaan permintaan, string? etag = null) =>
        http.SendAsync(ApiKlien.Pesan(permintaan, etag));
}
