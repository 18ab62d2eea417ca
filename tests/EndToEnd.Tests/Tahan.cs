namespace Kinerja.EndToEnd.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>How a well-behaved frontend sends a command while part of the system is down.</summary>
public static class Tahan
{
    public static async Task<JsonElement> Ok(Task<HttpResponseMessage> call, HttpStatusCode harapan = HttpStatusCode.OK)
    {
        var response = await call;
        Assert.True(response.StatusCode == harapan,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// Sends until the service answers: while it is down the gateway says 502/503/504 (or nothing) and the command is
    /// sent again. An attempt that got no answer may still have committed, so a 409 after such an attempt
    /// means "already done"; what really happened is checked in the event store, not here.
    /// </summary>
    public static async Task KirimAsync(Func<Task<HttpResponseMessage>> kirim, TimeSpan? batas = null)
    {
        var deadline = DateTime.UtcNow + (batas ?? TimeSpan.FromSeconds(120));
        var tanpaJawaban = false;
        while (true)
        {
            HttpResponseMessage response;
            try
            {
                response = await kirim();
            }
            // refused, reset, or no answer within HttpClient's timeout: all the same to the sender
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                tanpaJawaban = true;
                await Task.Delay(200);
                continue;
            }

            if (response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
                && DateTime.UtcNow < deadline)
            {
                tanpaJawaban = true;
                await Task.Delay(200);
                continue;
            }

            if (response.IsSuccessStatusCode || (tanpaJawaban && response.StatusCode == HttpStatusCode.Conflict))
            {
                return;
            }

            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
