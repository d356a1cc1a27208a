using Microsoft.Playwright;

namespace RazorDemo.Tests.Browser;

/// <summary>The dashboard on a 390 px phone: charts keep a readable plot and nothing scrolls sideways.</summary>
[Collection(BrowserCollection.Name)]
public class DashboardPhoneBrowserTest(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/?culture=en")]
    public async Task Dashboard_OnA390PixelPhone_DrawsTheMonthChartTallEnoughToRead_AndDoesNotScrollSideways(string url)
    {
        var page = await browser.NewVisitorAsync();
        await page.SetViewportSizeAsync(390, 844);

        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('canvas[data-rendered=\"true\"]').length === 4");
        var plotHeight = await page.EvaluateAsync<double>("() => { const a = Chart.getChart(document.getElementById('chart-ideas-by-month')).chartArea; return a.bottom - a.top; }");
        var sideways = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        await page.ClickAsync("details[data-chart-table='chart-ideas-by-month'] summary");
        var tableShown = await page.IsVisibleAsync("details[data-chart-table='chart-ideas-by-month'] table");

        plotHeight.Should().BeGreaterThan(150, "the month chart's bars need room under the legend of seven statuses");
        sideways.Should().BeFalse();
        tableShown.Should().BeTrue("the chart's data opens as a table");
    }
}
