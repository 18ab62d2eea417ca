namespace Kinerja.Web.Tests;

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// Issue 25 item 6: a person chooses where reminders are e-mailed, and turns e-mail off, from the Pengaturan page every
/// signed-in page links to; a wrong address is said at its field and keeps what was typed.
/// </summary>
[Collection("web")]
public sealed class PengaturanTests(SistemWeb sistem)
{
    [Theory]
    [InlineData(360, 740, "ponsel")]
    [InlineData(1280, 800, "desktop")]
    public async Task a_teacher_sets_the_address_reminders_go_to_and_turns_them_off_again(int lebar, int tinggi, string layar)
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var guru = sekolah.Guru[0];
        var p = await sistem.HalamanAsync(lebar, tinggi);
        await Orang.MasukAsync(p, guru.Nip, "guru", sekolah.Npsn);
        await p.GetByRole(AriaRole.Navigation, new() { Name = "Utama" }).GetByRole(AriaRole.Link, new() { Name = "Pengaturan" }).ClickAsync();
        await Expect(p).ToHaveURLAsync(new Regex("/pengaturan$"));
        await Expect(p.Locator("h1")).ToHaveTextAsync("Pengaturan");
        await Expect(p.Locator("#pengingat")).Not.ToBeCheckedAsync();

        var simpan = p.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true });
        await p.Locator("#email").FillAsync("rina@sekolah");
        await p.Locator("#pengingat").CheckAsync();
        await simpan.ClickAsync();
        await Expect(p.Locator("#pemberitahuan")).ToContainTextAsync("Alamat e-mail");
        await Expect(p.Locator("#galat-email")).ToContainTextAsync("Tidak sah");
        await Expect(p.Locator("#email")).ToHaveValueAsync("rina@sekolah");
        await Orang.PeriksaAsync(p, $"{layar}-pengaturan-galat");

        var alamat = $"guru.{guru.Nip}@sdn-uji.sch.id";
        await p.Locator("#email").FillAsync(alamat);
        await simpan.ClickAsync();
        await Expect(p.Locator("#konfirmasi")).ToHaveTextAsync("Tersimpan. Pengingat akan dikirim ke e-mail Anda.");
        await Expect(p.Locator("#email")).ToHaveValueAsync(alamat);
        await Expect(p.Locator("#pengingat")).ToBeCheckedAsync();
        await Orang.PeriksaAsync(p, $"{layar}-pengaturan");

        await p.Locator("#pengingat").UncheckAsync();
        await simpan.ClickAsync();
        await Expect(p.Locator("#konfirmasi")).ToHaveTextAsync("Tersimpan. Pengingat tidak dikirim lewat e-mail.");
        await Expect(p.Locator("#pengingat")).Not.ToBeCheckedAsync();
        await p.Context.CloseAsync();

        // what the page said is what is stored, and it is the teacher's alone
        using var api = await sistem.Api.SebagaiAsync(guru.Nip, "guru", sekolah.Npsn);
        var kontak = await api.GetFromJsonAsync<JsonElement>("/api/pegawai/saya/kontak");
        Assert.Equal(alamat, kontak.GetProperty("email").GetString());
        Assert.False(kontak.GetProperty("pengingatEmail").GetBoolean());
        using var kepala = await sistem.Api.SebagaiAsync(sekolah.Kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        Assert.NotEqual(alamat, (await kepala.GetFromJsonAsync<JsonElement>("/api/pegawai/saya/kontak")).GetProperty("email").GetString());
    }

    [Fact]
    public async Task the_settings_are_saved_without_javascript()
    {
        var sekolah = await sistem.SekolahAsync(jumlahGuru: 1);
        var kepala = sekolah.Kepala;
        var p = await sistem.HalamanAsync(360, 740, javaScript: false);
        await Orang.MasukAsync(p, kepala.Nip, "kepala-sekolah", sekolah.Npsn);
        await p.GotoAsync("/pengaturan");
        await p.Locator("#email").FillAsync($"kepala.{kepala.Nip}@sdn-uji.sch.id");
        await p.Locator("#pengingat").CheckAsync();
        await p.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await Expect(p.Locator("#konfirmasi")).ToHaveTextAsync("Tersimpan. Pengingat akan dikirim ke e-mail Anda.");
        await Expect(p.Locator("#pengingat")).ToBeCheckedAsync();
        await p.Context.CloseAsync();
    }
}
