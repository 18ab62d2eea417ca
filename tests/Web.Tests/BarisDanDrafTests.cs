namespace Kinerja.Web.Tests;

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kinerja.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>Forms with as many rows as the catalog allows, chosen by their whole text; and typing that outlives a session.</summary>
[Collection("web")]
public sealed class BarisDanDrafTests(SistemWeb sistem)
{
    private static ILocator Baris(IPage page) => page.Locator("fieldset.baris");

    [Theory]
    [InlineData(360, 740, "ponsel")]
    [InlineData(1280, 800, "desktop")]
    public async Task rhk_rows_are_added_and_removed_up_to_the_five_of_the_catalog_each_chosen_by_its_whole_text(int lebar, int tinggi, string layar)
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var (skp, id) = await sistem.SkpAsync(sekolah.Npsn, sekolah.Guru[0]);
        var page = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(page, sekolah.Guru[0].Nip, "guru", sekolah.Npsn);
        await page.GotoAsync($"/skp/{id}/bagian/hasil-kerja");

        // one row to begin with; each RHK is a radio with its whole text, not an option cut short
        await Expect(Baris(page)).ToHaveCountAsync(1);
        await Expect(page.Locator("input[name='Isi.Rencana[0].Kode']")).ToHaveCountAsync(5);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Hapus RHK 1" })).ToHaveCountAsync(0);
        await page.Locator("input[name='Isi.Rencana[0].Kode']").Nth(0).CheckAsync();
        await page.Locator("#rhk-indikator-0").FillAsync("Indikator pertama");
        await page.Locator("#rhk-target-0").FillAsync("Target pertama");

        // Tambah keeps what was typed and adds an empty row
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Tambah RHK" }).ClickAsync();
        await Expect(Baris(page)).ToHaveCountAsync(2);
        await Expect(page.Locator("#rhk-indikator-0")).ToHaveValueAsync("Indikator pertama");
        await Expect(page.Locator("input[name='Isi.Rencana[0].Kode']").Nth(0)).ToBeCheckedAsync();
        await page.Locator("input[name='Isi.Rencana[1].Kode']").Nth(1).CheckAsync();
        await page.Locator("#rhk-indikator-1").FillAsync("Indikator kedua");
        await page.Locator("#rhk-target-1").FillAsync("Target kedua");

