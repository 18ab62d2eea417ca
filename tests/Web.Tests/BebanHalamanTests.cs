using Microsoft.Playwright;
using Xunit.Sdk;

namespace Kinerja.Web.Tests;

/// <summary>
/// The first-load budget of issue 11: a teacher's or principal's page, with everything it needs, at most
/// 150 KB transferred (compressed) and no WebSocket. Measured from what Chromium received, and reported.
/// </summary>
[Collection("web")]
public sealed class BebanHalamanTests(SistemWeb sistem, ITestOutputHelper output)
{
    private const long Anggaran = 150 * 1024;

    [Fact]
    public async Task a_first_load_of_each_page_is_under_150_kb_and_opens_no_websocket()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var (_, id) = await sistem.SkpAsync(sekolah.Npsn, sekolah.Guru[0]);

        foreach (var (nip, peran, halaman) in new[]
                 {
                     (sekolah.Guru[0].Nip, "guru", new[] { "/", $"/skp/{id}/bagian/praktik-kinerja", $"/skp/{id}" }),
                     (sekolah.Kepala.Nip, "kepala-sekolah", new[] { "/", $"/skp/{id}" }),
                 })
        {
            foreach (var url in halaman)
            {
                // signed in, then the browser cache emptied: as on a phone opening the link for the first time
                var segar = await sistem.HalamanAsync(360, 740);
                await Orang.MasukAsync(segar, nip, peran, sekolah.Npsn);
                var cdp = await segar.Context.NewCDPSessionAsync(segar);
                await cdp.SendAsync("Network.clearBrowserCache");
                var diterima = new List<IRequest>();
                var websocket = 0;
                segar.RequestFinished += (_, r) => diterima.Add(r);
                segar.WebSocket += (_, _) => websocket++;
                await segar.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

                long total = 0;
                foreach (var r in diterima)
                {
                    var ukuran = await r.SizesAsync();
                    total += ukuran.ResponseBodySize + ukuran.ResponseHeadersSize;
                }

                output.WriteLine($"{peran} {url}: {diterima.Count} requests, {total / 1024.0:0.0} KB transferred, {websocket} WebSocket");
                Assert.True(total <= Anggaran, $"{peran} {url}: {total} bytes > {Anggaran}");
                Assert.Equal(0, websocket);
                await segar.Context.CloseAsync();
            }
        }
    }
}
