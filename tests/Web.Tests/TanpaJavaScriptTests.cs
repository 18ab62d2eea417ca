namespace Kinerja.Web.Tests;

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>The core forms are plain HTML forms: with JavaScript off, sign-in, the five parts, submitting, returning and agreeing still work.</summary>
[Collection("web")]
public sealed class TanpaJavaScriptTests(SistemWeb sistem)
{
    [Fact]
    public async Task the_plan_is_written_submitted_returned_and_agreed_with_javascript_disabled()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var guru = sekolah.Guru[0];
        var g = await sistem.HalamanAsync(360, 740, javaScript: false);
        await Orang.MasukAsync(g, guru.Nip, "guru", sekolah.Npsn);

        await Orang.MulaiSkpAsync(g);

        await g.GetByLabel("melaksanakan pembelajaran").CheckAsync();
        await g.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await g.GetByLabel("Keteraturan Suasana Kelas").CheckAsync();
        await g.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await g.GetByLabel("Lingkungan pembelajaran yang aman dan nyaman bagi peserta didik").CheckAsync();
        await g.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await g.GetByLabel("Akuntabel").CheckAsync();
        await g.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await g.Locator("input[name='Isi.Rencana[0].Kode']").First.CheckAsync();
        await g.GetByLabel("Indikator").First.FillAsync("Nilai rata-rata kelas naik");
        await g.GetByLabel("Target").First.FillAsync("10 poin");
        await g.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await Expect(g.GetByRole(AriaRole.Heading, new() { Name = "Rangkuman SKP" })).ToBeVisibleAsync();
        await Expect(g.GetByText("Nilai rata-rata kelas naik")).ToBeVisibleAsync();
        await g.GetByRole(AriaRole.Button, new() { Name = "Ajukan" }).ClickAsync();
        await Expect(g.GetByText("Diajukan, menunggu persetujuan")).ToBeVisibleAsync();

        var k = await sistem.HalamanAsync(360, 740, javaScript: false);
        await Orang.MasukAsync(k, sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        await k.GetByRole(AriaRole.Link, new() { Name = $"Periksa SKP {guru.Nama}" }).ClickAsync();
        await k.GetByLabel("Catatan untuk guru").FillAsync("Perjelas indikatornya.");
        await k.GetByRole(AriaRole.Button, new() { Name = "Kembalikan" }).ClickAsync();

        await Expect(k.Locator("#konfirmasi")).ToContainTextAsync("dikembalikan dengan catatan Anda");
        await g.GotoAsync("/");
        await Expect(g.GetByText("Perjelas indikatornya.")).ToBeVisibleAsync();
        await g.GetByRole(AriaRole.Link, new() { Name = "Lanjutkan SKP" }).ClickAsync();
        await g.GetByRole(AriaRole.Button, new() { Name = "Ajukan" }).ClickAsync();

        await k.GotoAsync("/");
        await k.GetByRole(AriaRole.Link, new() { Name = $"Periksa SKP {guru.Nama}" }).ClickAsync();
        await k.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await Expect(k.Locator("#konfirmasi")).ToContainTextAsync("sudah disepakati");
        await g.ReloadAsync();
        await Expect(g.GetByText("Status: Disepakati")).ToBeVisibleAsync();
        await g.Context.CloseAsync();
        await k.Context.CloseAsync();
    }
}
