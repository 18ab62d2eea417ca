namespace Kinerja.Web.Tests.Oidc;

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>Sign-in outside Development: OpenID Connect against the authority every process trusts, in Chromium.</summary>
public sealed class MasukOidcTests(SistemOidc sistem) : IClassFixture<SistemOidc>
{
    [Fact]
    public async Task a_teacher_signs_in_at_the_regions_sso_works_on_their_plan_with_its_token_and_signs_out()
    {
        var (npsn, _, guru) = await sistem.SekolahAsync(1);
        var g = guru[0];
        sistem.Penyedia.Tambah(new PenyediaOidc.Akun(g.Nip, "kata-sandi-guru", g.Nama, "guru", npsn));
        var page = await sistem.HalamanAsync(360, 740);

        // a page of the site sends a signed-out person to the provider's own sign-in page
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "SSO Dinas Pendidikan" })).ToBeVisibleAsync();
        Assert.StartsWith(sistem.Penyedia.Url, page.Url, StringComparison.Ordinal);

        // a wrong password stays at the provider
        await page.GetByLabel("NIP").FillAsync(g.Nip);
        await page.GetByLabel("Kata sandi").FillAsync("salah");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk SSO" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("NIP atau kata sandi salah.");

        await page.GetByLabel("NIP").FillAsync(g.Nip);
        await page.GetByLabel("Kata sandi").FillAsync("kata-sandi-guru");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk SSO" }).ClickAsync();

        // back on the site, whose pages read the API with the provider's token: DataPegawai says padan, Perencanaan takes a write
        await Orang.SetelahMasukAsync(page, new Regex($"^{Regex.Escape(sistem.Url)}/$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beranda" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Data Anda sudah padan")).ToBeVisibleAsync();
        await Orang.MulaiSkpAsync(page);
        await Orang.PeriksaAsync(page, "oidc-guru-skp");

        // the browser holds one HttpOnly cookie of Web's; no token, not even the provider's, reaches it
        var cookies = await page.Context.CookiesAsync([sistem.Url]);
        var sesi = Assert.Single(cookies, c => c.Name == "kinerja");
        Assert.True(sesi.HttpOnly);
        Assert.DoesNotContain(cookies, c => c.Value.StartsWith("eyJ", StringComparison.Ordinal));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.cookie.length"));

        // signing out ends the session at Web and at the provider, and the next page asks for sign-in again
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Orang.SetelahMasukAsync(page, new Regex("/masuk"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Masuk dengan akun Anda" })).ToBeVisibleAsync();
        Assert.DoesNotContain(await page.Context.CookiesAsync([sistem.Url]), c => c.Name == "kinerja");
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "SSO Dinas Pendidikan" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task outside_development_sign_in_offers_only_the_sso_the_page_keeps_its_stylesheet_and_script_and_no_development_token_is_handed_out()
    {
        var page = await sistem.HalamanAsync(1280, 800);
        await page.GotoAsync("/masuk");

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Masuk dengan akun Anda" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByLabel("Peran").CountAsync());
        // the build output runs here as in Development: its stylesheet and blazor.web.js must still be served
        Assert.True(await page.EvaluateAsync<int>("() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)") > 10,
            "the stylesheet did not load");
        Assert.True(await page.EvaluateAsync<bool>("() => typeof Blazor !== 'undefined'"), "blazor.web.js did not load");
        var token = await sistem.Gateway.PostAsync("/api/dev/token",
            new StringContent("""{"nip":"197001012000011001","roles":["admin"]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.DoesNotContain("\"token\"", await token.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
