namespace Kinerja.Web.Tests;

using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kinerja.Klien;
using Kinerja.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>Refusals as a person meets them: another teacher's plan, a field left wrong, a form someone else changed meanwhile.</summary>
[Collection("web")]
public sealed class PenolakanTests(SistemWeb sistem)
{
    [Fact]
    public async Task a_teacher_opening_another_teachers_plan_sees_tidak_ditemukan()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 2);
        var (skp, id) = await sistem.SkpAsync(sekolah.Npsn, sekolah.Guru[0]);

        var lain = await sistem.HalamanAsync(360, 740);
        await Orang.MasukAsync(lain, sekolah.Guru[1].Nip, "guru", sekolah.Npsn);
        foreach (var url in new[] { $"/skp/{id}", $"/skp/{id}/bagian/tugas-pokok", $"/siklus/{id}", $"/penilaian/{id}", $"/riwayat/skp/{id}" })
        {
            var response = await lain.GotoAsync(url);
            Assert.Equal(404, response!.Status);
            await Expect(lain.GetByRole(AriaRole.Heading, new() { Name = "Tidak ditemukan" })).ToBeVisibleAsync();
            await Expect(lain.GetByText(skp)).ToHaveCountAsync(0);
        }

        await Orang.PeriksaAsync(lain, "ponsel-tidak-ditemukan");
        await lain.Context.CloseAsync();
    }

    [Fact]
    public async Task a_field_error_shows_beside_its_field_and_keeps_what_was_typed()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var (skp, id) = await sistem.SkpAsync(sekolah.Npsn, sekolah.Guru[0]);

        var page = await sistem.HalamanAsync(360, 740);
        await Orang.MasukAsync(page, sekolah.Guru[0].Nip, "guru", sekolah.Npsn);
        await page.GotoAsync($"/skp/{id}/bagian/hasil-kerja");
        await page.Locator("input[name='Isi.Rencana[0].Kode']").First.CheckAsync();
        await page.GetByLabel("Target").First.FillAsync("90% pertemuan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();

        // the indicator was left empty: its message is next to it, tied to it for screen readers, and nothing else was lost
        var pesan = page.Locator("#galat-rencana-0--indikator");
        await Expect(pesan).ToBeVisibleAsync();
        // the summary names the field as the page labels it, and links to its message beside it
        await Expect(page.Locator("#pemberitahuan a[href='#galat-rencana-0--indikator']")).ToContainTextAsync("Indikator RHK 1: ");
        await Expect(page.Locator("#rhk-indikator-0")).ToHaveAttributeAsync("aria-describedby", "galat-rencana-0--indikator");
        await Expect(page.Locator("#rhk-target-0")).ToHaveValueAsync("90% pertemuan");
        await Expect(page.Locator("input[name='Isi.Rencana[0].Kode']").First).ToBeCheckedAsync();
        Assert.Matches(new Regex("/bagian/hasil-kerja$"), page.Url);
        await Orang.PeriksaAsync(page, "ponsel-galat-isian");
        using var baca = await sistem.Api.SebagaiAsync(sekolah.Guru[0].Nip, "guru", sekolah.Npsn);
        Assert.DoesNotContain("90% pertemuan", await baca.GetStringAsync(skp));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task a_stale_form_says_someone_else_changed_it_shows_the_current_state_and_keeps_the_input()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var (skp, id) = await sistem.SkpAsync(sekolah.Npsn, sekolah.Guru[0]);
        using var guru = await sistem.Api.SebagaiAsync(sekolah.Guru[0].Nip, "guru", sekolah.Npsn);

        var page = await sistem.HalamanAsync(1280, 800);
        await Orang.MasukAsync(page, sekolah.Guru[0].Nip, "guru", sekolah.Npsn);
        await page.GotoAsync($"/skp/{id}/bagian/tugas-pokok");
        await page.GetByLabel("merencanakan pembelajaran").CheckAsync();

        // meanwhile the same plan changes elsewhere (another tab, another device)
        await Kinerja.Demo.KlienDemo.BerhasilAsync(guru.KirimAsync(ApiSkp.Kode(Kinerja.Demo.KlienDemo.IdDari(skp), BagianKode.TugasPokok, new PilihKode("TP-C"))));

        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await Expect(page.Locator("#pemberitahuan")).ToContainTextAsync("telah diubah orang lain");
        Assert.Matches(new Regex("/bagian/tugas-pokok$"), page.Url);
        await Expect(page.GetByLabel("merencanakan pembelajaran")).ToBeCheckedAsync();
        await Orang.PeriksaAsync(page, "desktop-konflik");
        Assert.Contains("TP-C", await guru.GetStringAsync(skp));

        // sent again deliberately, it is saved over the current version
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/bagian/praktik-kinerja$"));
        Assert.Contains("TP-A", await guru.GetStringAsync(skp));
        await page.Context.CloseAsync();
    }
}
