namespace Kinerja.Web.Layanan;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kinerja.Klien;

public sealed record BarisDitolak(int Baris, string Alasan);

public sealed record ImporJob(Guid Id, string Sumber, string Status, long JumlahBaris, long Diproses, long Diterima, long TidakBerubah,
    long JumlahDitolak, IReadOnlyList<BarisDitolak> Ditolak, string Oleh, DateTimeOffset Mulai, DateTimeOffset? Selesai, string? Galat)
{
    public bool Berjalan => Status == "Berjalan";

    /// <summary>How far, 0–100; a finished job is 100 whatever its counts.</summary>
    public int Persen => Berjalan ? (JumlahBaris == 0 ? 0 : (int)Math.Min(99, Diproses * 100 / JumlahBaris)) : 100;
}

/// <summary>
/// Import jobs of the operator's wilayah. The upload is streamed from the browser's request to the gateway as it
/// arrives (<see cref="UnggahAsync"/>): a province's file is never held in Web's memory or on its disk.
/// </summary>
public sealed class ImporKlien(HttpClient http, IHttpClientFactory pabrik) : ApiKlien(http)
{
    /// <summary>The upload's own client: no retry (a stream cannot be sent twice) and no 30-second limit (a big file takes minutes).</summary>
    public const string Unggahan = "impor-unggah";

    private const string Dasar = "/api/pegawai/impor";

    public Task<Halaman<ImporJob>> DaftarAsync(int page, CancellationToken ct) =>
        AmbilAsync<Halaman<ImporJob>>(Kueri.Dari(Dasar, ("page", page), ("pageSize", 20)), ct);

    public Task<ImporJob> JobAsync(Guid id, CancellationToken ct) => AmbilAsync<ImporJob>($"{Dasar}/{id}", ct);

    /// <returns>The new job's id, or the API's problem (a bad file: 400; the wilayah's queue full: 429).</returns>
    public async Task<(Guid? Id, Masalah? Masalah)> UnggahAsync(string sumber, string contentType, Stream isi, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Dasar}/{Uri.EscapeDataString(sumber)}")
        {
            Content = new StreamContent(isi, 1 << 16) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } },
        };
        using var response = await pabrik.CreateClient(Unggahan).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            return response.StatusCode == System.Net.HttpStatusCode.Unauthorized ? throw new SesiBerakhirException() : (null, await Masalah.BacaAsync(response, ct));
        }

        var job = await response.Content.ReadFromJsonAsync<ImporJob>(Json, ct);
        return (job!.Id, null);
    }
}
