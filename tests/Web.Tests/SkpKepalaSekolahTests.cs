namespace Kinerja.Web.Tests;

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>A principal's own SKP goes through the same pages as a teacher's, from the principal's catalog, and waits on their penilai.</summary>
[Collection("web")]
public sealed class SkpKepalaSekolahTests(SistemWeb sistem)
{
    [Fact]
    public async Task a_principal_writes_their_own_plan_from_the_principals_catalog_submits_it_and_it_waits_on_their_penilai()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var k = await sistem.HalamanAsync(360, 740);
        await Orang.MasukAsync(k, sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);

        await Orang.MulaiSkpAsync(k);
        // a principal's duties (Pasal 8), not the teacher's
        await Expect(k.GetByLabel("manajerial")).ToBeVisibleAsync();
        await Expect(k.GetByLabel("melaksanakan pembelajaran")).ToHaveCountAsync(0);
        await k.GetByLabel("supervisi kepada Guru dan tenaga kependidikan").CheckAsync();
        await LanjutAsync(k, "Praktik kinerja");

        // the eight items of Pasal 13 for principals, not the teachers' sub-indicators
        await Expect(k.GetByLabel("Memandu perencanaan pembelajaran")).ToBeVisibleAsync();
        await Expect(k.GetByLabel("Keteraturan Suasana Kelas")).ToHaveCountAsync(0);
        await k.GetByLabel("Memandu perencanaan pembelajaran").CheckAsync();
        await Orang.PeriksaAsync(k, "ponsel-kepala-skp-praktik-kinerja");
        await LanjutAsync(k, "Pengembangan kompetensi");
        await k.Locator("input[name='Isi.Kode']").First.CheckAsync();
        await LanjutAsync(k, "Perilaku kerja");
        await k.GetByLabel("Kolaboratif").CheckAsync();
        await LanjutAsync(k, "Hasil kerja");

        // a principal's nine RHK, each as its whole text
        await Expect(k.Locator("input[name='Isi.Rencana[0].Kode']")).ToHaveCountAsync(9);
        await k.GetByLabel("meningkatnya praktik kinerja Kepala Sekolah melalui observasi kinerja").CheckAsync();
        await k.GetByLabel("Perspektif penerima layanan").CheckAsync();
        await k.GetByLabel("Indikator").First.FillAsync("Rencana pembelajaran seluruh guru ditelaah bersama");
        await k.GetByLabel("Target").First.FillAsync("100% guru");
        await k.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();

        await Expect(k.GetByRole(AriaRole.Heading, new() { Name = "Rangkuman SKP" })).ToBeVisibleAsync();
        // a principal's duty and the RHK's perspektif, as the principal's catalog words them
        await Expect(k.Locator(".rangkuman")).ToContainTextAsync("supervisi kepada Guru dan tenaga kependidikan");
        await Expect(k.Locator(".rangkuman")).ToContainTextAsync("Perspektif penerima layanan");
        await k.GetByRole(AriaRole.Button, new() { Name = "Ajukan" }).ClickAsync();
        await k.WaitForURLAsync(new Regex(@"\?berhasil=ajukan$"));
        await Expect(k.Locator("#konfirmasi")).ToContainTextAsync("SKP Anda sudah diajukan. Penilai kepala sekolah akan memeriksanya");
        await k.GotoAsync("/");

        // a principal's plan waits on the penilai-ks of the dinas, not on "kepala sekolah"
        var skpSaya = k.Locator("section[aria-labelledby=skp-saya]");
        await Expect(skpSaya.GetByText("Menunggu penilai kepala sekolah")).ToBeVisibleAsync();
        await skpSaya.GetByRole(AriaRole.Link, new() { Name = "Lihat SKP" }).ClickAsync();
        await Expect(k.GetByText("menunggu persetujuan penilai kepala sekolah")).ToBeVisibleAsync();
        await Expect(k.GetByRole(AriaRole.Button, new() { Name = "Setujui" })).ToHaveCountAsync(0);
        await k.Context.CloseAsync();
    }

    /// <summary>"Simpan dan lanjut", then the next part's heading: the next choice is made on the next page, not this one.</summary>
    private static async Task LanjutAsync(IPage page, string bagianBerikut)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan dan lanjut" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = bagianBerikut, Exact = true })).ToBeVisibleAsync();
    }
}
