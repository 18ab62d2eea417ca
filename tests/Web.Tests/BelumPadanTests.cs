namespace Kinerja.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinerja.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>A teacher whose data the registries disagree on is told which data differ and who fixes them: no dead end.</summary>
[Collection("web")]
public sealed class BelumPadanTests(SistemWeb sistem)
{
    [Theory]
    [InlineData(360, 740, "ponsel")]
    [InlineData(1280, 800, "desktop")]
    public async Task a_belum_padan_teacher_reads_which_data_differ_and_who_can_fix_them(int lebar, int tinggi, string layar)
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var guru = sekolah.Guru[0];
        // Dapodik sends the teacher again under another spelling of the name
        var (dapodik, _, _) = OrangDemo.Berkas(sekolah.Npsn, "SD Uji", SistemWeb.Wilayah, [guru]);
        using (var op = await sistem.Api.SebagaiAsync("199001012015011001", "operator-dinas", wilayah: SistemWeb.Wilayah))
        {
            var berkas = dapodik.Replace($",{guru.Nama},", $",{guru.Nama}h,", StringComparison.Ordinal);
            using var diterima = await op.PostAsync("/api/pegawai/impor/dapodik", new StringContent(berkas, Encoding.UTF8, "text/csv"));
            Assert.Equal(HttpStatusCode.Accepted, diterima.StatusCode);
            await KlienDemo.WaitUntilAsync(async () => (await op.GetFromJsonAsync<JsonElement>($"/api/pegawai/{guru.Nip}")).GetProperty("statusPadan").GetString() == "BelumPadan",
                "the disparity reaching the teacher's record", CancellationToken.None);
        }

        var g = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(g, guru.Nip, "guru", sekolah.Npsn);
        await Expect(g.Locator("#data-berbeda")).ToContainTextAsync("Nama");
        await Expect(g.GetByText("Yang memperbaikinya: operator dinas pendidikan di wilayah Anda", new() { Exact = false })).ToBeVisibleAsync();
        await Orang.PeriksaAsync(g, $"{layar}-guru-belum-padan");
        await g.Context.CloseAsync();
    }
}
