using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>The neighbourhoods list and each neighbourhood's page.</summary>
[Collection(DemoCollection.Name)]
public class NeighbourhoodsTest(DemoFactory factory)
{
    [Fact]
    public async Task List_ShowsAllFiftyNeighbourhoods_WithTheirAnchorsAndCouncils()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Neighbourhoods?culture=en");

        var rows = page.QuerySelectorAll("#neighbourhoods tbody tr");
        rows.Should().HaveCount(50);
        rows.Select(r => r.QuerySelector("[data-council]")!.TextContent).Should().OnlyContain(t => t == "7");
        rows.Count(r => r.QuerySelector("[data-women]")!.TextContent == "none").Should().Be(3, "47 of 50 neighbourhoods have a women's council");
    }

    [Fact]
    public async Task Details_ShowsAnchorCouncilsYouthMayorsMeetingsAndIdeas_InPersian()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var neighbourhood = await db.Set<Neighbourhood>().SingleAsync(n => n.Number == 5);
        var council = await db.Set<Council>().SingleAsync(c => c.NeighbourhoodId == neighbourhood.Id && c.Kind == CouncilKind.Neighbourhood);
        var chair = council.CurrentMembers.Single(m => m.Role == CouncilRole.Chair);
        var chairName = (await db.Set<Resident>().SingleAsync(r => r.Id == chair.ResidentId)).Name.ToString();

        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Neighbourhoods/5");

        page.QuerySelector("h1")!.TextContent.Should().Be($"۵. {neighbourhood.Name.Persian}");
        page.QuerySelector("#anchor")!.TextContent.Should().Contain(neighbourhood.Anchor.Name.Persian);
        page.QuerySelectorAll("[data-council-kind='Neighbourhood'] [data-member]").Should().HaveCount(7);
        page.QuerySelector("[data-council-kind='Neighbourhood']")!.TextContent.Should().Contain(chairName);
        page.QuerySelectorAll("#meetings li").Should().NotBeEmpty();
        page.QuerySelectorAll("#ideas li").Should().NotBeEmpty();
        page.QuerySelector("#ideas a[href='/Ideas?n=5']").Should().NotBeNull();
    }

    [Fact]
    public async Task Details_IsNotFound_ForANumberWithoutANeighbourhood()
    {
        (await factory.NewClient().GetAsync("/Neighbourhoods/51")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
