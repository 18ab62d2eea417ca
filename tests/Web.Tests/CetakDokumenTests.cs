namespace Kinerja.Web.Tests;

using System.Text.RegularExpressions;
using Kinerja.Demo;
using Kinerja.Klien;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// The observation record and the result as documents (issue 25, item 5), as the SKP is (<see cref="CetakSkpTests"/>):
/// names, NIPs, school, the dates and the rater, and the teacher's "Saya telah membaca" with its time, recorded once;
/// on a phone and a desktop, and the record printed to PDF on A4 with its text there.
/// </summary>
[Collection("web")]
public sealed class CetakDokumenTests(SistemWeb sistem)
{
    [Theory]
    [InlineData(360, 740, "ponsel")]
    [InlineData(1280, 800, "desktop")]
    public async Task the_observation_record_and_the_result_print_with_their_people_and_the_teacher_acknowledges_each(int lebar, int tinggi, string nama)
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var guru = sekolah.Guru[0];
        using var pemilik = await sistem.Api.SebagaiAsync(guru.Nip, "guru", sekolah.Npsn);
        using var penilai = await sistem.Api.SebagaiAsync(sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        var skp = await JalurApi.SkpDiajukanAsync(sistem.Api, pemilik, kepala: false);
        var id = KlienDemo.IdDari(skp);
        await KlienDemo.KirimAsync(penilai, ApiSkp.Setujui(id), CancellationToken.None);
        await JalurApi.SiklusSelesaiAsync(pemilik, penilai, id.ToString());
        await JalurApi.DitetapkanAsync(penilai, id.ToString());

        var p = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(p, guru.Nip, "guru", sekolah.Npsn);

        // the observation record, from the cycle's page
        await p.GotoAsync($"/siklus/{id}");
        await Expect(p.GetByText("belum Anda nyatakan telah dibaca")).ToBeVisibleAsync();
        await p.GetByRole(AriaRole.Link, new() { Name = "Cetak catatan observasi" }).ClickAsync();
        await p.WaitForURLAsync(new Regex("/siklus/.+/cetak$"));
        await Expect(p.GetByRole(AriaRole.Heading, new() { Name = "Catatan Observasi Kelas" })).ToBeVisibleAsync();
        await Expect(p.Locator("#pegawai")).ToContainTextAsync($"{guru.Nama} · NIP {guru.Nip}");
        await Expect(p.Locator("#penilai")).ToContainTextAsync($"{sekolah.Kepala.Nama} · NIP {sekolah.Kepala.Nip}");
        await Expect(p.Locator("#sekolah")).ToContainTextAsync(sekolah.Npsn);
        await Expect(p.Locator("#waktu-observasi")).Not.ToHaveTextAsync("-");
        await Expect(p.Locator("#rekomendasi")).ToHaveTextAsync("Pertahankan.");
        await Expect(p.Locator("#telah-dibaca")).ToHaveCountAsync(0);
        await p.GetByRole(AriaRole.Button, new() { Name = "Saya telah membaca" }).ClickAsync();
        await Expect(p.Locator("#telah-dibaca")).ToContainTextAsync("Telah dibaca oleh guru yang diobservasi pada");
        await Expect(p.GetByRole(AriaRole.Button, new() { Name = "Saya telah membaca" })).ToHaveCountAsync(0);
        await Orang.PeriksaAsync(p, $"{nama}-siklus-cetak");
        if (nama == "ponsel")
        {
            var teks = await CetakPdf.TeksA4Async(p);
            Assert.Contains("Catatan Observasi Kelas", teks, StringComparison.Ordinal);
            Assert.Contains(guru.Nip, teks, StringComparison.Ordinal);
            Assert.Contains(sekolah.Kepala.Nip, teks, StringComparison.Ordinal);
            Assert.Contains("Telah dibaca oleh guru yang diobservasi", teks, StringComparison.Ordinal);
            Assert.DoesNotContain("Saya telah membaca", teks, StringComparison.Ordinal);
            Assert.DoesNotContain("Kembali ke siklus", teks, StringComparison.Ordinal);
        }

        // the result, from the assessment's page
        await p.GotoAsync($"/penilaian/{id}");
        await p.GetByRole(AriaRole.Link, new() { Name = "Cetak hasil penilaian" }).ClickAsync();
        await p.WaitForURLAsync(new Regex("/penilaian/.+/cetak$"));
        await Expect(p.GetByRole(AriaRole.Heading, new() { Name = "Hasil Penilaian Kinerja" })).ToBeVisibleAsync();
        await Expect(p.Locator("#pegawai")).ToContainTextAsync($"{guru.Nama} · NIP {guru.Nip}");
        await Expect(p.Locator("#penilai")).ToContainTextAsync($"{sekolah.Kepala.Nama} · NIP {sekolah.Kepala.Nip}");
        await Expect(p.Locator("#ditetapkan")).Not.ToHaveTextAsync("-");
        await Expect(p.Locator("#predikat")).ToHaveTextAsync("Baik");
        await Expect(p.Locator("#umpan-balik")).ToHaveTextAsync("Baik.");
        await p.GetByRole(AriaRole.Button, new() { Name = "Saya telah membaca" }).ClickAsync();
        await Expect(p.Locator("#telah-dibaca")).ToContainTextAsync("Telah dibaca oleh pegawai yang dinilai pada");
        await Expect(p.GetByRole(AriaRole.Button, new() { Name = "Saya telah membaca" })).ToHaveCountAsync(0);
        await Orang.PeriksaAsync(p, $"{nama}-hasil-cetak");
        await p.Context.CloseAsync();

        // the principal reads both documents and is not asked to acknowledge either
        var k = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(k, sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        await k.GotoAsync($"/penilaian/{id}/cetak");
        await Expect(k.Locator("#telah-dibaca")).ToBeVisibleAsync();
        await Expect(k.GetByRole(AriaRole.Button, new() { Name = "Saya telah membaca" })).ToHaveCountAsync(0);
        await k.GotoAsync($"/siklus/{id}/cetak");
        await Expect(k.Locator("#telah-dibaca")).ToBeVisibleAsync();
        await Expect(k.GetByRole(AriaRole.Button, new() { Name = "Saya telah membaca" })).ToHaveCountAsync(0);
        await k.Context.CloseAsync();
    }
}
