namespace Kinerja.Web.Tests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// The operator's pages refuse as carefully as they serve: another wilayah's operator finds nothing of this one,
/// and a teacher or a principal opening an operator's address is told plainly that their role may not.
/// </summary>
[Collection("web")]
public sealed class PenolakanOperatorTests(SistemWeb sistem)
{
    [Fact]
    public async Task an_operator_of_another_wilayah_gets_tidak_ditemukan_for_this_wilayahs_school_and_pegawai()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var lain = await sistem.HalamanAsync(1280, 800);
        await Orang.MasukAsync(lain, "199201012015011002", "operator-dinas", null, "3279");

        foreach (var url in new[] { $"/sekolah/{sekolah.Npsn}", $"/pegawai/{sekolah.Guru[0].Nip}" })
        {
            var response = await lain.GotoAsync(url);
            Assert.Equal(404, response!.Status);
            await Expect(lain.GetByRole(AriaRole.Heading, new() { Name = "Tidak ditemukan" })).ToBeVisibleAsync();
            await Expect(lain.GetByText(sekolah.Guru[0].Nip)).ToHaveCountAsync(0);
        }

        // the lists of the operator's own wilayah do not carry this one's either
        foreach (var url in new[] { $"/pegawai?npsn={sekolah.Npsn}", $"/sekolah?cari={sekolah.Npsn}", $"/wilayah/skp?npsn={sekolah.Npsn}&status=BelumMulai" })
        {
            await lain.GotoAsync(url);
            await Expect(lain.Locator("main")).ToContainTextAsync("Belum ada data.");
            await Expect(lain.GetByText(sekolah.Guru[0].Nip)).ToHaveCountAsync(0);
        }

        // issue 25, item 3: a card with nothing to count says so, and shows no table of zeros under it
        await lain.GotoAsync("/laporan");
        var kosong = lain.Locator("section.ringkasan-tahap", new() { HasText = "Belum ada data." });
        await Expect(kosong.First).ToBeVisibleAsync();
        await Expect(kosong.Locator("table")).ToHaveCountAsync(0);

        await lain.Context.CloseAsync();
    }

    [Fact]
    public async Task a_teacher_or_principal_opening_an_operators_page_is_told_they_are_not_authorised()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        foreach (var (nip, peran) in new[] { (sekolah.Guru[0].Nip, "guru"), (sekolah.Kepala.Nip, "kepala-sekolah") })
        {
            var page = await sistem.HalamanAsync(360, 740);
            await Orang.MasukAsync(page, nip, peran, sekolah.Npsn);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Impor" })).ToHaveCountAsync(0);
            foreach (var url in new[] { "/sekolah", $"/sekolah/{sekolah.Npsn}", "/impor", "/pegawai", $"/pegawai/{nip}", "/laporan", "/wilayah/skp?status=Draf",
                         $"/laporan/e-kinerja.csv?tahun={DateTime.Now.Year}" })
            {
                var response = await page.GotoAsync(url);
                Assert.Equal(403, response!.Status);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tidak berwenang" })).ToBeVisibleAsync();
            }

            await Orang.PeriksaAsync(page, $"ponsel-tidak-berwenang-{peran}");

            // and an upload posted by hand is refused the same way, before anything reaches the API
            var unggah = await page.APIRequest.PostAsync("/impor/unggah", new() { Multipart = page.APIRequest.CreateFormData() });
            Assert.Equal(403, unggah.Status);
            await page.Context.CloseAsync();
        }
    }
}
