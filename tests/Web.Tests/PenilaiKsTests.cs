namespace Kinerja.Web.Tests;

using System.Text.RegularExpressions;
using Kinerja.Demo;
using Kinerja.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// A penilai-ks rates a principal from the browser: the operator assigns them the school on a phone, they see the
/// principals of their schools with their stage, agree the principal's plan, rate and finalise after the cycle (driven
/// through the API), then correct the predikat with a reason.
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

        // 0. the operator assigns the school's penilai-ks (issue 30, item 5): a wrong NIP is refused beside its field
        var hp = await sistem.HalamanAsync(360, 740);
        await Orang.MasukAsync(hp, "199001012015011001", "operator-dinas", null, SistemWeb.Wilayah);
        await hp.GotoAsync($"/sekolah/{sekolah.Npsn}");
        await Expect(hp.Locator("#penilai-saat-ini")).ToContainTextAsync(KlienDemo.PenilaiKs);
        await hp.GetByLabel("NIP penilai (pengawas sekolah)").FillAsync("12345");
        await hp.GetByRole(AriaRole.Button, new() { Name = "Tugaskan penilai" }).ClickAsync();
        await Expect(hp.Locator("#penilai").Locator("..").Locator(".galat-isian")).ToContainTextAsync("18 digit");
        await Expect(hp.Locator("#kepala").Locator("..").Locator(".galat-isian")).ToHaveCountAsync(0);
        await hp.GetByLabel("NIP penilai (pengawas sekolah)").FillAsync(NipPenilai);
        await hp.GetByRole(AriaRole.Button, new() { Name = "Tugaskan penilai" }).ClickAsync();
        await hp.WaitForURLAsync(new Regex(@"\?berhasil=penilai$"));
        await Expect(hp.Locator("#penilai-saat-ini")).ToContainTextAsync(NipPenilai);
        await Orang.PeriksaAsync(hp, "ponsel-operator-penilai-ks");
        await hp.Context.CloseAsync();
        await SistemBerjalan.WaitUntilAsync(async () =>
            await sistem.QueryAsync<string>("perencanaan", "select data->>'nip' from mt_doc_penilaisekolahlokal where id = $1", sekolah.Npsn) == NipPenilai
            && await sistem.QueryAsync<string>("penilaian", "select data->>'nip' from mt_doc_penilaisekolahlokal where id = $1", sekolah.Npsn) == NipPenilai,
            "the school's new penilai-ks known to Perencanaan and Penilaian");

        var p = await sistem.HalamanAsync(1280, 800);
        await Orang.MasukAsync(p, NipPenilai, "penilai-ks", null, SistemWeb.Wilayah);
        await Expect(p.GetByRole(AriaRole.Heading, new() { Name = "Kepala sekolah yang Anda nilai" })).ToBeVisibleAsync();
        // only the principals of the schools assigned to them: this one school
        await Expect(p.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Periksa SKP ") })).ToHaveCountAsync(1);
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
