using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Residents;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>Meetings with their decisions and tallies; councils and their management by staff.</summary>
[Collection(DemoCollection.Name)]
public class MeetingsAndCouncilsTest(DemoFactory factory)
{
    private async Task<T> QueryAsync<T>(Func<GovernanceDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<GovernanceDbContext>());
    }

    [Fact]
    public async Task Meetings_ListsTheLatest_AndExplainsAnUnknownNeighbourhood()
    {
        var home = await DemoRecords.HomeNeighbourhoodIdsAsync(factory);
        var total = await QueryAsync(db => db.Set<NeighbourhoodMeeting>().CountAsync(m => home.Contains(m.NeighbourhoodId)));
        var client = factory.NewClient();

        var all = await HtmlPage.GetAsync(client, "/Meetings?culture=en");
        var one = await HtmlPage.GetAsync(client, "/Meetings?n=2&culture=en");
        var bad = await HtmlPage.GetAsync(client, "/Meetings?n=abc&culture=en");

        all.QuerySelector("#meeting-count")!.TextContent.Should().StartWith($"{total:N0} meetings");
        all.QuerySelectorAll("#meetings tbody tr").Should().HaveCount(Math.Min(30, total));
        one.QuerySelectorAll("#meetings tbody tr").Should().NotBeEmpty();
        bad.QuerySelector("[data-filter-problem]")!.TextContent.Should().Be("There is no neighbourhood 'abc'; meetings of every neighbourhood are shown.");
    }

    [Fact]
    public async Task Meeting_ShowsEachItemsTallyAndOutcome()
    {
        var meeting = await QueryAsync(db => db.Set<NeighbourhoodMeeting>().Where(m => m.Status == MeetingStatus.Closed).OrderBy(m => m.StartsAt).FirstAsync());
        var decision = meeting.Decisions.First();

        var page = await HtmlPage.GetAsync(factory.NewClient(), $"/Meetings/{meeting.Id.Value}?culture=en");
        var row = page.QuerySelector($"#agenda tr[data-item='{decision.ItemNumber}']")!;

        page.QuerySelectorAll("#agenda tbody tr").Should().HaveCount(meeting.Agenda.Count);
        row.QuerySelector("[data-for]")!.TextContent.Should().Be(decision.VotesFor.ToString(System.Globalization.CultureInfo.InvariantCulture));
        row.QuerySelector("[data-against]")!.TextContent.Should().Be(decision.VotesAgainst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        row.GetAttribute("data-outcome").Should().Be(decision.Outcome.ToString());
        (await factory.NewClient().GetAsync($"/Meetings/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Councils_ListsFiftyCouncilsAndFortySevenWomensCouncils()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Councils?culture=en");

        page.QuerySelectorAll("#councils tr[data-kind='Neighbourhood']").Should().HaveCount(50);
        page.QuerySelectorAll("#councils tr[data-kind='Women']").Should().HaveCount(47);
        page.QuerySelector("#council-summary")!.TextContent.Should().Contain("50 neighbourhood councils with 350 members");
    }

    [Fact]
    public async Task Manage_RecordsAResignation_ThenAppointsAResidentToTheVacantSeat_AndValidatesTheForm()
    {
        // A women's council: its member count is not one of the report's figures, so the dashboard tests sharing this
        // demo keep theirs (a same-day replacement counts both people as having held the seat that day).
        var council = await QueryAsync(db => db.Set<Council>().Where(c => c.Kind == CouncilKind.Women).OrderBy(c => c.FormedOn).ThenBy(c => c.Id).Skip(10).FirstAsync());
        var leaving = council.CurrentMembers.First(m => m.Role == CouncilRole.Member);
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();
        var url = $"/Councils/Manage?council={council.Id.Value}";

        var page = await HtmlPage.GetAsync(staff, url);
        var confirming = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(staff, page, $"#members tr[data-member='{leaving.ResidentId.Value}'] form"));
        var resigned = await HtmlPage.SubmitAsync(staff, confirming, "#resign-confirm-form", new Dictionary<string, string> { ["Reason"] = "moved away" });
        var afterResign = await HtmlPage.GetAsync(staff, resigned.Headers.Location!.OriginalString);
        var invalid = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(staff, afterResign, "#appoint-form", new Dictionary<string, string> { ["ResidentId"] = "", ["Role"] = "" }));
        var candidate = afterResign.QuerySelectorAll("#ResidentId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        var appointed = await HtmlPage.SubmitAsync(staff, afterResign, "#appoint-form", new Dictionary<string, string> { ["ResidentId"] = candidate, ["Role"] = "Member" });

        resigned.StatusCode.Should().Be(HttpStatusCode.Redirect);
        afterResign.QuerySelector("#notice")!.TextContent.Should().Be("The resignation is recorded; the seat is vacant.");
        afterResign.QuerySelectorAll("#members tr[data-member]").Should().HaveCount(6);
        invalid.QuerySelector("[data-valmsg-for='ResidentId']")!.TextContent.Should().Be("Choose a resident from the list.");
        invalid.QuerySelector("[data-valmsg-for='Role']")!.TextContent.Should().Be("Choose the member's role.");
        appointed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = await QueryAsync(db => db.Set<Council>().SingleAsync(c => c.Id == council.Id));
        stored.CurrentMembers.Select(m => m.ResidentId).Should().Contain(new ResidentId(Guid.Parse(candidate))).And.NotContain(leaving.ResidentId).And.HaveCount(7);
    }
}
