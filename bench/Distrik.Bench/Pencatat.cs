namespace Kinerja.Bench.Distrik;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

/// <summary>
/// Every command's latency by type, and every error. A 429 is waited out (Retry-After) and sent again, as
/// a frontend does, and counted apart; anything else that is not the expected answer is an error.
/// </summary>
public sealed class Pencatat
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latensi = new();
    private readonly ConcurrentQueue<string> _galat = new();
    private long _dibatasi;
    private long _bacaan;

    public IReadOnlyDictionary<string, ConcurrentBag<double>> Latensi => _latensi;
    public IReadOnlyCollection<string> Galat => _galat;
    public long Dibatasi => Interlocked.Read(ref _dibatasi);
    public long Perintah => _latensi.Values.Sum(b => (long)b.Count);

    /// <summary>GETs a frontend makes while it waits for the next stage to appear: load too, though not commands.</summary>
    public long Bacaan => Interlocked.Read(ref _bacaan);

    public void CatatBacaan() => Interlocked.Increment(ref _bacaan);

    public async Task<HttpResponseMessage> KirimAsync(string jenis, Func<Task<HttpResponseMessage>> kirim, HttpStatusCode harapan = HttpStatusCode.OK)
    {
        while (true)
        {
            var watch = Stopwatch.StartNew();
            HttpResponseMessage response;
            try
            {
                response = await kirim();
            }
            catch (HttpRequestException ex)
            {
                _galat.Enqueue($"{jenis}: {ex.Message}");
                throw;
            }

            watch.Stop();
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Interlocked.Increment(ref _dibatasi);
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }

            if (response.StatusCode != harapan)
            {
                var body = await response.Content.ReadAsStringAsync();
                _galat.Enqueue($"{jenis}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
                throw new InvalidOperationException($"{jenis}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
            }

            _latensi.GetOrAdd(jenis, _ => []).Add(watch.Elapsed.TotalMilliseconds);
            return response;
        }
    }

    public static double Persentil(IEnumerable<double> nilai, double p)
    {
        var urut = nilai.Order().ToArray();
        if (urut.Length == 0)
        {
            return double.NaN;
        }

        var i = (int)Math.Ceiling(p / 100 * urut.Length) - 1;
        return urut[Math.Clamp(i, 0, urut.Length - 1)];
    }
}

/// <summary>Sends <c>/api/...</c> straight to the service that owns the path, skipping the gateway.</summary>
public sealed class LangsungKeLayanan(IReadOnlyDictionary<string, string> layanan) : DelegatingHandler(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.PathAndQuery;
        var tujuan = path.Split('/')[2] switch
        {
            "sekolah" or "pegawai" => layanan["datapegawai"],
            var area => layanan[area],
        };
        request.RequestUri = new Uri(new Uri(tujuan), path);
        return base.SendAsync(request, cancellationToken);
    }
}
