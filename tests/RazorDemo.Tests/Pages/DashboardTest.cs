using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

[Collection(DemoCollection.Name)]
public class DashboardTest(DemoFactory factory)
{
    [Theory]
    [InlineData("neighbourhoods.count", "۵۰", "۵۰")]
    [InlineData("councils.neighbourhood", "۵۰", "۵۰")]
    [InlineData("councils.members", "۳۵۰", "۳۵۰")]
    [InlineData("councils.women", "۴۷", "۴۷")]
    [InlineData("youth.interviewed", "۳۵۰", "۳۵۰")]
    [InlineData("youth.sessions", "۵۶", "۵۶")]
    [InlineData("youth.boy-mayors", "۴۸", "۴۸")]
    [InlineData("youth.girl-mayors", "۴۶", "۴۶")]
    public async Task Dashboard_ShowsTheReportedFigureBesideTheRecordedOne_WhereTheyAgree(string key, string reported, string recorded)
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/");

        var row = page.QuerySelector($"tr[data-figure='{key}']")!;
        row.GetAttribute("data-agrees").Should().Be("true");
        row.QuerySelector("[data-reported]")!.TextContent.Should().Be(reported);
        row.QuerySelector("[data-recorded]")!.TextContent.Should().Be(recorded);
    }

    [Fact]
    public async Task Dashboard_SaysWhereTheRecordsDiffer_940TeenagersAgainst1040()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/?culture=en");

        var row = page.QuerySelector("tr[data-figure='youth.teenagers-engaged']")!;
        row.GetAttribute("data-agrees").Should().Be("false");
        row.QuerySelector("[data-reported]")!.TextContent.Should().Be("1,040");
        row.QuerySelector("[data-recorded]")!.TextContent.Should().Be("940");
        page.QuerySelector("[data-difference='youth.teenagers-engaged']")!.TextContent
            .Should().Contain("The records show 940 teenagers (94 youth mayors and 846 team members), not 1,040");
    }

    [Fact]
    public async Task Dashboard_CountsMoreThan2000Ideas()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/?culture=en");

        var row = page.QuerySelector("tr[data-figure='ideas.registered']")!;
        row.GetAttribute("data-agrees").Should().Be("true");
        row.QuerySelector("[data-reported]")!.TextContent.Should().Be("over 2,000");
        int.Parse(row.QuerySelector("[data-recorded]")!.TextContent.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeGreaterThan(2000);
    }

    [Fact]
    public async Task Dashboard_EmbedsTheChartData_ForEveryChart()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/");

        using var data = System.Text.Json.JsonDocument.Parse(page.QuerySelector("#dashboard-data")!.TextContent);
        data.RootElement.GetProperty("coverage").GetProperty("council").GetArrayLength().Should().Be(50);
        data.RootElement.GetProperty("youth").GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(48, 46);
        data.RootElement.GetProperty("ideasByMonth").GetProperty("labels").GetArrayLength().Should().BeGreaterThan(20);
        page.QuerySelectorAll("canvas").Select(c => c.Id).Should().Equal("chart-ideas-by-month", "chart-ideas-by-status", "chart-coverage", "chart-youth");
    }
}

/// <summary>The report describes Rafsanjan: another city's dashboard shows its own records under its own name, compared with nothing.</summary>
[Collection(DemoCollection.Name)]
public class DashboardOfAnotherCityTest(DemoFactory factory)
{
    [Fact]
    public async Task AnotherCitysDashboard_NamesThatCity_AndComparesNothingWithRafsanjansReport()
    {
        var baghestan = await SignIn.AsAsync(factory, "staff@demo.baghestan");
        var rafsanjan = factory.NewClient();

        var other = await HtmlPage.GetAsync(baghestan, "/");
        var home = await HtmlPage.GetAsync(rafsanjan, "/");

        other.QuerySelector("h1")!.TextContent.Should().Contain("باغستان");
        other.QuerySelectorAll("tr[data-figure]").Should().BeEmpty("Rafsanjan's reported figures are not Baghestan's");
        other.QuerySelector("#phases")!.TextContent.Should().NotContain("گزارش");
        home.QuerySelectorAll("tr[data-figure]").Should().NotBeEmpty();
        home.QuerySelector("h1")!.TextContent.Should().Contain("رفسنجان");
    }
}
