using System.Net;
using ParticipatoryGovernance.Municipalities;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

[Collection(DemoCollection.Name)]
public class AdoptTest(DemoFactory factory)
{
    [Fact]
    public async Task Adopt_ExplainsTheCharter_WithRafsanjansValues_InPersian()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Adopt");

        page.QuerySelector("h1")!.TextContent.Should().Be("این الگو را در شهر خود به کار ببرید");
        page.QuerySelector("tr[data-setting='councilSeats'] [data-value]")!.TextContent.Should().Be("۷");
        page.QuerySelector("tr[data-setting='youthTeamSize'] [data-value]")!.TextContent.Should().Be("۹");
        page.QuerySelector("tr[data-setting='youthCohort'] [data-value]")!.TextContent.Should().Be("دهه هشتادی");
        page.QuerySelectorAll("#phases li").Should().HaveCount(ProgrammePhases.All.Count);
        page.QuerySelector("#download-charter")!.GetAttribute("href").Should().Be("/Adopt?handler=Charter");
    }

    [Fact]
    public async Task Adopt_ExplainsTheCharter_InEnglish_WithEverySettingOfTheJsonFile()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Adopt?culture=en");

        page.QuerySelector("tr[data-setting='youthAgeWindow'] [data-value]")!.TextContent.Should().Be("12 to 23 years");
        page.QuerySelector("tr[data-setting='youthMayorSelection'] [data-value]")!.TextContent.Should().Be("interview and choice by the neighbourhood mayor");
        page.QuerySelector("tr[data-setting='urbanFields'] [data-value]")!.TextContent.Should().StartWith("Environment, Traffic");
        page.QuerySelector("#phases li[data-phase='1']")!.TextContent.Should().Contain("Creative citizen ideas").And.Contain("from Dey 1400");

        // Every top-level setting of the charter's JSON is explained on the page.
        using var json = System.Text.Json.JsonDocument.Parse(GovernanceCharterJson.Serialize(RafsanjanPreset.Charter));
        var shown = page.QuerySelectorAll("tr[data-setting]").Select(r => r.GetAttribute("data-setting")!.Split('.')[0]).ToHashSet();
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().BeSubsetOf(shown);
    }

    [Fact]
    public async Task Adopt_DownloadsRafsanjansCharter_AsJsonThatReadsBackEqual()
    {
        var response = await factory.NewClient().GetAsync("/Adopt?handler=Charter");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().Be("rafsanjan.charter.json");
        var charter = GovernanceCharterJson.Deserialize(await response.Content.ReadAsStringAsync());
        charter.IsSuccess.Should().BeTrue(charter.ToString());
        charter.Value.Should().Be(RafsanjanPreset.Charter);
    }
}
