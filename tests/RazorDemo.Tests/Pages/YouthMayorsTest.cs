using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

[Collection(DemoCollection.Name)]
public class YouthMayorsTest(DemoFactory factory)
{
    [Fact]
    public async Task Campaign_ShowsTheFunnelComputedFromTheRecords_InPersian()
    {
        var campaign = await DemoRecords.CampaignOf1403Async(factory);
        var figures = YouthMayorFigures.From(campaign, await DemoRecords.NeighbourhoodsAsync(factory));

        var page = await HtmlPage.GetAsync(factory.NewClient(), "/YouthMayors");

        figures.BoyMayors.Should().Be(48);
        figures.GirlMayors.Should().Be(46);
        page.QuerySelector("h1")!.TextContent.Should().Contain("شهردار شو");
        page.QuerySelector("#campaign-name")!.TextContent.Should().Be(campaign.Name.Persian);
        foreach (var (key, value) in new[]
        {
            ("applicants", figures.Applicants), ("shortlisted", figures.Shortlisted), ("interviewed", figures.Interviewed),
            ("sessions", figures.InterviewSessions), ("boy-mayors", figures.BoyMayors), ("girl-mayors", figures.GirlMayors),
            ("team-members", figures.TeamMembers), ("teenagers-engaged", figures.TeenagersEngaged),
        })
        {
            page.QuerySelector($"#funnel tr[data-figure='{key}'] td")!.TextContent.Should().Be(PersianDigits.ToPersian(value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).Replace(',', '٬'), key);
        }

        page.QuerySelector("#stages li[data-stage='Term'] [data-started]")!.TextContent.Should().Be(PersianDates.FormatLong(campaign.TermStartedOn!.Value));
    }

    [Fact]
    public async Task Campaign_InEnglish_ChartsTheFunnel_AndCountsTeamsByUrbanField()
    {
        var campaign = await DemoRecords.CampaignOf1403Async(factory);
        var figures = YouthMayorFigures.From(campaign, await DemoRecords.NeighbourhoodsAsync(factory));

        var page = await HtmlPage.GetAsync(factory.NewClient(), "/YouthMayors?culture=en");

        page.QuerySelector("#funnel tr[data-figure='boy-mayors']")!.TextContent.Should().Contain("Boy youth mayors").And.Contain("48");
        page.QuerySelector("#funnel tr[data-figure='girl-mayors']")!.TextContent.Should().Contain("Girl youth mayors").And.Contain("46");
        page.QuerySelector("#stages li[data-stage='Term'] [data-started]")!.TextContent.Should().Be("9 Ordibehesht 1403 (28 April 2024)");
        using var data = JsonDocument.Parse(page.QuerySelector("#youth-data")!.TextContent);
        data.RootElement.GetProperty("funnel").GetProperty("data").EnumerateArray().Select(e => e.GetInt32())
            .Should().Equal(figures.Applicants, figures.Shortlisted, figures.Interviewed, figures.BoyMayors, figures.GirlMayors, figures.TeamMembers);
        page.QuerySelectorAll("canvas").Select(c => c.Id).Should().Equal("chart-funnel", "chart-fields");

        var members = campaign.YouthMayors.SelectMany(m => m.Team.Members).ToList();
        foreach (var field in campaign.Charter.UrbanFields)
        {
            page.QuerySelector($"#teams-by-field tr[data-field='{field.Key}']")!.TextContent
                .Should().Contain(field.Name.English).And.Contain(members.Count(m => m.UrbanFieldKey == field.Key).ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Campaign_ListsYouthMayorsByNeighbourhood_WithPublicNamesAndTeamSize()
    {
        var campaign = await DemoRecords.CampaignOf1403Async(factory);
        var neighbourhoods = await DemoRecords.NeighbourhoodsAsync(factory);

        var page = await HtmlPage.GetAsync(factory.NewClient(), "/YouthMayors?culture=en");

        var rows = page.QuerySelectorAll("#mayors-by-neighbourhood tbody tr");
        rows.Should().HaveCount(campaign.YouthMayors.Select(m => m.NeighbourhoodId).Distinct().Count());
        var first = neighbourhoods.First(n => campaign.YouthMayors.Any(m => m.NeighbourhoodId == n.Id));
        var mayors = campaign.YouthMayors.Where(m => m.NeighbourhoodId == first.Id).ToList();
        var row = page.QuerySelector($"#mayors-by-neighbourhood tr[data-neighbourhood='{first.Number}']")!;
        row.QuerySelector("[data-team]")!.TextContent.Should().Be($"{mayors.Sum(m => m.Team.Members.Count)} of {mayors.Sum(m => m.Team.Seats)}");
        var ids = mayors.Select(m => m.ResidentId).ToList();
        var residents = await DemoRecords.ReadAsync(factory, c => c.Residents.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync());
        var today = DemoRecords.Today(factory);
        foreach (var mayor in mayors)
        {
            var profile = residents.Single(r => r.Id == mayor.ResidentId).ToPublicProfile(today, campaign.Charter.AgeOfMajority);
            row.QuerySelector(mayor.Gender == ParticipatoryGovernance.Residents.Gender.Male ? "[data-boy]" : "[data-girl]")!.TextContent.Should().Be(profile.DisplayName);
        }
    }

    [Fact]
    public async Task Campaign_ShowsTheCurrentCampaign_AtItsInterviewStage_WhenChosen()
    {
        var current = await DemoRecords.CurrentCampaignAsync(factory);

        var page = await HtmlPage.GetAsync(factory.NewClient(), $"/YouthMayors?campaign={current.Id.Value}&culture=en");

        page.QuerySelector("#campaign-name")!.TextContent.Should().Be(current.Name.English);
        page.QuerySelector($"#campaigns a[data-campaign='{current.Id.Value}']")!.ClassList.Should().Contain("active");
        page.QuerySelector("#stages li[data-stage='Interviews'] [data-started]")!.TextContent.Should().StartWith(PersianDates.FormatLatin(current.StartOf(CampaignStage.Interviews)!.Value));
        page.QuerySelector("#funnel tr[data-figure='shortlisted'] td")!.TextContent.Should().Be(current.Applications.Count(a => a.IsShortlisted).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Campaign_AnswersNotFound_ForAnUnknownCampaign()
    {
        var response = await factory.NewClient().GetAsync($"/YouthMayors?campaign={Guid.NewGuid()}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
