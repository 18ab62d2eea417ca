namespace Kinerja.Web.Tests;

using Kinerja.Demo;
using Kinerja.Klien;
using Kinerja.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>The year as a task list: where the person is, which parts of the plan are done, what stands before Ajukan, and the deadline.</summary>
[Collection("web")]
public sealed class DaftarTugasTests(SistemWeb sistem)
{
    [Theory]
    [InlineData(360, 740, "ponsel")]
    [InlineData(1280, 800, "desktop")]
    public async Task an_unfinished_plan_shows_its_parts_as_tasks_and_names_what_is_missing_instead_of_offering_ajukan(int lebar, int tinggi, string layar)
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var (skp, id) = await sistem.SkpAsync(sekolah.Npsn, sekolah.Guru[0]);
        using (var guru = await sistem.Api.SebagaiAsync(sekolah.Guru[0].Nip, "guru", sekolah.Npsn))
        {
            await KlienDemo.KirimAsync(guru, ApiSkp.Kode(KlienDemo.IdDari(skp), BagianKode.TugasPokok, new PilihKode("TP-B")), CancellationToken.None);
        }

        var g = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(g, sekolah.Guru[0].Nip, "guru", sekolah.Npsn);
        // Beranda: the first of three stages, and the period's end
        await Expect(g.Locator(".tahap-tahun [aria-current=step]")).ToContainTextAsync("Perencanaan");
        await Expect(g.Locator("#batas-skp")).ToContainTextAsync("Batas penyusunan SKP: ");

        await g.GotoAsync($"/skp/{id}");
        var bagian = g.Locator(".rangkuman .bagian");
        await Expect(bagian.Filter(new() { HasText = "Tugas pokok" }).Locator(".lencana")).ToHaveTextAsync("Selesai");
        await Expect(bagian.Locator(".lencana", new() { HasText = "Belum diisi" })).ToHaveCountAsync(4);
        await Expect(g.Locator("#belum-bisa-diajukan"))
            .ToHaveTextAsync("Sebelum diajukan, lengkapi: Praktik kinerja, Pengembangan kompetensi, Perilaku kerja, Hasil kerja.");
        await Expect(g.GetByRole(AriaRole.Button, new() { Name = "Ajukan" })).ToHaveCountAsync(0);
        // the cascade is relaxed in this system (as for a first year of use): nothing stands before Ajukan but the parts
        await Expect(g.Locator("#kaskade")).ToHaveCountAsync(0);
        await Orang.PeriksaAsync(g, $"{layar}-skp-belum-lengkap");
        await g.Context.CloseAsync();
    }
}
