namespace Kinerja.Web.Tests;

using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>What a person does in the browser: sign in, click, type, read; plus what the tests record of each page.</summary>
public static class Orang
{
    public static readonly string FolderScreenshot = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task MasukAsync(IPage page, string nip, string peran, string? npsn, string? wilayah = null)
    {
        await page.GotoAsync("/masuk");
        await page.GetByLabel("NIP").FillAsync(nip);
        await page.GetByLabel("Peran").SelectOptionAsync(peran);
        if (npsn is not null)
        {
            await page.GetByLabel("NPSN sekolah").FillAsync(npsn);
        }

        if (wilayah is not null)
        {
            await page.GetByLabel("Kode wilayah", new() { Exact = false }).FillAsync(wilayah);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await SetelahMasukAsync(page, new Regex("/$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beranda" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// The redirect a sign-in or sign-out ends with has reached <paramref name="url"/>. Only its arrival is awaited, by
    /// asking the page's address until it matches: what the page then shows is asserted by the caller, which waits for
    /// it. Waiting for the navigation's events instead hung now and then under load, for the load event, then for
    /// DOMContentLoaded, then for the commit, while the gateway's log showed the page served within the same second.
    /// </summary>
    public static Task SetelahMasukAsync(IPage page, Regex url) =>
        Assertions.Expect(page).ToHaveURLAsync(url, new PageAssertionsToHaveURLOptions { Timeout = 60_000 });

    /// <summary>Saves a screenshot and checks the page with axe: no critical or serious violation. Not for a page with JavaScript off: axe runs in the page, and waits forever there.</summary>
    public static async Task PeriksaAsync(IPage page, string nama)
    {
        Directory.CreateDirectory(FolderScreenshot);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(FolderScreenshot, $"{nama}.png"), FullPage = true });
        var hasil = await page.RunAxe();
        var berat = hasil.Violations.Where(v => v.Impact is "critical" or "serious").ToList();
        Assert.True(berat.Count == 0, $"{nama}: " + string.Join("; ", berat.Select(v => $"{v.Id} ({v.Impact}): {string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))}")));
    }

    /// <summary>Moves focus with Tab, as a keyboard user does, until the element matching <paramref name="selector"/> has it.</summary>
    public static async Task TabKeAsync(IPage page, string selector)
    {
        for (var i = 0; i < 120; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement && document.activeElement.matches(s)", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"Tab never reached {selector}.");
    }

    /// <summary>Reloads until <paramref name="teks"/> shows: what arrives by message arrives eventually.</summary>
    public static Task TungguTeksAsync(IPage page, string teks) =>
        WaitUntilAsync(page, page.GetByText(teks, new() { Exact = false }), $"'{teks}'");

    /// <summary>Reloads until <paramref name="locator"/> shows: the state of another service arrives by message.</summary>
    /// <param name="paling">How long at most: a minute unless the awaited moment is further off.</param>
    public static async Task WaitUntilAsync(IPage page, ILocator locator, string apa, TimeSpan? paling = null)
    {
        var batas = DateTime.UtcNow + (paling ?? TimeSpan.FromSeconds(60));
        while (await locator.CountAsync() == 0)
        {
            Assert.True(DateTime.UtcNow < batas, $"{apa} never appeared on {page.Url}");
            await Task.Delay(500);
            await page.ReloadAsync();
        }
    }

    /// <summary>"Mulai SKP": the teacher's data reaches Perencanaan by message, so a first click may be refused; a person tries again.</summary>
    public static async Task MulaiSkpAsync(IPage g)
    {
        var batas = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await g.GetByRole(AriaRole.Button, new() { Name = "Mulai SKP" }).ClickAsync();
            var judul = g.GetByRole(AriaRole.Heading, new() { Name = "Tugas pokok" });
            await Expect(g.Locator("#pemberitahuan").Or(judul)).ToBeVisibleAsync();
            if (await judul.IsVisibleAsync())
            {
                return;
            }

            Assert.True(DateTime.UtcNow < batas, "The SKP could not be started: " + await g.Locator("#pemberitahuan").InnerTextAsync());
            await Task.Delay(500);
            await g.GotoAsync("/");
        }
    }
}
