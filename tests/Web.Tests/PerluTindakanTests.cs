namespace Kinerja.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Demo;
using Kinerja.Klien;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// "Perlu tindakan Anda" on the Beranda (issue 25, item 6, in-app): an observation agreed for tomorrow is said to the
/// teacher and to the principal by name, beside what else waits on each, with a count.
/// </summary>
[Collection("web")]
public sealed class PerluTindakanTests(SistemWeb sistem)
{
    [Theory]
    [InlineData(360, 740, "ponsel")]
    [InlineData(1280, 800, "desktop")]
    public async Task an_observation_agreed_for_tomorrow_waits_on_the_teachers_and_the_principals_beranda(int lebar, int tinggi, string layar)
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var guru = sekolah.Guru[0];
        using var pemilik = await sistem.Api.SebagaiAsync(guru.Nip, "guru", sekolah.Npsn);
        using var penilai = await sistem.Api.SebagaiAsync(sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        var id = KlienDemo.IdDari(await JalurApi.SkpDiajukanAsync(sistem.Api, pemilik, kepala: false));
        await KlienDemo.KirimAsync(penilai, ApiSkp.Setujui(id), CancellationToken.None);
        await KlienDemo.WaitUntilAsync(async () => (await pemilik.GetAsync($"{ApiSiklus.Dasar}/{id}")).StatusCode == HttpStatusCode.OK, "the cycle opening",
            CancellationToken.None);
        // tomorrow at 08.00 in the school's zone, agreed
        var wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
        var besok = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, wib).Date.AddDays(1).AddHours(8);
        var jadwal = new DateTimeOffset(besok, wib.GetUtcOffset(besok));
        var fokus = (await pemilik.GetFromJsonAsync<JsonElement>($"{ApiSiklus.Dasar}/{id}")).GetProperty("perilakuFokus").EnumerateArray()
            .Select(p => p.GetProperty("kode").GetString()!).ToList();
        await KlienDemo.KirimAsync(pemilik, ApiSiklus.Persiapan(id, new IsiPersiapan([fokus[0]], "Menyepakati aturan kelas.", jadwal)), CancellationToken.None);
        await KlienDemo.KirimAsync(penilai, ApiSiklus.KonfirmasiJadwal(id), CancellationToken.None);

        var g = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(g, guru.Nip, "guru", sekolah.Npsn);
        await Expect(g.Locator("#perlu-tindakan")).ToContainTextAsync("Observasi kelas Anda besok, 08.00 WIB");
        await Expect(g.Locator("#perlu-tindakan")).ToContainTextAsync("Baca SKP yang telah disepakati");
        await Expect(g.Locator("#jumlah-tindakan")).ToHaveTextAsync("2");
        await Orang.PeriksaAsync(g, $"{layar}-beranda-perlu-tindakan");
        await g.Locator("#perlu-tindakan").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Observasi kelas Anda besok, 08.00 WIB" }).ClickAsync();
        await g.WaitForURLAsync($"**/siklus/{id}");
        await g.Context.CloseAsync();

        var k = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(k, sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        await Expect(k.Locator("#perlu-tindakan")).ToContainTextAsync($"Observasi kelas {guru.Nama} besok, 08.00 WIB");
        await k.Context.CloseAsync();
    }
}
