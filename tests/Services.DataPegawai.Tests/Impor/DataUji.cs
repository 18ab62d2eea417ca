namespace Kinerja.DataPegawai.Tests.Impor;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinerja.Klien;
using Kinerja.Testing;
using Kinerja.Testing.DataSintetis;

/// <summary>Generated source files, imported through the API as an operator would.</summary>
public sealed class DataUji(DataPegawaiApi api, string wilayah, int seed)
{
    public string Wilayah => wilayah;
    public string Token { get; } = Kinerja.Testing.Token.Operator(wilayah);

    public async Task DaftarkanSekolahAsync(int jumlah)
    {
        var client = api.ClientWith(Token);
        for (var i = 0; i <= jumlah; i++)
        {
            var npsn = GeneratorData.NpsnSekolah(i);
            var response = await client.KirimAsync(ApiDataPegawai.Sekolah(npsn, new SimpanSekolah($"SD {npsn}", wilayah)));
            Assert.True(response.IsSuccessStatusCode, $"school {npsn}: {response.StatusCode}");
        }
    }

    public (string Dapodik, string Siasn, string Dukcapil, List<OrangSintetis> Orang) Buat(int jumlah, double berubah = 0, Kasus? hanya = null)
    {
        var (d, s, c) = (new StringWriter(), new StringWriter(), new StringWriter());
        var orang = new GeneratorData(seed, wilayah).Tulis(jumlah, d, s, c, berubah, seedPerubahan: 7, hanyaKasus: hanya).ToList();
        return (d.ToString(), s.ToString(), c.ToString(), orang);
    }

    public async Task<HttpResponseMessage> UnggahAsync(string sumber, string isi, string contentType = "text/csv", string? token = null) =>
        await api.ClientWith(token ?? Token).PostAsync($"/api/pegawai/impor/{sumber}", new StringContent(isi, Encoding.UTF8, contentType));

    /// <summary>Uploads and waits for the job to finish; returns its final state.</summary>
    public async Task<JsonElement> ImporAsync(string sumber, string isi, string contentType = "text/csv")
    {
        var response = await UnggahAsync(sumber, isi, contentType);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var lokasi = response.Headers.Location!.ToString();
        var client = api.ClientWith(Token);
        JsonElement job = default;
        await SistemBerjalan.WaitUntilAsync(async () =>
        {
            job = await client.GetFromJsonAsync<JsonElement>(lokasi);
            return job.GetProperty("status").GetString() != "Berjalan";
        }, $"import {lokasi}", TimeSpan.FromSeconds(120));
        Assert.True(job.GetProperty("status").GetString() == "Selesai", job.ToString());
        return job;
    }

    /// <summary>The three files in the order given by <paramref name="urutan"/>; the last job.</summary>
    public async Task<JsonElement> ImporSemuaAsync(string dapodik, string siasn, string dukcapil, params string[] urutan)
    {
        var isi = new Dictionary<string, string> { ["dapodik"] = dapodik, ["siasn"] = siasn, ["dukcapil"] = dukcapil };
        JsonElement job = default;
        foreach (var sumber in urutan.Length > 0 ? urutan : ["dapodik", "siasn", "dukcapil"])
        {
            job = await ImporAsync(sumber, isi[sumber]);
        }

        return job;
    }

    public async Task<JsonElement> PegawaiAsync(string nip)
    {
        var response = await api.ClientWith(Token).GetAsync($"/api/pegawai/{nip}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