        // as many rows as the catalog has RHK, then the button gives way to a note
        for (var n = 3; n <= 5; n++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "+ Tambah RHK" }).ClickAsync();
            await Expect(Baris(page)).ToHaveCountAsync(n);
        }

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "+ Tambah RHK" })).ToHaveCountAsync(0);
        await Expect(page.GetByText("Sudah 5 RHK")).ToBeVisibleAsync();
        await Orang.PeriksaAsync(page, $"{layar}-skp-hasil-kerja-baris");

        // Hapus removes that row only: the second becomes the first
        await page.GetByRole(AriaRole.Button, new() { Name = "Hapus RHK 1" }).ClickAsync();
        await Expect(Baris(page)).ToHaveCountAsync(4);
        await Expect(page.Locator("#rhk-indikator-0")).ToHaveValueAsync("Indikator kedua");
        await Expect(page.Locator("input[name='Isi.Rencana[0].Kode']").Nth(1)).ToBeCheckedAsync();

        // Enter in a field saves, as the main button does, and never presses a row's Hapus; the empty rows are not sent
        await page.Locator("#rhk-target-0").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex($"/skp/{id}$"));
        using var baca = await sistem.Api.SebagaiAsync(sekolah.Guru[0].Nip, "guru", sekolah.Npsn);
        var rencana = (await baca.GetFromJsonAsync<JsonElement>(skp)).GetProperty("hasilKerja");
        Assert.Equal(1, rencana.GetArrayLength());
        Assert.Equal("Indikator kedua", rencana[0].GetProperty("indikator").GetString());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task what_was_typed_when_the_session_ended_is_there_after_signing_in_again(int lebar, int tinggi)
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var guru = sekolah.Guru[0];
        var (skp, id) = await sistem.SkpAsync(sekolah.Npsn, guru);
        var page = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(page, guru.Nip, "guru", sekolah.Npsn);
        await page.GotoAsync($"/skp/{id}/bagian/hasil-kerja");
        await page.Locator("input[name='Isi.Rencana[0].Kode']").First.CheckAsync();
        await page.Locator("#rhk-indikator-0").FillAsync("Ditulis panjang sebelum sesi berakhir");
        await page.Locator("#rhk-target-0").FillAsync("100%");

        // the session ends while the form is open; the form is sent, and the sign-in page comes instead
        await page.Context.ClearCookiesAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/masuk"));
        await page.GetByLabel("NIP").FillAsync(guru.Nip);
        await page.GetByLabel("Peran").SelectOptionAsync("guru");
        await page.GetByLabel("NPSN sekolah").FillAsync(sekolah.Npsn);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();

        // back on the form, everything typed is there, and the page says so
        await page.WaitForURLAsync(new Regex($"/skp/{id}/bagian/hasil-kerja$"));
        await Expect(page.Locator("#draf-dipulihkan")).ToBeVisibleAsync();
        await Expect(page.Locator("#rhk-indikator-0")).ToHaveValueAsync("Ditulis panjang sebelum sesi berakhir");
        await Expect(page.Locator("#rhk-target-0")).ToHaveValueAsync("100%");
        await Expect(page.Locator("input[name='Isi.Rencana[0].Kode']").First).ToBeCheckedAsync();
        await Orang.PeriksaAsync(page, $"{(lebar < 600 ? "ponsel" : "desktop")}-draf-dipulihkan");

        // sent now, it is saved, and the kept copy is gone: the form opened again shows no notice
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/skp/{id}$"));
        using var baca = await sistem.Api.SebagaiAsync(guru.Nip, "guru", sekolah.Npsn);
        Assert.Contains("Ditulis panjang sebelum sesi berakhir", await baca.GetStringAsync(skp));
        await page.GotoAsync($"/skp/{id}/bagian/hasil-kerja");
        await Expect(page.Locator("#rhk-indikator-0")).ToHaveValueAsync("Ditulis panjang sebelum sesi berakhir");
        await Expect(page.Locator("#draf-dipulihkan")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task a_draft_is_the_typists_alone_and_goes_when_they_sign_out()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 2);
        var (_, id) = await sistem.SkpAsync(sekolah.Npsn, sekolah.Guru[0]);
        var page = await sistem.HalamanAsync(360, 740);
        Task<int> DrafAsync() => page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('kinerja-draf:')).length");

        // typed, and the session ends: the draft is kept in this browser
        await Orang.MasukAsync(page, sekolah.Guru[0].Nip, "guru", sekolah.Npsn);
        await page.GotoAsync($"/skp/{id}/bagian/hasil-kerja");
        await page.Locator("#rhk-indikator-0").FillAsync("Catatan yang belum terkirim");
        Assert.Equal(1, await DrafAsync());
        await page.Context.ClearCookiesAsync();

        // another teacher signs in on the same computer: it is not theirs, and it is gone
        await Orang.MasukAsync(page, sekolah.Guru[1].Nip, "guru", sekolah.Npsn);
        Assert.Equal(0, await DrafAsync());

        // and a teacher who signs out on purpose leaves nothing behind
        var (_, idLain) = await sistem.SkpAsync(sekolah.Npsn, sekolah.Guru[1]);
        await page.GotoAsync($"/skp/{idLain}/bagian/hasil-kerja");
        await page.Locator("#rhk-indikator-0").FillAsync("Catatan lain");
        Assert.Equal(1, await DrafAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        // the address alone (at 6bd4e44 waiting for "load", at 4b635f2 for DOMContentLoaded, hung in CI)
        await Orang.SetelahMasukAsync(page, new Regex("/masuk"));
        Assert.Equal(0, await DrafAsync());
        await page.Context.CloseAsync();
    }
}
