namespace Kinerja.Web.Tests;

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kinerja.Demo;
using Kinerja.Klien;
using Kinerja.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>The system with its adjustment window open (as in July): <c>Periode__Penyesuaian</c> all year, beside the demo's planning window.</summary>
public sealed class SistemPenyesuaian(Infrastructure infra) : SistemWeb(infra)
{
    protected override IDictionary<string, string> Env => new Dictionary<string, string>(DataDemo.EnvLayanan)
    {
        ["Periode__Penyesuaian__Mulai"] = "01-01",
        ["Periode__Penyesuaian__Selesai"] = "12-31",
    };
}

/// <summary>
/// Issue 25, item 7: a principal adjusts a submitted plan's fields before agreeing it, and in the adjustment window the
/// agreed plan has its button to be reopened (until now <c>buka-penyesuaian</c> was in the API only), on a phone and a desktop.
/// </summary>
public sealed class PenyesuaianTests(SistemPenyesuaian sistem) : IClassFixture<SistemPenyesuaian>
{
    [Theory]
    [InlineData(360, 740, "ponsel")]
    [InlineData(1280, 800, "desktop")]
    public async Task the_principal_adjusts_a_submitted_plan_agrees_it_and_the_teacher_reopens_it_in_the_adjustment_window(int lebar, int tinggi, string layar)
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var guru = sekolah.Guru[0];
        using (var g = await sistem.Api.SebagaiAsync(guru.Nip, "guru", sekolah.Npsn))
        {
            await JalurApi.SkpDiajukanAsync(sistem.Api, g, kepala: false);
        }

        // the principal: the submitted plan's parts have their Ubah, as the API offers the rater
        var k = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(k, sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        await k.GetByRole(AriaRole.Link, new() { Name = $"Periksa SKP {guru.Nama}" }).ClickAsync();
        var rangkuman = k.Url;
        await k.GetByRole(AriaRole.Link, new() { Name = "Ubah Hasil kerja" }).ClickAsync();
        await k.GetByLabel("Target").First.FillAsync("95% peserta didik tuntas");
        await k.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        // the last part saved leads back to the plan's summary
        await k.WaitForURLAsync(rangkuman);
        await Expect(k.Locator("main")).ToContainTextAsync("95% peserta didik tuntas");
        await k.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await k.WaitForURLAsync(new Regex(@"\?berhasil=setujui$"));
        // agreed in the window: the rater may reopen it too
        await Expect(k.GetByRole(AriaRole.Button, new() { Name = "Buka untuk penyesuaian" })).ToBeVisibleAsync();
        await k.Context.CloseAsync();

        // the teacher: the agreed plan, its adjustment section and button; reopened, it is a draft to change and submit again
        var p = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(p, guru.Nip, "guru", sekolah.Npsn);
        await p.GotoAsync(rangkuman[rangkuman.IndexOf("/skp/", StringComparison.Ordinal)..]);
        await Expect(p.Locator("#status-skp")).ToHaveTextAsync("Disepakati");
        await Expect(p.Locator("#penyesuaian")).ToContainTextAsync("Masa penyesuaian sedang berlangsung");
        await Orang.PeriksaAsync(p, $"{layar}-skp-penyesuaian");
        await p.GetByRole(AriaRole.Button, new() { Name = "Buka untuk penyesuaian" }).ClickAsync();
        await p.WaitForURLAsync(new Regex(@"\?berhasil=buka-penyesuaian$"));
        await Expect(p.Locator("#konfirmasi")).ToContainTextAsync("dibuka untuk penyesuaian");
        await Expect(p.Locator("#status-skp")).ToHaveTextAsync("Draf");
        await Expect(p.GetByRole(AriaRole.Link, new() { Name = "Ubah Hasil kerja" })).ToBeVisibleAsync();
        await Expect(p.GetByRole(AriaRole.Button, new() { Name = "Buka untuk penyesuaian" })).ToHaveCountAsync(0);
        await p.Context.CloseAsync();
    }
}
