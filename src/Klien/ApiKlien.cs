namespace Kinerja.Klien;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>What a write returned: the new state and its ETag, or the problem to show in the form.</summary>
public sealed record Hasil<T>(T? Nilai, string? ETag, Masalah? Masalah)
{
    public bool Berhasil => Masalah is null;
}

/// <summary>A page of a list, as every list of the API answers.</summary>
public sealed record Halaman<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

/// <summary>A value and the ETag it was read at, which the form sends back as <c>If-Match</c>.</summary>
public sealed record Versi<T>(T Nilai, string? ETag);

/// <summary>
/// The calls every typed client shares. Reads: 404 becomes the "tidak ditemukan" page, 401 a new
/// sign-in, anything else unexpected the error page. Writes: 400, 409 and 412 come back to the form.
/// </summary>
public abstract class ApiKlien(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>For a response passed through as it is (a download), not read as JSON.</summary>
    protected HttpClient Http => http;

    protected async Task<Versi<T>> BacaAsync<T>(string path, CancellationToken ct)
    {
        using var response = await http.GetAsync(path, ct);
        await PastikanAsync(response, ct);
        var nilai = await response.Content.ReadFromJsonAsync<T>(Json, ct) ?? throw new InvalidOperationException($"{path} returned nothing.");
        return new Versi<T>(nilai, response.Headers.ETag?.Tag);
    }

    protected async Task<T> AmbilAsync<T>(string path, CancellationToken ct) => (await BacaAsync<T>(path, ct)).Nilai;

    /// <summary>Every page of a list (200 at a time), for a view that needs the whole of a school or a wilayah.</summary>
    protected async Task<IReadOnlyList<T>> SemuaHalamanAsync<T>(Func<int, string> halaman, CancellationToken ct)
    {
        var semua = new List<T>();
        for (var page = 1; ; page++)
        {
            var h = await AmbilAsync<Halaman<T>>(halaman(page), ct);
            semua.AddRange(h.Items);
            if (semua.Count >= h.Total || h.Items.Count == 0)
            {
                return semua;
            }
        }
    }

    /// <summary>A request as HTTP: its body as JSON, and the ETag it was read at as <c>If-Match</c>.</summary>
    public static HttpRequestMessage Pesan(Permintaan permintaan, string? etag = null)
    {
        var request = new HttpRequestMessage(permintaan.Method, permintaan.Path);
        if (permintaan.Isi is not null)
        {
            request.Content = JsonContent.Create(permintaan.Isi, permintaan.Isi.GetType(), options: Json);
        }

        if (!string.IsNullOrEmpty(etag))
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return request;
    }

    protected async Task<Hasil<T>> KirimAsync<T>(Permintaan permintaan, string? etag, CancellationToken ct)
    {
        using var request = Pesan(permintaan, etag);
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed or HttpStatusCode.Forbidden
            or HttpStatusCode.TooManyRequests)
        {
            return new Hasil<T>(default, null, await Masalah.BacaAsync(response, ct));
        }

        await PastikanAsync(response, ct);
        var nilai = response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<T>(Json, ct);
        return new Hasil<T>(nilai, response.Headers.ETag?.Tag, null);
    }

    private static async Task PastikanAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        throw response.StatusCode switch
        {
            HttpStatusCode.NotFound => new HalamanTidakDitemukanException(),
            HttpStatusCode.Unauthorized => new SesiBerakhirException(),
            HttpStatusCode.Forbidden => new TidakBerwenangException(),
            _ => new ApiException(await Masalah.BacaAsync(response, ct)),
        };
    }
}
