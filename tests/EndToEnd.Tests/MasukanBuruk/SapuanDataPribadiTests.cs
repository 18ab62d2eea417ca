namespace Kinerja.EndToEnd.Tests.MasukanBuruk;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kinerja.Testing;

/// <summary>
/// Issue 10's sweep: every GET route every service documents, through the gateway, as each role that must
/// not see others' personal data. No answer may carry a full NIK or a mother's name of anyone but the caller.
/// </summary>
public sealed class SapuanDataPribadiTests(SistemMasukanBuruk sistem) : IClassFixture<SistemMasukanBuruk>
{
    private static readonly Dictionary<string, (string Nik, string Ibu)> Orang = new()
    {
        [SistemMasukanBuruk.GuruA] = ("3273015707870002", "Aisyah"),
        [SistemMasukanBuruk.GuruB] = ("3273011808880003", "Kartini"),
        [SistemMasukanBuruk.GuruC] = ("3273014909890004", "Juariah"),
    };

    private async Task<IReadOnlyList<string>> RuteGetAsync()
    {
        var rute = new List<string>();
        foreach (var service in new[] { "datapegawai", "perencanaan", "observasi", "penilaian" })
        {
            var doc = await sistem.Gateway.GetFromJsonAsync<JsonElement>($"/openapi/{service}/v1.json");
            rute.AddRange(doc.GetProperty("paths").EnumerateObject().Where(p => p.Value.TryGetProperty("get", out _)).Select(p => p.Name));
        }

        return rute;
    }

    /// <summary>Each route with its path filled in every way the fixture's objects allow, and the usual filters.</summary>
    private IEnumerable<string> Isi(string rute)
    {
        var nilai = new Dictionary<string, string[]>
        {
            ["nip"] = [.. Orang.Keys, SistemMasukanBuruk.Kepala],
            ["id"] = [sistem.SkpA.ToString(), sistem.SkpB.ToString(), sistem.SkpC.ToString()],
            ["npsn"] = [sistem.Npsn],
            ["sumber"] = ["dapodik"],
        };
        IEnumerable<string> hasil = [rute];
        foreach (Match m in Regex.Matches(rute, @"\{(\w+)(:[^}]*)?\}"))
        {
            var isian = nilai.GetValueOrDefault(m.Groups[1].Value, ["x"]);
            hasil = hasil.SelectMany(r => isian.Select(v => r.Replace(m.Value, v, StringComparison.Ordinal)));
        }

        return hasil.SelectMany(r => new[]
        {
            r,
            $"{r}?tahun=2026&wilayah={SistemMasukanBuruk.Wilayah}&npsn={sistem.Npsn}&pageSize=200",
            $"{r}?tahun=2026&wilayah={SistemMasukanBuruk.Wilayah}&format=csv&pegawai={SistemMasukanBuruk.GuruA}",
        });
    }

    /// <summary>A GET that waits out the gateway's per-user limit, as a client honouring Retry-After does.</summary>
    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url)
    {
        for (var percobaan = 0; ; percobaan++)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || percobaan >= 20)
            {
                return response;
            }

            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public async Task no_get_route_gives_a_guru_principal_penilai_ks_or_another_regions_operator_someone_elses_nik_or_mothers_name()
    {
        var pemanggil = new (string Siapa, string? Nip, HttpClient Client)[]
        {
            ("guru A", SistemMasukanBuruk.GuruA, sistem.A),
            ("kepala sekolah", SistemMasukanBuruk.Kepala, sistem.KepalaSekolah),
            ("penilai-ks", null, await sistem.MasukAsync("196801012000011001", "penilai-ks", wilayah: SistemMasukanBuruk.Wilayah)),
            ("operator 3204", null, await sistem.MasukAsync("198001012005011099", "operator-dinas", wilayah: "3204")),
        };
        var rute = await RuteGetAsync();
        Assert.Contains("/api/pegawai/{nip}/riwayat", rute);
        Assert.True(rute.Count >= 15, $"only {rute.Count} GET routes documented");

        var diminta = 0;
        var berisi = 0;
        foreach (var url in rute.SelectMany(Isi).Distinct())
        {
            foreach (var (siapa, nip, client) in pemanggil)
            {
                var response = await GetAsync(client, url);
                var teks = await response.Content.ReadAsStringAsync();
                diminta++;
                berisi += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
                foreach (var (pemilik, (nik, ibu)) in Orang.Where(o => o.Key != nip))
                {
                    Assert.False(teks.Contains(nik, StringComparison.Ordinal), $"{siapa} got {pemilik}'s NIK from GET {url}: {teks[..Math.Min(400, teks.Length)]}");
                    Assert.False(teks.Contains(ibu, StringComparison.OrdinalIgnoreCase), $"{siapa} got {pemilik}'s mother's name from GET {url}");
                }
            }
        }

        // the sweep saw real data, not only refusals: the principal reads its teachers, guru A its own record
        Assert.True(berisi > 40, $"{berisi} of {diminta} answers were 200");
        var sendiri = await sistem.A.GetStringAsync($"/api/pegawai/{SistemMasukanBuruk.GuruA}");
        Assert.Contains(Orang[SistemMasukanBuruk.GuruA].Nik, sendiri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task every_service_refuses_a_scoped_role_whose_token_lacks_its_scope()
    {
        var tanpaWilayah = await sistem.MasukAsync("198001012005011098", "operator-dinas");
        var tanpaSekolah = await sistem.MasukAsync("197606162001121098", "kepala-sekolah");
        foreach (var url in new[]
                 {
                     "/api/pegawai?pageSize=10", "/api/perencanaan/skp?tahun=2026", "/api/observasi/siklus?tahun=2026",
                     "/api/penilaian?tahun=2026", $"/api/penilaian/distribusi?wilayah={SistemMasukanBuruk.Wilayah}&tahun=2026",
                 })
        {
            foreach (var client in new[] { tanpaWilayah, tanpaSekolah })
            {
                var response = await GetAsync(client, url);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {url}: {response.StatusCode}");
            }
        }
    }
}
