namespace Kinerja.Web.Tests;

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// A penilai-ks rates a principal from the browser: sees the wilayah's principals with their stage, agrees the
/// principal's plan, rates and finalises after the cycle (driven through the API), then corrects the predikat with a reason.
/// </summary>
[Collection("web")]
public sealed class PenilaiKsTests(SistemWeb sistem)
{
    private const string NipPenilai = "197501012000011003";

    [Fact]
    public async Task a_penilai_ks_agrees_a_principals_plan_rates_finalises_and_corrects_it()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        using var kepala = await sistem.Api.SebagaiAsync(sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        var skp = await JalurApi.SkpDiajukanAsync(sistem.Api, kepala, kepala: true);
        var id = skp[(skp.LastIndexOf('/') + 1)..];

        var p = await sistem.HalamanAsync(1280, 800);
        await Orang.MasukAsync(p, NipPenilai, "penilai-ks", null, SistemWeb.Wilayah);
        await Expect(p.GetByRole(AriaRole.Heading, new() { Name = "Kepala sekolah di wilayah" })).ToBeVisibleAsync();
        await Orang.PeriksaAsync(p, "desktop-penilai-ks-beranda");

        // 1. the principal's plan, agreed
        await p.GetByRole(AriaRole.Link, new() { Name = $"Periksa SKP {sekolah.Kepala.Nama}" }).ClickAsync();
        await Expect(p.GetByRole(AriaRole.Heading, new() { Name = "Rangkuman SKP" })).ToBeVisibleAsync();
        await p.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await p.WaitForURLAsync(new Regex(@"\?berhasil=setujui$"));
        await Expect(p.Locator("#konfirmasi")).ToContainTextAsync("sudah disepakati");

        // 2. the cycle, with the penilai-ks on the rater's side, through the API
        using var penilai = await sistem.Api.SebagaiAsync(NipPenilai, "penilai-ks", wilayah: SistemWeb.Wilayah);
        await JalurApi.SiklusSelesaiAsync(kepala, penilai, id);
        await JalurApi.SiapDinilaiAsync(penilai, id);

        // 3. rated and finalised from the page
        await p.GotoAsync($"/penilaian/{id}");
        await p.GetByRole(AriaRole.Group, new() { Name = "Hasil kerja" }).GetByLabel("Sesuai ekspektasi").CheckAsync();
        await p.GetByRole(AriaRole.Group, new() { Name = "Perilaku kerja" }).GetByLabel("Sesuai ekspektasi").CheckAsync();
        await p.GetByLabel("Umpan balik untuk kepala sekolah").FillAsync("Kepemimpinan pembelajaran berjalan baik.");
        await p.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(p.Locator("#pratinjau-predikat")).ToHaveTextAsync("Baik");
        await p.GetByRole(AriaRole.Link, new() { Name = "Lanjut ke penetapan" }).ClickAsync();
        await p.GetByRole(AriaRole.Button, new() { Name = "Tetapkan" }).ClickAsync();
        await Expect(p.Locator("#status-penilaian")).ToHaveTextAsync("Ditetapkan");
        await Expect(p.Locator("#predikat")).ToHaveTextAsync("Baik");

        // 4. corrected with a reason: the new predikat, the correction's number and its reason
        await p.GetByText("Koreksi predikat", new() { Exact = true }).First.ClickAsync();
        await p.GetByRole(AriaRole.Group, new() { Name = "Hasil kerja" }).GetByLabel("Di atas ekspektasi").CheckAsync();
        await p.GetByRole(AriaRole.Group, new() { Name = "Perilaku kerja" }).GetByLabel("Di atas ekspektasi").CheckAsync();
        await Orang.PeriksaAsync(p, "desktop-penilai-ks-koreksi");
        await p.GetByRole(AriaRole.Button, new() { Name = "Koreksi predikat" }).ClickAsync();
        // the reason was left empty: refused beside its field, nothing changed
        await Expect(p.Locator("#pemberitahuan")).ToContainTextAsync("Periksa isian");
        await p.GetByLabel("Alasan koreksi").FillAsync("Bukti kinerja tambahan dari pengawas.");
        await p.GetByRole(AriaRole.Button, new() { Name = "Koreksi predikat" }).ClickAsync();
        await Expect(p.Locator("#predikat")).ToHaveTextAsync("Sangat Baik");
        await Expect(p.Locator("#alasan-koreksi")).ToHaveTextAsync("Bukti kinerja tambahan dari pengawas.");
        await p.Context.CloseAsync();
    }
}
