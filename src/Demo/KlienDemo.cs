namespace Kinerja.Demo;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinerja.Klien;

/// <summary>
/// The public API as an operator, a principal and teachers use it: the demo data is loaded through it
/// (never written into a database), and the web tests bring a school into being with it too.
/// Tokens come from the gateway's Development-only <c>/api/dev/token</c>, unless a <see cref="SumberToken"/>
/// is given (a test's own identity provider).
/// </summary>
public sealed class KlienDemo(string gatewayUrl, KlienDemo.SumberToken? sumberToken = null)
{
    /// <summary>Gives a bearer token for a person with one role, as the system's authority would.</summary>
    public delegate Task<string> SumberToken(string nip, string peran, string? npsn, string? wilayah, CancellationToken ct);

    private readonly HttpClient _anonim = new() { BaseAddress = new Uri(gatewayUrl), Timeout = TimeSpan.FromSeconds(60) };

    public async Task<HttpClient> SebagaiAsync(string nip, string peran, string? npsn = null, string? wilayah = null, CancellationToken ct = default)
    {
        var token = await (sumberToken ?? TokenPengembanganAsync)(nip, peran, npsn, wilayah, ct);
        var client = new HttpClient { BaseAddress = _anonim.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> TokenPengembanganAsync(string nip, string peran, string? npsn, string? wilayah, CancellationToken ct)
    {
        using var response = await _anonim.PostAsJsonAsync("/api/dev/token", new { nip, roles = new[] { peran }, npsn, wilayah }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("token").GetString()!;
    }

    /// <summary>
    /// A school, its people imported from the three registries (all padan), its principal and the penilai-ks who rates
    /// them (<see cref="PenilaiKs"/>): the operator's part.
    /// </summary>
    public async Task SekolahAsync(string npsn, string nama, string wilayah, OrangDemo kepala, IReadOnlyList<OrangDemo> guru, CancellationToken ct)
    {
        using var op = await SebagaiAsync("199001012015011001", "operator-dinas", wilayah: wilayah, ct: ct);
        await KirimAsync(op, ApiDataPegawai.Sekolah(npsn, new SimpanSekolah(nama, wilayah)), ct);
        var (dapodik, siasn, dukcapil) = OrangDemo.Berkas(npsn, nama, wilayah, [kepala, .. guru]);
        foreach (var (sumber, isi) in new[] { ("dapodik", dapodik), ("siasn", siasn), ("dukcapil", dukcapil) })
        {
            using var diterima = await op.PostAsync($"/api/pegawai/impor/{sumber}", new StringContent(isi, Encoding.UTF8, "text/csv"), ct);
            if (diterima.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"Import {sumber}: {(int)diterima.StatusCode} {await diterima.Content.ReadAsStringAsync(ct)}");
            }

            var job = diterima.Headers.Location!;
            await WaitUntilAsync(async () => (await op.GetFromJsonAsync<JsonElement>(job, ct)).GetProperty("status").GetString() is "Selesai", $"import {sumber}", ct);
        }

        await KirimAsync(op, ApiDataPegawai.Kepala(npsn, new TugaskanKepala(kepala.Nip, false)), ct);
        await KirimAsync(op, ApiDataPegawai.Penilai(npsn, new TugaskanPenilai(PenilaiKs)), ct);
    }

    /// <summary>A teacher's plan, started once their data has reached Perencanaan (eventually: 409 until then).</summary>
    public async Task<string> SkpAsync(HttpClient guru, int tahun, CancellationToken ct)
    {
        string? lokasi = null;
        await WaitUntilAsync(async () =>
        {
            using var r = await guru.PostAsJsonAsync("/api/perencanaan/skp", new { tahun }, ct);
            lokasi = r.StatusCode == HttpStatusCode.Created ? r.Headers.Location!.ToString() : null;
            return lokasi is not null;
        }, "the teacher's data reaching Perencanaan", ct);
        return lokasi!;
    }

    /// <summary>Every part of a teacher's plan (<see cref="ContohSkp"/>); its RHK names the principal's RHK-KS-A in <paramref name="atasan"/>.</summary>
    public static Task IsiSkpAsync(HttpClient guru, string skp, Guid? atasan, CancellationToken ct) => IsiAsync(guru, skp, kepala: false, atasan, ct);

    /// <summary>The owner's plan filled (<see cref="ContohSkp"/>) and submitted.</summary>
    public static async Task AjukanAsync(HttpClient pemilik, string skp, bool kepala, Guid? atasan, CancellationToken ct)
    {
        await IsiAsync(pemilik, skp, kepala, atasan, ct);
        await KirimAsync(pemilik, ApiSkp.Ajukan(IdDari(skp)), ct);
    }

    /// <summary>
    /// The principal's own plan for the period, submitted and agreed by the school's penilai-ks (<see cref="PenilaiKs"/>):
    /// what the teachers' plans cascade from (their RHK name its RHK-KS-A). Its id.
    /// </summary>
    public async Task<Guid> RencanaKepalaDisepakatiAsync(HttpClient kepala, string wilayah, int tahun, CancellationToken ct)
    {
        var skp = await SkpAsync(kepala, tahun, ct);
        await AjukanAsync(kepala, skp, kepala: true, atasan: null, ct);
        using var penilai = await SebagaiAsync(PenilaiKs, "penilai-ks", wilayah: wilayah, ct: ct);
        // 404 until the school's assignment to the penilai-ks has reached Perencanaan
        await WaitUntilAsync(async () =>
        {
            using var r = await penilai.SendAsync(ApiKlien.Pesan(ApiSkp.Setujui(IdDari(skp))), ct);
            return r.StatusCode == HttpStatusCode.NotFound ? false : r.IsSuccessStatusCode ? true
                : throw new InvalidOperationException($"setujui: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync(ct)}");
        }, "the school's penilai-ks reaching Perencanaan", ct);
        return IdDari(skp);
    }

    private static async Task IsiAsync(HttpClient pemilik, string skp, bool kepala, Guid? atasan, CancellationToken ct)
    {
        foreach (var bagian in ContohSkp.Isi(IdDari(skp), kepala, atasan))
        {
            await KirimAsync(pemilik, bagian, ct);
        }
    }

    /// <summary>The id at the end of an object's path (<c>/api/perencanaan/skp/{id}</c>).</summary>
    public static Guid IdDari(string path) => Guid.Parse(path[(path.LastIndexOf('/') + 1)..]);

    /// <summary>Sends one of the API's requests (<see cref="Permintaan"/>) and insists that it succeeds.</summary>
    public static Task KirimAsync(HttpClient http, Permintaan permintaan, CancellationToken ct) =>
        BerhasilAsync(http.SendAsync(ApiKlien.Pesan(permintaan), ct));

    /// <summary>The demo's penilai-ks, assigned every school the demo and the tests set up, who agrees their principals' plans.</summary>
    public const string PenilaiKs = "197001012000011001";

    public static async Task BerhasilAsync(Task<HttpResponseMessage> kirim)
    {
        using var response = await kirim;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Waits on what arrives by message (eventually), polling, for at most two minutes.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> syarat, string apa, CancellationToken ct)
    {
        var batas = DateTime.UtcNow.AddMinutes(2);
        while (!await syarat())
        {
            if (DateTime.UtcNow > batas)
            {
                throw new TimeoutException($"Timed out waiting for {apa}.");
            }

            await Task.Delay(200, ct);
        }
    }
}
