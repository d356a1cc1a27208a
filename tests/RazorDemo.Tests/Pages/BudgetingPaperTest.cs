using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Budgeting;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// A ballot clerk enters a resident's paper ballot: stored through the library's paper-ballot command with the clerk's
/// id and the time, listed on the clerk's page, and counted with the rest. Residents get 403; anonymous readers sign in.
/// </summary>
[Collection(DemoCollection.Name)]
public class BudgetingPaperTest(DemoFactory factory)
{
    [Fact]
    public async Task Clerk_EntersAPaperBallot_WhichIsAuditedAndCountedWithTheRest()
    {
        var round = await BudgetingRecords.DemoRoundAsync(factory);
        var voter = await BudgetingRecords.EligibleVoterAsync(factory, round, skip: 3);
        var clerk = await SignIn.AsRoleAsync(factory, DemoRoles.BallotClerk).InEnglishAsync();
        var page = await HtmlPage.GetAsync(clerk, "/Budgeting/Paper");
        var ids = page.QuerySelectorAll("#paper-form input[name='Approved']").Select(i => i.GetAttribute("value")!).ToList();
        int before;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            before = await scope.ServiceProvider.GetRequiredService<IBudgetingBallots>().CountAsync(round.Id);
        }

        var badId = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(clerk, page, "#paper-form", new Dictionary<string, string> { ["ResidentId"] = "not an id" }, null, ids.Take(2).Select(id => ("Approved", id))));
        var unknown = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(clerk, page, "#paper-form", new Dictionary<string, string> { ["ResidentId"] = Guid.NewGuid().ToString() }, null, ids.Take(2).Select(id => ("Approved", id))));
        var entered = await HtmlPage.SubmitAsync(clerk, page, "#paper-form", new Dictionary<string, string> { ["ResidentId"] = voter.Id.Value.ToString() }, null, ids.Take(round.MinimumProjectsPerBallot).Select(id => ("Approved", id)));
        var after = await HtmlPage.GetAsync(clerk, "/Budgeting/Paper");
        var results = await BudgetingRecords.WaitForResultsAsync(factory, round.Id);

        badId.QuerySelector("#resident-error")!.TextContent.Should().StartWith("Enter the resident's id");
        badId.QuerySelectorAll("#paper-form input:checked").Select(i => i.GetAttribute("value")).Should().BeEquivalentTo(ids.Take(2), "the clerk's ticks are kept");
        unknown.QuerySelector("#ballot-error")!.TextContent.Should().NotBeNullOrWhiteSpace("the library refuses a resident it does not know");
        entered.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.QuerySelector("#notice")!.TextContent.Should().Contain(voter.Id.Value.ToString());
        var row = after.QuerySelector($"#entries tr[data-voter='{voter.Id.Value}']");
        row.Should().NotBeNull("the clerk's page lists the entry");
        row!.QuerySelector(".entered-by")!.TextContent.Should().Be(DemoAccounts.All.Single(a => a.Role == DemoRoles.BallotClerk).PersianName, "the entry keeps the name of the clerk who typed it");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var ballots = scope.ServiceProvider.GetRequiredService<IBudgetingBallots>();
            var ballot = await ballots.FindAsync(round.Id, voter.Id);
            var clerkUser = await scope.ServiceProvider.GetRequiredService<UserManager<DemoUser>>().FindByEmailAsync(SignIn.EmailOf(DemoRoles.BallotClerk));
            ballot.Should().NotBeNull();
            ballot!.Channel.Should().Be(BallotChannel.Paper);
            ballot.EnteredBy.Should().Be(clerkUser!.Id, "each paper ballot keeps who entered it");
            ballot.Approved.Select(i => i.Value.ToString()).Should().Equal(ids.Take(round.MinimumProjectsPerBallot));
            var count = await ballots.CountAsync(round.Id);
            count.Should().Be(before + 1);
            results.Ballots.Should().Be(count, "paper ballots are counted with the rest");
        }
    }

    [Fact]
    public async Task PaperPage_IsForBallotClerks_Only()
    {
        var resident = await SignIn.AsRoleAsync(factory, DemoRoles.Resident);
        var admin = await SignIn.AsRoleAsync(factory, DemoRoles.Administrator);
        var anonymous = factory.NewClient();
        var token = (await HtmlPage.GetAsync(resident, "/Budgeting")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var residentGet = await resident.GetAsync("/Budgeting/Paper");
        var adminGet = await admin.GetAsync("/Budgeting/Paper");
        var anonymousGet = await anonymous.GetAsync("/Budgeting/Paper");
        var residentPost = await resident.PostAsync("/Budgeting/Paper?handler=Enter", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["ResidentId"] = Guid.NewGuid().ToString() }));

        residentGet.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        adminGet.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        residentPost.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        anonymousGet.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymousGet.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
    }
}
