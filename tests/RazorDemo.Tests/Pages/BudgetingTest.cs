using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Municipalities;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>The budgeting round: voting with a changeable ballot, and the outcome under both rules with explanations.</summary>
[Collection(DemoCollection.Name)]
public class BudgetingTest(DemoFactory factory)
{
    private async Task<BudgetingRound> RoundAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GovernanceDbContext>().Set<BudgetingRound>().AsNoTracking().SingleAsync();
    }

    private async Task<IReadOnlyList<BudgetingRoundBallot>> BallotsAsync(BudgetingRound round)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IBudgetingBallots>().ListAsync(round.Id);
    }

    // The outcome is computed in the background after ballots change (ADR 0031); wait until it counts every ballot.
    private async Task WaitForResultsAsync(BudgetingRound round, int ballots)
    {
        for (var wait = 0; wait < 600; wait++)
        {
            // Counted every ballot, and the latest change of any (a replaced ballot keeps the count).
            await using var scope = factory.Services.CreateAsyncScope();
            var watermark = await scope.ServiceProvider.GetRequiredService<IBudgetingBallots>().WatermarkAsync(round.Id);
            if (await scope.ServiceProvider.GetRequiredService<IBudgetingResults>().ReadAsync(round.Id) is { } results && results.Ballots == ballots && results.Watermark == watermark)
            {
                return;
            }

            await Task.Delay(100);
        }
    }

    private async Task<ParticipatoryGovernance.Residents.ResidentId> ResidentIdOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<DemoUser>>();
        return new((await users.FindByEmailAsync(email))!.ResidentId!.Value);
    }

    [Fact]
    public async Task Page_ShowsTheOutcomeUnderBothRules_ComputedByTheLibraryFromTheStoredBallots()
    {
        var round = await RoundAsync();
        var ballots = await BallotsAsync(round);
        var outcome = round.Outcomes(ballots, RafsanjanPreset.Charter.Budgeting.Add1StepPerVoter);
        var greedy = outcome.Greedy;
        var equalShares = outcome.EqualShares!;
        await WaitForResultsAsync(round, ballots.Count);

        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Budgeting?culture=en");

        ballots.Should().HaveCountGreaterThanOrEqualTo(300);
        page.QuerySelector("#outcome-heading")!.TextContent.Should().Be("If voting closed today");
        page.QuerySelectorAll("#outcomes tr[data-greedy='funded']").Select(r => r.GetAttribute("data-project")).Should().BeEquivalentTo(greedy.Funded);
        page.QuerySelectorAll("#outcomes tr[data-equal-shares='funded']").Select(r => r.GetAttribute("data-project")).Should().BeEquivalentTo(equalShares.Funded);
        page.QuerySelectorAll("#outcomes tbody tr").Should().HaveCount(round.Projects.Count);
        var funded = equalShares.Projects.First(p => p.IsFunded);
        page.QuerySelector($"#outcomes tr[data-project='{funded.ProjectId}']")!.TextContent.Should().Contain(funded.Explanation.English);
        page.QuerySelector("#ballot-form").Should().BeNull("an anonymous reader is asked to sign in");
    }

    [Fact]
    public async Task Vote_StoresTheBallot_ThenChangesIt_AndExplainsABallotOutsideTheCharterLimits()
    {
        var round = await RoundAsync();
        var before = await BallotsAsync(round);
        var client = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();
        var page = await HtmlPage.GetAsync(client, "/Budgeting");
        var ids = page.QuerySelectorAll("#ballot-form input[name='Approved']").Select(i => i.GetAttribute("value")!).ToList();

        var tooMany = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(client, page, "#ballot-form", null, null, ids.Take(round.MaximumProjectsPerBallot + 1).Select(id => ("Approved", id))));
        var none = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(client, page, "#ballot-form"));
        var first = await HtmlPage.SubmitAsync(client, page, "#ballot-form", null, null, ids.Take(2).Select(id => ("Approved", id)));
        var afterFirst = await HtmlPage.GetAsync(client, "/Budgeting");
        var second = await HtmlPage.SubmitAsync(client, afterFirst, "#ballot-form", null, null, [("Approved", ids[3])]);
        var afterSecond = await HtmlPage.GetAsync(client, "/Budgeting");

        tooMany.QuerySelector("[data-valmsg-for='Approved']")!.TextContent.Should().Be($"A ballot must approve {round.MinimumProjectsPerBallot} to {round.MaximumProjectsPerBallot} projects; this one approves {round.MaximumProjectsPerBallot + 1}.", "the round's own rule reaches the reader");
        none.QuerySelector("[data-valmsg-for='Approved']")!.TextContent.Should().Be($"A ballot must approve {round.MinimumProjectsPerBallot} to {round.MaximumProjectsPerBallot} projects; this one approves 0.");
        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        afterFirst.QuerySelector("#notice")!.TextContent.Should().Be("Your ballot is recorded; you can change it until voting closes.");
        afterFirst.QuerySelectorAll("#ballot-form input:checked").Select(i => i.GetAttribute("value")).Should().BeEquivalentTo(ids.Take(2));
        second.StatusCode.Should().Be(HttpStatusCode.Redirect);
        afterSecond.QuerySelectorAll("#ballot-form input:checked").Select(i => i.GetAttribute("value")).Should().Equal(ids[3]);
        var resident = await ResidentIdOfAsync("resident1@demo.rafsanjan");
        var expected = before.Count + (before.Any(b => b.VoterId == resident) ? 0 : 1);
        var stored = await BallotsAsync(round);
        stored.Should().HaveCount(expected, "a changed ballot replaces the resident's earlier one");
        stored.Single(b => b.VoterId == resident).Approved.Select(i => i.Value.ToString()).Should().Equal(ids[3]);
    }

    [Fact]
    public async Task Vote_IsForResidents()
    {
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff);
        var page = await HtmlPage.GetAsync(staff, "/Budgeting");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var response = await staff.PostAsync("/Budgeting?handler=Vote", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        page.QuerySelector("#ballot-form").Should().BeNull();
    }
}
