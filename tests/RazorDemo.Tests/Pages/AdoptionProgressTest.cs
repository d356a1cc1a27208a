using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>/Adoption/Progress: every city of the database against its own charter, by province and nationally.</summary>
[Collection(DemoCollection.Name)]
public class AdoptionProgressTest(DemoFactory factory)
{
    [Fact]
    public async Task TheHomeCitysRow_EqualsItsDashboardsProgress_AndTheTotalsAreTheSumsOfTheCities()
    {
        var client = factory.NewClient();
        var progress = await HtmlPage.GetAsync(client, "/Adoption/Progress");
        var dashboard = await HtmlPage.GetAsync(client, "/");
        var home = await DemoRecords.HomeCityAsync(factory);

        progress.QuerySelector("h1")!.TextContent.Should().Be("پیشرفت ملی اجرای الگو");
        var cities = progress.QuerySelectorAll("tr[data-city]").ToList();
        cities.Should().HaveCount(2, "the demo holds Rafsanjan and Baghestan");
        progress.QuerySelector("#national-cities")!.GetAttribute("data-cities").Should().Be("2");

        // The home city's row shows what its own dashboard shows, measure by measure.
        var homeRow = cities.Single(r => r.GetAttribute("data-city") == home.Value.ToString());
        foreach (var measure in dashboard.QuerySelectorAll("#progress li[data-measure]"))
        {
            var cell = homeRow.QuerySelector($"td[data-measure='{measure.GetAttribute("data-measure")}']")!;
            (cell.GetAttribute("data-done"), cell.GetAttribute("data-of")).Should().Be(
                (measure.GetAttribute("data-done"), measure.GetAttribute("data-of")), measure.GetAttribute("data-measure"));
        }

        // A measure's national figure adds up the cities' required shares (every city's, when no charter requires it).
        static int Number(AngleSharp.Dom.IElement cell, string name) => int.Parse(cell.GetAttribute(name)!, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var national in progress.QuerySelectorAll("#national-table tr[data-measure]"))
        {
            var measure = national.GetAttribute("data-measure");
            var cells = cities.Select(r => r.QuerySelector($"td[data-measure='{measure}']")!).ToList();
            var required = cells.Where(c => c.GetAttribute("data-required") == "true").ToList();
            var counted = required.Count > 0 ? required : cells;
            (Number(national, "data-done"), Number(national, "data-of")).Should().Be(
                (counted.Sum(c => Number(c, "data-done")), counted.Sum(c => Number(c, "data-of"))), measure);
        }

        progress.QuerySelectorAll("section.province").Should().ContainSingle("both demo cities are in Kerman province")
            .Which.GetAttribute("data-province").Should().Be("Kerman");
        progress.QuerySelector("main")!.TextContent.Should().NotMatchRegex("[0-9]", "a Persian page writes its numbers in Persian digits");
    }

    [Fact]
    public async Task InEnglish_TheProvinceAndCitiesAreNamed()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Adoption/Progress?culture=en");

        page.QuerySelector("h1")!.TextContent.Should().Be("National adoption progress");
        page.QuerySelector("section.province h2")!.TextContent.Trim().Should().Be("Province of Kerman");
        page.QuerySelectorAll("tr[data-city] th bdi").Select(b => b.TextContent).Should().Contain(["Rafsanjan Municipality", "Baghestan Municipality"]);
    }
}
