namespace Kinerja.Web.Tests;

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kinerja.Demo;
using Kinerja.Klien;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// Past years (issue 25, item 4): the year selector on the pages that show a year, a teacher's history by year with the
/// cumulative angka kredit and the years it comes from, last year's umpan balik beside the next plan, and an operator's
/// pages and links following the year chosen. Two past years are walked through the API (their planning windows
/// extended, as <see cref="SistemWeb"/> sets them), this year's plan is a draft.
/// </summary>
[Collection("web")]
public sealed class TahunLaluTests(SistemWeb sistem)
{
    [Theory]
    [InlineData(360, 740, "ponsel")]
    [InlineData(1280, 800, "desktop")]
    public async Task a_teacher_looks_back_by_year_sums_their_angka_kredit_and_plans_with_last_years_umpan_balik(int lebar, int tinggi, string nama)
    {
        var ini = DateTime.Now.Year;
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var guru = sekolah.Guru[0];
        using var pemilik = await sistem.Api.SebagaiAsync(guru.Nip, "guru", sekolah.Npsn);
        using var penilai = await sistem.Api.SebagaiAsync(sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        var angkaKredit = 0m;
        foreach (var (tahun, umpanBalik) in new[] { (ini - 2, "Pertahankan rutinitas kelas."), (ini - 1, $"Perluas kerja kelompok ke kelas lain ({nama}).") })
        {
            var skp = await sistem.Api.SkpAsync(pemilik, tahun, CancellationToken.None);
            await KlienDemo.AjukanAsync(pemilik, skp, kepala: false, atasan: null, CancellationToken.None);
            var id = KlienDemo.IdDari(skp);
            await KlienDemo.KirimAsync(penilai, ApiSkp.Setujui(id), CancellationToken.None);
            await JalurApi.SiklusSelesaiAsync(pemilik, penilai, id.ToString());
            await JalurApi.DitetapkanAsync(penilai, id.ToString(), umpanBalik);
            angkaKredit += (await pemilik.GetFromJsonAsync<JsonElement>($"/api/penilaian/{id}")).GetProperty("hasil").GetProperty("angkaKredit").GetDecimal();
        }

        var p = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(p, guru.Nip, "guru", sekolah.Npsn);

        // Beranda shows this year; last year is chosen, and shows its result and no button to start a plan
        await Expect(p.Locator("#tahun")).ToHaveValueAsync(ini.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await p.Locator("#tahun").SelectOptionAsync((ini - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await p.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Expect(p).ToHaveURLAsync(new Regex($"tahun={ini - 1}"));
        await Expect(p.Locator("section[aria-labelledby=hasil-saya] .predikat")).ToHaveTextAsync("Baik");
        await Expect(p.GetByRole(AriaRole.Button, new() { Name = $"Mulai SKP {ini - 1}" })).ToHaveCountAsync(0);
        await Orang.PeriksaAsync(p, $"{nama}-beranda-tahun-lalu");

        // the history: every year, and the angka kredit of the finalised ones added up with the years they come from
        await p.GetByRole(AriaRole.Link, new() { Name = "Riwayat kinerja per tahun dan angka kredit" }).ClickAsync();
        await p.WaitForURLAsync(new Regex("/riwayat-kinerja$"));
        await Expect(p.Locator("#jumlah-angka-kredit")).ToHaveTextAsync(angkaKredit.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("id-ID")));
        await Expect(p.Locator("#angka-kredit")).ToContainTextAsync($"dari tahun {ini - 2}, {ini - 1}");
        await Expect(p.Locator("#tabel-angka-kredit tbody tr")).ToHaveCountAsync(2);
        await Expect(p.Locator($"#tahun-{ini - 1}")).ToContainTextAsync("Disepakati");
        await Expect(p.Locator($"#tahun-{ini - 1}")).ToContainTextAsync("Baik");
        await Expect(p.Locator($"#tahun-{ini - 2}").GetByRole(AriaRole.Link, new() { Name = "catatan observasi" })).ToBeVisibleAsync();
        await Orang.PeriksaAsync(p, $"{nama}-riwayat-kinerja");

        // this year's plan: last year's umpan balik is beside it while it is written
        await p.GotoAsync("/");
        await p.GetByRole(AriaRole.Button, new() { Name = $"Mulai SKP {ini}" }).ClickAsync();
        await p.WaitForURLAsync(new Regex("/skp/.+/bagian/"));
        await p.GotoAsync(Regex.Replace(p.Url, "/bagian/.*$", ""));
        await Expect(p.Locator("#umpan-balik-lalu")).ToContainTextAsync($"Perluas kerja kelompok ke kelas lain ({nama}).");
        await Expect(p.Locator("#umpan-balik-lalu")).ToContainTextAsync($"Umpan balik tahun lalu ({ini - 1})");
        await Orang.PeriksaAsync(p, $"{nama}-skp-umpan-balik-lalu");
        await p.Context.CloseAsync();

        // an operator's pages follow the year chosen, and so do the links from them
        var op = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(op, "199001012015011001", "operator-dinas", null, SistemWeb.Wilayah);
        await op.GotoAsync("/laporan");
        await op.Locator("#tahun").SelectOptionAsync((ini - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await op.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Expect(op).ToHaveURLAsync(new Regex($"/laporan\\?tahun={ini - 1}"));
        await Expect(op.Locator("#unduh-csv")).ToHaveAttributeAsync("href", $"/laporan/e-kinerja.csv?tahun={ini - 1}");
        await op.GotoAsync($"/?tahun={ini - 1}");
        await Expect(op.Locator("#tahun")).ToHaveValueAsync((ini - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await op.GotoAsync($"/wilayah/penilaian?npsn={sekolah.Npsn}&status=Ditetapkan&tahun={ini - 1}");
        await Expect(op.GetByText(guru.Nama)).ToBeVisibleAsync();
        await Expect(op.Locator("#tahun")).ToHaveValueAsync((ini - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await op.Context.CloseAsync();
    }
}
