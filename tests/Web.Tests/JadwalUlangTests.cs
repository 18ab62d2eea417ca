namespace Kinerja.Web.Tests;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kinerja.Demo;
using Kinerja.Klien;
using Kinerja.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>An agreed observation time that cannot be kept: the teacher proposes another, the principal confirms it, both times stay on record.</summary>
[Collection("web")]
public sealed class JadwalUlangTests(SistemWeb sistem)
{
    [Theory]
    [InlineData(360, 740, "ponsel")]
    [InlineData(1280, 800, "desktop")]
    public async Task the_teacher_proposes_another_observation_time_and_the_principal_confirms_it(int lebar, int tinggi, string layar)
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var guru = sekolah.Guru[0];
        using var pemilik = await sistem.Api.SebagaiAsync(guru.Nip, "guru", sekolah.Npsn);
        using var penilai = await sistem.Api.SebagaiAsync(sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        var skp = await JalurApi.SkpDiajukanAsync(sistem.Api, pemilik, kepala: false);
        var id = Guid.Parse(skp[(skp.LastIndexOf('/') + 1)..]);
        await KlienDemo.KirimAsync(penilai, ApiSkp.Setujui(id), CancellationToken.None);
        await KlienDemo.WaitUntilAsync(async () => (await pemilik.GetAsync($"{ApiSiklus.Dasar}/{id}")).StatusCode == HttpStatusCode.OK, "the cycle opening",
            CancellationToken.None);
        // step A agreed for the day after tomorrow
        var semula = DateTimeOffset.UtcNow.AddDays(2);
        var fokus = (await pemilik.GetFromJsonAsync<JsonElement>($"{ApiSiklus.Dasar}/{id}")).GetProperty("perilakuFokus").EnumerateArray()
            .Select(p => p.GetProperty("kode").GetString()!).ToList();
        string[] target = fokus.Count > 0 ? [fokus[0]] : ["Kesepakatan kelas"];
        await KlienDemo.KirimAsync(pemilik, ApiSiklus.Persiapan(id, new IsiPersiapan(target, "Menyepakati aturan kelas.", semula)), CancellationToken.None);
        await KlienDemo.KirimAsync(penilai, ApiSiklus.KonfirmasiJadwal(id), CancellationToken.None);

        var g = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(g, guru.Nip, "guru", sekolah.Npsn);
        await g.GotoAsync($"/siklus/{id}");
        await Expect(g.Locator("#giliran")).ToContainTextAsync($"Menunggu {sekolah.Kepala.Nama}");
        await g.GetByText("Ubah jadwal observasi").ClickAsync();
        var wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
        var baru = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(5), wib);
        await g.GetByLabel("Jadwal observasi baru").FillAsync(baru.ToString("yyyy-MM-ddT10:00", CultureInfo.InvariantCulture));
        await Orang.PeriksaAsync(g, $"{layar}-siklus-ubah-jadwal");
        await g.GetByRole(AriaRole.Button, new() { Name = "Usulkan jadwal baru" }).ClickAsync();
        await g.WaitForURLAsync(new Regex(@"\?berhasil=jadwal$"));
        await Expect(g.Locator("#konfirmasi")).ToContainTextAsync($"Jadwal observasi baru diusulkan: {baru.Day} ");
        await Expect(g.Locator("#konfirmasi")).ToContainTextAsync($"10.00 WIB. Menunggu konfirmasi {sekolah.Kepala.Nama}");
        await Expect(g.Locator("#jadwal-sebelumnya")).ToBeVisibleAsync();

        // the principal sees the new time, what it replaces, and confirms it again
        var k = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(k, sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        await k.GotoAsync($"/siklus/{id}");
        await Expect(k.Locator("#jadwal-semula")).ToContainTextAsync("Menggantikan jadwal yang disepakati sebelumnya");
        await Expect(k.Locator("#ubah-jadwal")).ToHaveCountAsync(0);
        await Orang.PeriksaAsync(k, $"{layar}-kepala-jadwal-ulang");
        await k.GetByRole(AriaRole.Button, new() { Name = "Konfirmasi jadwal" }).ClickAsync();
        await Expect(k.Locator("#tahap-siklus")).ToHaveTextAsync("B. Observasi kinerja");

        // the history keeps both
        await k.GotoAsync($"/riwayat/siklus/{id}");
        await Expect(k.GetByText("Jadwal observasi diusulkan ulang")).ToBeVisibleAsync();
        await Expect(k.GetByText("Jadwal dikonfirmasi")).ToHaveCountAsync(2);
        await g.Context.CloseAsync();
        await k.Context.CloseAsync();
    }
}
