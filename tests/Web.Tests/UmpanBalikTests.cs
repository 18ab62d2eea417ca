namespace Kinerja.Web.Tests;

using System.Text.RegularExpressions;
using Kinerja.Demo;
using Kinerja.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>An action answers: a button says it is sending and cannot be pressed twice, and a second tap that got through is answered as done.</summary>
[Collection("web")]
public sealed class UmpanBalikTests(SistemWeb sistem)
{
    /// <summary>A teacher's plan filled through the API, ready for <i>Ajukan</i> in the browser; the page signed in as the teacher.</summary>
    private async Task<(IPage Halaman, string Id, (string Npsn, OrangDemo Kepala, IReadOnlyList<OrangDemo> Guru) Sekolah)> SiapDiajukanAsync(
        int lebar, int tinggi)
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var (skp, id) = await sistem.SkpAsync(sekolah.Npsn, sekolah.Guru[0]);
        using (var guru = await sistem.Api.SebagaiAsync(sekolah.Guru[0].Nip, "guru", sekolah.Npsn))
        {
            await KlienDemo.IsiSkpAsync(guru, skp, atasan: null, CancellationToken.None);
        }

        var page = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(page, sekolah.Guru[0].Nip, "guru", sekolah.Npsn);
        await page.GotoAsync($"/skp/{id}");
        return (page, id, sekolah);
    }

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task a_button_says_mengirim_and_sends_once_however_often_it_is_pressed(int lebar, int tinggi)
    {
        var (page, _, sekolah) = await SiapDiajukanAsync(lebar, tinggi);
        // the answer is held until the button has been looked at and pressed again
        var lepas = new TaskCompletionSource();
        var terkirim = 0;
        await page.RouteAsync(new Regex("/skp/"), async route =>
        {
            if (route.Request.Method == "POST")
            {
                Interlocked.Increment(ref terkirim);
                await lepas.Task;
            }

            await route.ContinueAsync();
        });

        await page.GetByRole(AriaRole.Button, new() { Name = "Ajukan" }).ClickAsync();
        var mengirim = page.GetByRole(AriaRole.Button, new() { Name = "Mengirim…" });
        await Expect(mengirim).ToBeDisabledAsync();
        await Orang.PeriksaAsync(page, $"{(lebar < 600 ? "ponsel" : "desktop")}-mengirim");
        // a second submission of the same form, as a double tap or Enter pressed twice makes it, goes nowhere
        await page.Locator("form:has(button:text('Mengirim…'))").EvaluateAsync("f => f.requestSubmit()");
        lepas.SetResult();

        await page.WaitForURLAsync(new Regex(@"\?berhasil=ajukan$"));
        await Expect(page.Locator("#konfirmasi")).ToContainTextAsync($"SKP Anda sudah diajukan. Kepala sekolah {sekolah.Kepala.Nama} akan memeriksanya");
        Assert.Equal(1, terkirim);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task a_second_tap_that_reaches_the_server_is_answered_as_done_not_as_someone_elses_change()
    {
        var (page, id, _) = await SiapDiajukanAsync(360, 740);
        // the same form twice, at the same version: as a tap sent again after a dropped answer
        var kedua = await page.Context.NewPageAsync();
        await kedua.GotoAsync($"/skp/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajukan" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"\?berhasil=ajukan$"));

        await kedua.GetByRole(AriaRole.Button, new() { Name = "Ajukan" }).ClickAsync();

        await kedua.WaitForURLAsync(new Regex(@"\?berhasil=ajukan$"));
        await Expect(kedua.Locator("#konfirmasi")).ToContainTextAsync("SKP Anda sudah diajukan");
        await Expect(kedua.Locator("#pemberitahuan")).ToHaveCountAsync(0);
        await Expect(kedua.Locator("#status-skp")).ToHaveTextAsync("Diajukan, menunggu persetujuan");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task after_agreeing_one_plan_the_principal_goes_on_to_the_next_that_waits()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 2);
        var ids = new List<string>();
        foreach (var guru in sekolah.Guru)
        {
            var (skp, id) = await sistem.SkpAsync(sekolah.Npsn, guru);
            using var g = await sistem.Api.SebagaiAsync(guru.Nip, "guru", sekolah.Npsn);
            await KlienDemo.AjukanAsync(g, skp, kepala: false, atasan: null, CancellationToken.None);
            ids.Add(id);
        }

        var k = await sistem.HalamanAsync(360, 740);
        await Orang.MasukAsync(k, sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        await k.GotoAsync($"/skp/{ids[0]}");
        await k.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await k.WaitForURLAsync(new Regex(@"\?berhasil=setujui$"));
        await Expect(k.Locator("#konfirmasi")).ToContainTextAsync($"SKP {sekolah.Guru[0].Nama} sudah disepakati");

        await k.GetByRole(AriaRole.Link, new() { Name = $"Periksa SKP {sekolah.Guru[1].Nama}" }).ClickAsync();
        await k.WaitForURLAsync(new Regex($"/skp/{ids[1]}$"));
        await Expect(k.Locator("#nama-pegawai")).ToContainTextAsync(sekolah.Guru[1].Nama);
        await Expect(k.GetByRole(AriaRole.Button, new() { Name = "Setujui" })).ToBeVisibleAsync();
        await k.Context.CloseAsync();
    }
}
