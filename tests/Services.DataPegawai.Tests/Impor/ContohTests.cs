namespace Kinerja.DataPegawai.Tests.Impor;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Hosting.Lokal;
using Kinerja.Klien;
using Kinerja.Testing;

/// <summary>The sample files docs/api.md's walk-through imports do what docs/contoh/README.md says.</summary>
public sealed class ContohTests(DataPegawaiApi api) : IClassFixture<DataPegawaiApi>
{
    [Fact]
    public async Task the_readme_samples_make_two_teachers_padan_and_leave_one_name_disparitas()
    {
        var data = new DataUji(api, "3273", seed: 61);
        Assert.Equal(HttpStatusCode.Created, (await api.SimpanSekolahAsync(data.Token, "20219999", new SimpanSekolah("SD Negeri 1 Bandung", "3273"))).StatusCode);
        var contoh = Path.Combine(RepoRoot.Find(), "docs", "contoh");
        foreach (var sumber in new[] { "dapodik", "siasn", "dukcapil" })
        {
            var job = await data.ImporAsync(sumber, await File.ReadAllTextAsync(Path.Combine(contoh, $"{sumber}.csv")));
            Assert.Equal(0, job.GetProperty("jumlahDitolak").GetInt64());
        }

        var ringkasan = await api.ClientWith(data.Token).GetFromJsonAsync<JsonElement>("/api/pegawai/ringkasan");
        Assert.Equal(2, ringkasan.GetProperty("padan").GetInt64());
        Assert.Equal(1, ringkasan.GetProperty("belumPadan").GetInt64());
        Assert.Equal("Padan", (await data.PegawaiAsync("198503152010012001")).GetProperty("statusPadan").GetString());
        var dewi = await data.PegawaiAsync("199011022015032003");
        var disparitas = Assert.Single(dewi.GetProperty("disparitas").EnumerateArray());
        Assert.Equal("nama-dapodik-dukcapil", disparitas.GetProperty("kode").GetString());
    }
}
