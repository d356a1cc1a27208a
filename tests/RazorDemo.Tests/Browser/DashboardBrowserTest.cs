namespace RazorDemo.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class DashboardBrowserTest(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Dashboard_IsLaidOutRightToLeft_InPersian_AndLeftToRightAfterSwitchingToEnglish()
    {
        var page = await browser.NewVisitorAsync();

        await page.GotoAsync("/");
        var persianDirection = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction");
        var firstCardLeft = await page.EvaluateAsync<double>("() => document.querySelector('[data-phase=\"1\"]').getBoundingClientRect().left");
        var secondCardLeft = await page.EvaluateAsync<double>("() => document.querySelector('[data-phase=\"2\"]').getBoundingClientRect().left");

        await page.ClickAsync("#language-switch button");
        await page.WaitForURLAsync("**/");
        var englishDirection = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction");
        var heading = await page.TextContentAsync("h1");
        await page.ReloadAsync();
        var rememberedLanguage = await page.GetAttributeAsync("html", "lang");

        persianDirection.Should().Be("rtl");
        firstCardLeft.Should().BeGreaterThan(secondCardLeft, "in a right-to-left layout phase 1 stands to the right of phase 2");
        englishDirection.Should().Be("ltr");
        heading.Should().Contain("participatory management");
        rememberedLanguage.Should().Be("en");
    }

    [SkippableFact]
    public async Task Dashboard_DrawsEveryChart_InBothLanguages()
    {
        var page = await browser.NewVisitorAsync();

        foreach (var url in new[] { "/", "/?culture=en" })
        {
            await page.GotoAsync(url);
            await page.WaitForFunctionAsync("() => document.querySelectorAll('canvas[data-rendered=\"true\"]').length === 4");
            var charts = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('canvas')].filter(c => Chart.getChart(c) && c.width > 0 && c.height > 0).length");

            charts.Should().Be(4, $"every chart draws on {url}");
        }
    }

    [SkippableFact]
    public async Task Dashboard_UsesTheVazirmatnFont()
    {
        var page = await browser.NewVisitorAsync();

        await page.GotoAsync("/");
        await page.EvaluateAsync("() => document.fonts.ready");
        var loaded = await page.EvaluateAsync<bool>("() => document.fonts.check('16px Vazirmatn', 'سلام')");

        loaded.Should().BeTrue();
    }
}
