using Microsoft.Playwright;
using ParticipatoryGovernance.Calendar;
using RazorDemo.Identity;

namespace RazorDemo.Tests.Browser;

/// <summary>
/// The budgeting page in a real browser: the ballot's counter follows the voter's ticks (on a desktop and on a 375 px
/// phone screen, where nothing runs off the side), and the outcome table is about one row per project.
/// </summary>
[Collection(BrowserCollection.Name)]
public class BudgetingBrowserTest(BrowserFixture browser)
{
    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#login-form [name='Email']", email);
        await page.FillAsync("#login-form [name='Password']", DemoAccounts.Password);
        await page.ClickAsync("#login-form [type='submit']");
        // On a phone the menu is folded away: the name is there, not visible.
        await page.WaitForSelectorAsync("#signed-in-as", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>A new visitor with a screen of the given width (a phone is 375 px wide).</summary>
    private async Task<IPage> VisitorAsync(int width)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseAddress,
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            IsMobile = width < 600,
        });
        return await context.NewPageAsync();
    }

    private static async Task<long> CostOfAsync(ILocator box) => long.Parse(await box.GetAttributeAsync("data-cost") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Persian digits with the Arabic thousands separator, as the page writes rials.</summary>
    private static string Persian(long value) => PersianDigits.ToPersian(value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).Replace(',', '٬');

    [SkippableTheory]
    [InlineData(1280, "resident1@demo.rafsanjan")]
    [InlineData(375, "resident2@demo.rafsanjan")]
    public async Task Counter_FollowsTheTicks(int width, string email)
    {
        var page = await VisitorAsync(width);
        await SignInAsync(page, email);
        await page.GotoAsync("/Budgeting");
        var boxes = page.Locator("#ballot-form input.ballot-choice");
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            await boxes.Nth(i).SetCheckedAsync(false);
        }

        var none = await page.TextContentAsync("#ballot-counter");
        await boxes.Nth(0).CheckAsync();
        var one = await page.TextContentAsync("#ballot-counter");
        await boxes.Nth(1).CheckAsync();
        var two = await page.TextContentAsync("#ballot-counter");
        var cost = await CostOfAsync(boxes.Nth(0)) + await CostOfAsync(boxes.Nth(1));
        var counterVisible = await page.IsVisibleAsync("#ballot-counter");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

        none.Should().StartWith("۰ طرح برگزیده‌اید");
        one.Should().StartWith("۱ طرح برگزیده‌اید");
        two.Should().StartWith("۲ طرح برگزیده‌اید").And.Contain($"هزینهٔ آن‌ها {Persian(cost)} ریال");
        counterVisible.Should().BeTrue();
        overflow.Should().BeLessThanOrEqualTo(0, $"nothing runs off the side of a {width} px screen");
    }

    [SkippableFact]
    public async Task OutcomeTable_IsAboutOneRowPerProject()
    {
        var page = await VisitorAsync(1280);
        var timer = System.Diagnostics.Stopwatch.StartNew();

        // The worker stores the first outcome in the background after start-up; until then the page says it is being counted.
        await page.GotoAsync("/Budgeting");
        while (await page.QuerySelectorAsync("#outcomes") is null && timer.Elapsed < TimeSpan.FromMinutes(4))
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }

        var heights = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('#outcomes tbody tr')].map(r => r.getBoundingClientRect().height)");
        var pageHeight = await page.EvaluateAsync<double>("() => document.documentElement.scrollHeight");

        heights.Should().NotBeEmpty();
        heights.Should().AllSatisfy(h => h.Should().BeLessThan(130, "each project is about one row, not a paragraph listing other projects"));
        pageHeight.Should().BeLessThan(heights.Length * 130 + 3000);
    }
}
