namespace Kinerja.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kinerja.Demo;
using Kinerja.Klien;
using Kinerja.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// Issue 30, item 4: a teacher made Plt of their school mid-year agrees a teacher's plan on a phone as a principal does,
/// and their own plan, still a teacher's, says it waits on the penilai kepala sekolah, who agrees it: no dead end.
/// </summary>
[Collection("web")]
public sealed class PltTests(SistemWeb sistem)
{
    [Fact]
    public async Task a_plt_agrees_a_teachers_plan_and_their_own_waits_on_the_schools_penilai_ks()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 2);
        var (plt, guru) = (sekolah.Guru[0], sekolah.Guru[1]);
        using (var op = await sistem.Api.SebagaiAsync("199001012015011001", "operator-dinas", wilayah: SistemWeb.Wilayah))
        {
            await KlienDemo.KirimAsync(op, ApiDataPegawai.Kepala(sekolah.Npsn, new TugaskanKepala(plt.Nip, Plt: true)), CancellationToken.None);
        }

        await SistemBerjalan.WaitUntilAsync(async () =>
            await sistem.QueryAsync<string>("perencanaan", "select data->>'nip' from mt_doc_kepalasekolahlokal where id = $1", sekolah.Npsn) == plt.Nip,
            "the Plt known to Perencanaan");
        using var pltApi = await sistem.Api.SebagaiAsync(plt.Nip, "kepala-sekolah", sekolah.Npsn);
        using var guruApi = await sistem.Api.SebagaiAsync(guru.Nip, "guru", sekolah.Npsn);
        var milikGuru = await JalurApi.SkpDiajukanAsync(sistem.Api, guruApi, kepala: false);
        var milikPlt = await JalurApi.SkpDiajukanAsync(sistem.Api, pltApi, kepala: false);

        var p = await sistem.HalamanAsync(360, 740);
        await Orang.MasukAsync(p, plt.Nip, "kepala-sekolah", sekolah.Npsn);
        // their own plan: a teacher's, waiting on the penilai kepala sekolah, not on themself
        await Expect(p.Locator("section[aria-labelledby=skp-saya]").GetByText("Menunggu penilai kepala sekolah")).ToBeVisibleAsync();
        await Orang.PeriksaAsync(p, "ponsel-plt-beranda");
        await p.GotoAsync($"/skp/{milikPlt[(milikPlt.LastIndexOf('/') + 1)..]}");
        await Expect(p.Locator("#menunggu-penilai")).ToContainTextAsync("penilai kepala sekolah");
        await Expect(p.GetByRole(AriaRole.Button, new() { Name = "Setujui" })).ToHaveCountAsync(0);

        // the teacher's plan, agreed by the Plt as by a principal
        await p.GotoAsync("/");
        await p.GetByRole(AriaRole.Link, new() { Name = $"Periksa SKP {guru.Nama}" }).ClickAsync();
        await p.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await p.WaitForURLAsync(new Regex(@"\?berhasil=setujui$"));
        await Expect(p.Locator("#konfirmasi")).ToContainTextAsync("sudah disepakati");
        await p.Context.CloseAsync();

        // the Plt's own plan reaches the penilai-ks the school is assigned, who agrees it
        using var penilai = await sistem.Api.SebagaiAsync(KlienDemo.PenilaiKs, "penilai-ks", wilayah: SistemWeb.Wilayah);
        await KlienDemo.WaitUntilAsync(async () =>
        {
            using var r = await penilai.SendAsync(ApiKlien.Pesan(ApiSkp.Setujui(KlienDemo.IdDari(milikPlt))));
            return r.StatusCode == HttpStatusCode.OK;
        }, "the penilai-ks agreeing the Plt's own plan", CancellationToken.None);
        Assert.Equal("Disepakati", (await pltApi.GetFromJsonAsync<System.Text.Json.JsonElement>(milikPlt)).GetProperty("status").GetString());
    }
}
