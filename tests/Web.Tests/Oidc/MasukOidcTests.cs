namespace Kinerja.Web.Tests.Oidc;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kinerja.Demo;
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

    /// <summary>
    /// Issue 26, item 3: a regional system reads its region's predikat feed with a machine identity of the region's SSO (the
    /// client-credentials grant, a token with role sistem-regional and wilayah), and nothing of another region or of a person.
    /// </summary>
    [Fact]
    public async Task a_regional_system_reads_its_regions_feed_with_a_client_credentials_token_and_nothing_else()
    {
        var (npsn, kepalaOrang, guru) = await sistem.SekolahAsync(1);
        using var g = await sistem.Api.SebagaiAsync(guru[0].Nip, "guru", npsn);
        using var kepala = await sistem.Api.SebagaiAsync(kepalaOrang.Nip, "kepala-sekolah", npsn);
        var skp = await JalurApi.SkpDiajukanAsync(sistem.Api, g, kepala: false);
        await KlienDemo.BerhasilAsync(kepala.PostAsync($"{skp}/setujui", null));
        var id = skp[(skp.LastIndexOf('/') + 1)..];
        await JalurApi.SiklusSelesaiAsync(g, kepala, id);
        await JalurApi.DitetapkanAsync(kepala, id);

        var suffix = Guid.NewGuid().ToString("n")[..6];
        await sistem.Penyedia.DaftarkanSistemRegionalAsync($"bkd-{SistemWeb.Wilayah}-{suffix}", "rahasia-bkd-yang-cukup-panjang-3273", SistemWeb.Wilayah);
        await sistem.Penyedia.DaftarkanSistemRegionalAsync($"bkd-3204-{suffix}", "rahasia-bkd-yang-cukup-panjang-3204", "3204");
        // a wrong secret gets no token
        using (var salah = await sistem.Penyedia.TokenKlienAsync($"bkd-{SistemWeb.Wilayah}-{suffix}", "salah"))
        {
            Assert.False(salah.IsSuccessStatusCode);
        }

        using var bkd = await MesinAsync($"bkd-{SistemWeb.Wilayah}-{suffix}", "rahasia-bkd-yang-cukup-panjang-3273");
        using var lain = await MesinAsync($"bkd-3204-{suffix}", "rahasia-bkd-yang-cukup-panjang-3204");
        var tahun = DateTime.Now.Year;
        var feed = $"/api/penilaian/predikat?wilayah={SistemWeb.Wilayah}&tahun={tahun}&setelah=0&batas=5000";
        await KlienDemo.WaitUntilAsync(async () =>
        {
            using var r = await bkd.GetAsync(feed);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var items = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray();
            return items.Any(e => e.GetProperty("predikat").GetProperty("nip").GetString() == guru[0].Nip);
        }, "the teacher's predikat in the region's feed", CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await bkd.GetAsync($"/api/perencanaan/ekspor/e-kinerja?wilayah={SistemWeb.Wilayah}&tahun={tahun}")).StatusCode);

        // another region's system, and this one on another region: as if nothing were there
        Assert.Equal(HttpStatusCode.NotFound, (await lain.GetAsync(feed)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bkd.GetAsync($"/api/penilaian/predikat?wilayah=3204&tahun={tahun}")).StatusCode);
        // not an operator, not a person: no pegawai, no plan, no operator's summary
        Assert.Equal(HttpStatusCode.NotFound, (await bkd.GetAsync($"/api/pegawai/{guru[0].Nip}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bkd.GetAsync(skp)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bkd.GetAsync($"/api/pegawai/ringkasan?wilayah={SistemWeb.Wilayah}")).StatusCode);
    }

    private async Task<HttpClient> MesinAsync(string clientId, string secret)
    {
        using var r = await sistem.Penyedia.TokenKlienAsync(clientId, secret);
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"token: {(int)r.StatusCode} {body}");
        var http = new HttpClient { BaseAddress = new Uri(sistem.System.GatewayUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString());
        return http;
    }
}
