using Microsoft.Playwright;
using RazorDemo.Tests.Browser;

namespace RazorDemo.Tests.Channels;

/// <summary>
/// The phone simulator in a real browser on a 375 px phone: with scripts off it still dials, types on the keypad and
/// sends (plain form posts), nothing runs off the side, and the site's Content-Security-Policy refuses nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PhoneBrowserTest(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ThePhone_DialsTypesAndSends_OnAPhoneWidth(bool scripts)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseAddress,
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 375, Height = 800 },
            IsMobile = true,
            JavaScriptEnabled = scripts,
        });
        var page = await context.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(message.Text);
            }
        };

        await page.GotoAsync("/Phone?Phone=%2B989130000002");
        await page.ClickAsync("#dial-button");
        var menu = await page.TextContentAsync("#phone-screen");
        await page.ClickAsync("#key-3");
        var typed = await page.InputValueAsync("#Input");
        await page.ClickAsync("#send-button");
        var prompt = await page.TextContentAsync("#phone-screen");
        var keypadVisible = await page.IsVisibleAsync("#key-hash");
        await page.FillAsync("#Input", "0");
        await page.PressAsync("#Input", "Enter");
        var back = await page.TextContentAsync("#phone-screen");
        int? overflow = scripts ? await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") : null;
        await context.CloseAsync();

        menu.Should().Contain("1 Budget votes");
        typed.Should().Be("3");
        prompt.Should().StartWith("Send the idea's number:");
        back.Should().Contain("1 Budget votes", "Enter in the field sends what is typed");
        keypadVisible.Should().BeTrue();
        if (overflow is { } sideways)
        {
            sideways.Should().BeLessThanOrEqualTo(0, "nothing runs off the side of a 375 px screen");
        }

        refused.Should().BeEmpty();
    }
}
