using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// The budgeting round's page: it shows the outcome the background worker stored (one line per project under each rule)
/// and never computes one; ballots are stored and redirected, a refused ballot keeps the voter's ticks, readers right
/// after a ballot are served at once, and an empty round says so and takes its first ballot.
/// </summary>
[Collection(DemoCollection.Name)]
public partial class BudgetingTest(DemoFactory factory)
{
    /// <summary>A generous bound for one page on a shared 2-core machine: a smoke check, not the proof (the proof is the worker's counter).</summary>
    private static readonly TimeSpan PageBound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Page_ShowsTheStoredOutcome_OneLinePerProject_AndNeverComputesOnGet()
    {
        var round = await BudgetingRecords.DemoRoundAsync(factory);
        var results = await BudgetingRecords.WaitForResultsAsync(factory, round.Id);
        var worker = factory.Services.GetRequiredService<BudgetingOutcomeWorker>();
        var computations = worker.Computations;

        var timer = Stopwatch.StartNew();
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Budgeting?culture=en");
        var first = timer.Elapsed;
        var persian = await HtmlPage.GetAsync(factory.NewClient(), "/Budgeting");

        worker.Computations.Should().Be(computations, "a page view reads the stored outcome; it never computes one");
        first.Should().BeLessThan(PageBound);
        page.QuerySelector("#outcome-heading")!.TextContent.Should().Be("If voting closed today");
        page.QuerySelector("#counted")!.GetAttribute("data-ballots").Should().Be(results.Ballots.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelectorAll("#outcomes tr[data-greedy='funded']").Select(r => r.GetAttribute("data-project")).Should().BeEquivalentTo(results.Outcome.Greedy.Funded);
        page.QuerySelectorAll("#outcomes tr[data-equal-shares='funded']").Select(r => r.GetAttribute("data-project")).Should().BeEquivalentTo(results.Outcome.EqualShares!.Funded);
        page.QuerySelectorAll("#outcomes tbody tr").Should().HaveCount(round.Projects.Count);
        foreach (var document in new[] { page, persian })
        {
            foreach (var row in document.QuerySelectorAll("#outcomes tbody tr"))
            {
                var project = round.Projects.Single(p => p.ProjectId == row.GetAttribute("data-project"));
                row.QuerySelector("td a")!.TextContent.Should().Be(project.Title, "projects are named by title");
                foreach (var line in row.QuerySelectorAll(".greedy-line, .equal-shares-line").Select(c => c.TextContent.Trim()))
                {
                    line.Should().NotContainAny(["\n"], "a verdict is one line");
                    line.Length.Should().BeLessThanOrEqualTo(120, "a verdict is one short line, not a paragraph or a list of projects");
                    GuidStart().IsMatch(line).Should().BeFalse($"no project id is shown to readers: {line}");
                }
            }
        }

        page.QuerySelector("#ballot-form").Should().BeNull("an anonymous reader is asked to sign in");
        page.QuerySelector("#sign-in-to-vote").Should().NotBeNull();
    }

    [Fact]
    public async Task Page_ShowsWhatIsStored_NotWhatTheBallotsWouldGive()
    {
        // A round whose stored results were written by hand and disagree with its one ballot: the page shows the stored ones.
        var round = await BudgetingRecords.OpenRoundAsync(factory, rules => rules);
        var voter = await BudgetingRecords.EligibleVoterAsync(factory, round, skip: 0);
        await BudgetingRecords.CastAsync(factory, round, voter, [round.Projects[0].IdeaId, round.Projects[1].IdeaId]);
        await BudgetingRecords.WaitForResultsAsync(factory, round.Id);
        var last = round.Projects[^1].IdeaId;
        var planted = round.Outcomes([new BudgetingBallotType([last], [], 1)], 10_000);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var now = scope.ServiceProvider.GetRequiredService<IClock>().GetCurrentInstant();
            var stored = await scope.ServiceProvider.GetRequiredService<IBudgetingResults>().StoreAsync(
                new BudgetingRoundResults(round.Id, 1, long.MaxValue / 2, now, planted));
            stored.Should().BeTrue();
        }

        var page = await HtmlPage.GetAsync(factory.NewClient(), $"/Budgeting?round={round.Id.Value}&culture=en");

        // The one real ballot approves the first two projects; the planted outcome counts one vote for the last only.
        string VotesOf(int i) => page.QuerySelector($"#outcomes tr[data-project='{round.Projects[i].ProjectId}'] td:nth-child(2)")!.TextContent;
        VotesOf(round.Projects.Count - 1).Should().Be("1");
        VotesOf(0).Should().Be("0");
        VotesOf(1).Should().Be("0");
        page.QuerySelectorAll("#outcomes tr[data-greedy='funded']").Select(r => r.GetAttribute("data-project")).Should().BeEquivalentTo(planted.Greedy.Funded);
    }

    [Fact]
    public async Task Vote_KeepsTheVotersTicks_WhenRefused_ThenStoresTheBallotAndRedirects()
    {
        var round = await BudgetingRecords.DemoRoundAsync(factory);
        var client = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();
        var page = await HtmlPage.GetAsync(client, "/Budgeting");
        var ids = page.QuerySelectorAll("#ballot-form input[name='Approved']").Select(i => i.GetAttribute("value")!).ToList();
        var tooManyIds = ids.Skip(1).Take(round.MaximumProjectsPerBallot + 1).ToList();

        var tooMany = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(client, page, "#ballot-form", null, null, tooManyIds.Select(id => ("Approved", id))));
        var none = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(client, page, "#ballot-form"));
        var first = await HtmlPage.SubmitAsync(client, page, "#ballot-form", null, null, ids.Take(2).Select(id => ("Approved", id)));
        var afterFirst = await HtmlPage.GetAsync(client, "/Budgeting");
        var second = await HtmlPage.SubmitAsync(client, afterFirst, "#ballot-form", null, null, [("Approved", ids[3])]);
        var afterSecond = await HtmlPage.GetAsync(client, "/Budgeting");

        tooMany.QuerySelector("#ballot-error")!.TextContent.Should().Be($"A ballot must approve {round.MinimumProjectsPerBallot} to {round.MaximumProjectsPerBallot} projects; this one approves {round.MaximumProjectsPerBallot + 1}.", "the round's own rule reaches the reader");
        tooMany.QuerySelectorAll("#ballot-form input:checked").Select(i => i.GetAttribute("value")).Should().BeEquivalentTo(tooManyIds, "a refused ballot keeps what the voter ticked");
        tooMany.QuerySelector("#ballot-counter")!.TextContent.Should().StartWith($"{round.MaximumProjectsPerBallot + 1} projects chosen");
        none.QuerySelector("#ballot-error")!.TextContent.Should().Be($"A ballot must approve {round.MinimumProjectsPerBallot} to {round.MaximumProjectsPerBallot} projects; this one approves 0.");
        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        afterFirst.QuerySelector("#notice")!.TextContent.Should().Be("Your ballot is recorded; you can change it until voting closes.");
        afterFirst.QuerySelectorAll("#ballot-form input:checked").Select(i => i.GetAttribute("value")).Should().BeEquivalentTo(ids.Take(2));
        second.StatusCode.Should().Be(HttpStatusCode.Redirect);
        afterSecond.QuerySelectorAll("#ballot-form input:checked").Select(i => i.GetAttribute("value")).Should().Equal(ids[3]);
        var resident = await BudgetingRecords.ResidentIdOfAsync(factory, "resident1@demo.rafsanjan");
        await using var scope = factory.Services.CreateAsyncScope();
        var ballots = scope.ServiceProvider.GetRequiredService<IBudgetingBallots>();
        var count = await ballots.CountAsync(round.Id);
        afterSecond.QuerySelector("#ballot-count")!.TextContent.Should().Be(count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        (await ballots.FindAsync(round.Id, resident))!.Approved.Select(i => i.Value.ToString()).Should().Equal(new[] { ids[3] }, "a changed ballot replaces the resident's earlier one");
    }

    [Fact]
    public async Task ReadersRightAfterABallot_AreServedAtOnce_WithoutEachComputing()
    {
        var round = await BudgetingRecords.DemoRoundAsync(factory);
        await BudgetingRecords.WaitForResultsAsync(factory, round.Id);
        var worker = factory.Services.GetRequiredService<BudgetingOutcomeWorker>();
        var client = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan");
        var page = await HtmlPage.GetAsync(client, "/Budgeting");
        var ids = page.QuerySelectorAll("#ballot-form input[name='Approved']").Select(i => i.GetAttribute("value")!).ToList();
        var computations = worker.Computations;

        var posted = await HtmlPage.SubmitAsync(client, page, "#ballot-form", null, null, ids.Skip(4).Take(round.MinimumProjectsPerBallot).Select(id => ("Approved", id)));
        var timer = Stopwatch.StartNew();
        var readers = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            var response = await factory.NewClient().GetAsync("/Budgeting?culture=en");
            return (response.StatusCode, Elapsed: timer.Elapsed, Page: await HtmlPage.ReadAsync(response));
        }));
        var afterReaders = worker.Computations;

        posted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        readers.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        readers.Max(r => r.Elapsed).Should().BeLessThan(PageBound);
        (afterReaders - computations).Should().BeLessThanOrEqualTo(1, "the one ballot is counted at most once in the background; the ten readers compute nothing");
        await using var scope = factory.Services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<IBudgetingBallots>().CountAsync(round.Id);
        readers.Should().AllSatisfy(r => r.Page.QuerySelector("#ballot-count")!.TextContent.Should().Be(count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), "the new ballot is counted on the page at once"));
        readers.Should().AllSatisfy(r => r.Page.QuerySelectorAll("#outcomes tbody tr").Should().HaveCount(round.Projects.Count, "the last stored outcome is shown meanwhile"));
    }

    [Fact]
    public async Task EmptyRound_SaysNoBallotsYet_AndTakesItsFirstBallot()
    {
        var round = await BudgetingRecords.OpenThroughTheLibraryAsync(factory);
        var address = $"/Budgeting?round={round.Id.Value}";
        var anonymous = factory.NewClient();

        var english = await HtmlPage.GetAsync(anonymous, address + "&culture=en");
        var persian = await HtmlPage.GetAsync(anonymous, address);
        var client = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();
        var page = await HtmlPage.GetAsync(client, address);
        var ids = page.QuerySelectorAll("#ballot-form input[name='Approved']").Select(i => i.GetAttribute("value")!).ToList();
        var cast = await HtmlPage.SubmitAsync(client, page, "#ballot-form", null, null, ids.Take(round.MinimumProjectsPerBallot).Select(id => ("Approved", id)));
        var results = await BudgetingRecords.WaitForResultsAsync(factory, round.Id);
        var after = await HtmlPage.GetAsync(client, address);

        english.QuerySelector("#outcome-note")!.TextContent.Should().Be("No ballots yet.");
        persian.QuerySelector("#outcome-note")!.TextContent.Should().Be("هنوز رأیی داده نشده است.");
        english.QuerySelector("#outcomes").Should().BeNull();
        english.QuerySelector("#ballot-count")!.TextContent.Should().Be("0");
        cast.StatusCode.Should().Be(HttpStatusCode.Redirect);
        cast.Headers.Location!.OriginalString.Should().Contain("round=" + round.Id.Value, "the voter returns to the round they voted in");
        results.Ballots.Should().Be(1);
        after.QuerySelector("#ballot-count")!.TextContent.Should().Be("1");
        after.QuerySelector("#counted")!.GetAttribute("data-ballots").Should().Be("1");
        after.QuerySelectorAll("#outcomes tbody tr").Should().HaveCount(round.Projects.Count);
    }

    [Fact]
    public async Task RoundWhoseCharterHidesResults_SaysSo_WhileVotingIsOpen()
    {
        var round = await BudgetingRecords.OpenRoundAsync(factory, rules => rules with { ShowResultsWhileVoting = false });
        await BudgetingRecords.CastAsync(factory, round, await BudgetingRecords.EligibleVoterAsync(factory, round, 0), [round.Projects[0].IdeaId, round.Projects[1].IdeaId]);
        await BudgetingRecords.WaitForResultsAsync(factory, round.Id);

        var page = await HtmlPage.GetAsync(factory.NewClient(), $"/Budgeting?round={round.Id.Value}&culture=en");
        var project = await HtmlPage.GetAsync(factory.NewClient(), $"/Budgeting/Project/{round.Projects[0].IdeaId.Value}?round={round.Id.Value}&culture=en");

        page.QuerySelector("#outcome-note")!.TextContent.Should().Be("Results are shown once voting has closed.");
        page.QuerySelector("#outcomes").Should().BeNull();
        project.QuerySelector("#outcome-note")!.TextContent.Should().Be("Results are shown once voting has closed.");
        project.QuerySelector("#greedy").Should().BeNull();
    }

    [Fact]
    public async Task CumulativeRound_TakesPoints_AndKeepsThemWhenRefused()
    {
        var round = await BudgetingRecords.OpenRoundAsync(factory, rules => rules with { BallotKind = BudgetingBallotKind.Cumulative, MaximumPointsPerProject = 3, MaximumPointsPerBallot = 5 });
        var client = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan").InEnglishAsync();
        var address = $"/Budgeting?round={round.Id.Value}";
        var page = await HtmlPage.GetAsync(client, address);
        string Field(int i) => $"Points[{round.Projects[i].IdeaId.Value}]";

        var tooMany = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(client, page, "#ballot-form", new Dictionary<string, string> { [Field(0)] = "3", [Field(1)] = "3" }));
        var cast = await HtmlPage.SubmitAsync(client, page, "#ballot-form", new Dictionary<string, string> { [Field(0)] = "3", [Field(1)] = "2" });
        var results = await BudgetingRecords.WaitForResultsAsync(factory, round.Id);
        var after = await HtmlPage.GetAsync(client, address);

        tooMany.QuerySelector("#ballot-error")!.TextContent.Should().Be("A ballot gives at most 5 points in all; this one gives 6.");
        tooMany.QuerySelector($"input[name='{Field(0)}']")!.GetAttribute("value").Should().Be("3");
        tooMany.QuerySelector($"input[name='{Field(1)}']")!.GetAttribute("value").Should().Be("3");
        tooMany.QuerySelector("#ballot-counter")!.TextContent.Should().StartWith("2 projects chosen; 6 of 5 points used");
        cast.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.QuerySelector($"input[name='{Field(0)}']")!.GetAttribute("value").Should().Be("3");
        after.QuerySelector("#outcomes th:nth-child(2)")!.TextContent.Should().Be("Points");
        var row = after.QuerySelector($"#outcomes tr[data-project='{round.Projects[0].ProjectId}']")!;
        row.QuerySelector("td:nth-child(2)")!.TextContent.Should().Be("3");
        var second = results.Outcome.Greedy.Projects.Single(p => p.ProjectId == round.Projects[1].ProjectId);
        second.Score.Should().Be(2, "greedy on a cumulative round counts points");
        second.Approvals.Should().Be(1, "one ballot gave it points");
        results.Outcome.EqualShares.Should().NotBeNull("a cumulative round is counted by Equal Shares on points too");
    }

    [Fact]
    public async Task ProjectPage_ShowsCostSupportersAndEachRulesVerdict_FromTheStoredOutcome()
    {
        var round = await BudgetingRecords.DemoRoundAsync(factory);
        var results = await BudgetingRecords.WaitForResultsAsync(factory, round.Id);
        var worker = factory.Services.GetRequiredService<BudgetingOutcomeWorker>();
        var computations = worker.Computations;
        var funded = results.Outcome.EqualShares!.Projects.First(p => p.IsFunded);
        var notFunded = results.Outcome.Greedy.Projects.First(p => p.Verdict == GreedyVerdict.DidNotFit);
        var client = factory.NewClient();

        var page = await HtmlPage.GetAsync(client, $"/Budgeting/Project/{funded.ProjectId}?culture=en");
        var other = await HtmlPage.GetAsync(client, $"/Budgeting/Project/{notFunded.ProjectId}");
        var unknown = await client.GetAsync($"/Budgeting/Project/{Guid.NewGuid()}?culture=en");
        var notAnId = await client.GetAsync("/Budgeting/Project/not-an-id?culture=en");

        worker.Computations.Should().Be(computations);
        var project = round.Projects.Single(p => p.ProjectId == funded.ProjectId);
        page.QuerySelector("h1")!.TextContent.Should().Be(project.Title);
        page.QuerySelector("#cost")!.TextContent.Should().Be(project.Cost.Amount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector("#supporters")!.GetAttribute("data-count").Should().Be(funded.Approvals.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector("#equal-shares")!.GetAttribute("data-verdict").Should().Be(nameof(EqualSharesVerdict.Funded));
        page.QuerySelector("#greedy")!.GetAttribute("data-verdict").Should().Be(results.Outcome.Greedy.Projects.Single(p => p.ProjectId == funded.ProjectId).Verdict.ToString());
        page.QuerySelector("#back-link")!.GetAttribute("href").Should().Be("/Budgeting");
        other.QuerySelector("#greedy")!.GetAttribute("data-verdict").Should().Be(nameof(GreedyVerdict.DidNotFit));
        GuidStart().IsMatch(other.QuerySelector("#greedy-explanation")!.TextContent).Should().BeFalse("other projects are named by title");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await HtmlPage.ReadAsync(unknown)).QuerySelector("#not-found")!.TextContent.Should().Contain("does not name a project of this budgeting round");
        notAnId.StatusCode.Should().Be(HttpStatusCode.NotFound);
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

    [GeneratedRegex("[0-9a-fA-F۰-۹]{8}-[0-9a-fA-F۰-۹]{4}-")]
    private static partial Regex GuidStart();
}

/// <summary>Budgeting records for the page tests: rounds opened for a test, eligible voters, and waiting for the worker.</summary>
public static class BudgetingRecords
{
    /// <summary>How long a test waits for the background worker: Equal Shares with Add1 on the demo's 400 ballots takes seconds, more on a loaded machine.</summary>
    public static readonly TimeSpan WorkerTimeout = TimeSpan.FromMinutes(4);

    /// <summary>The round the page shows by default: the seeded one (test rounds open earlier, so they never displace it).</summary>
    public static async Task<BudgetingRound> DemoRoundAsync(DemoFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var rounds = await scope.ServiceProvider.GetRequiredService<GovernanceDbContext>().Set<BudgetingRound>().AsNoTracking().ToListAsync();
        return rounds.OrderByDescending(r => r.VotingOpensOn).ThenByDescending(r => r.Id.Value).First();
    }

    /// <summary>Waits until the stored results count the round's latest ballot change, and returns them.</summary>
    public static async Task<BudgetingRoundResults> WaitForResultsAsync(DemoFactory factory, BudgetingRoundId round)
    {
        var timer = Stopwatch.StartNew();
        while (true)
        {
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var watermark = await scope.ServiceProvider.GetRequiredService<IBudgetingBallots>().WatermarkAsync(round);
                var results = await scope.ServiceProvider.GetRequiredService<IBudgetingResults>().ReadAsync(round);
                if (results is not null && results.Watermark >= watermark)
                {
                    return results;
                }
            }

            if (timer.Elapsed > WorkerTimeout)
            {
                var error = factory.Services.GetRequiredService<BudgetingOutcomeWorker>().LastError;
                throw new TimeoutException($"The worker did not store the round's results within {WorkerTimeout}; its last error: {error?.ToString() ?? "none"}.");
            }

            await Task.Delay(200);
        }
    }

    public static async Task<ResidentId> ResidentIdOfAsync(DemoFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DemoUser>>();
        return new((await users.FindByEmailAsync(email))!.ResidentId!.Value);
    }

    /// <summary>
    /// Opens a small city-wide round on the demo round's first projects, with the city's charter changed by
    /// <paramref name="rules"/>; it opened 30 days ago (before the demo round) and closes in 5.
    /// </summary>
    public static async Task<BudgetingRound> OpenRoundAsync(DemoFactory factory, Func<BudgetingRules, BudgetingRules> rules, int projects = 4)
    {
        var demo = await DemoRoundAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var today = PersianDates.TodayInCity(scope.ServiceProvider.GetRequiredService<IClock>());
        var municipality = await db.Set<Municipality>().AsNoTracking().SingleAsync(m => m.Id == demo.MunicipalityId);
        var area = await db.Set<ParticipatoryGovernance.Neighbourhoods.Neighbourhood>().AsNoTracking().Where(n => n.MunicipalityId == demo.MunicipalityId).Select(n => n.Id).ToListAsync();
        var chosen = demo.Projects.Take(projects).ToList();
        var ids = chosen.Select(p => p.IdeaId).ToList();
        var ideas = await db.Set<CitizenIdea>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync();
        var charter = municipality.Charter with { Budgeting = rules(municipality.Charter.Budgeting) };
        var round = BudgetingRound.Open(
            BudgetingRoundId.New(), municipality.Id, area, null, "Test round " + Guid.NewGuid().ToString("N")[..6], demo.Budget,
            today.PlusDays(-30), today.PlusDays(5), charter, chosen.Select(p => (ideas.Single(i => i.Id == p.IdeaId), p.Cost))).Value;
        (await scope.ServiceProvider.GetRequiredService<IGovernanceStore>().AddAsync(round)).IsSuccess.Should().BeTrue();
        return round;
    }

    /// <summary>Opens a round through the library's command, as the municipality would: no ballots yet.</summary>
    public static async Task<BudgetingRound> OpenThroughTheLibraryAsync(DemoFactory factory)
    {
        var demo = await DemoRoundAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var today = PersianDates.TodayInCity(services.GetRequiredService<IClock>());
        var opened = await services.GetRequiredService<OpenBudgetingRoundHandler>().HandleAsync(new OpenBudgetingRound(
            demo.MunicipalityId, "Empty round " + Guid.NewGuid().ToString("N")[..6], demo.Budget.Amount,
            [.. demo.Projects.Take(5).Select(p => new BudgetingProjectInput(p.IdeaId, p.Cost.Amount))], today.PlusDays(-30), today.PlusDays(5)));
        opened.IsSuccess.Should().BeTrue(opened.ToString());
        return (await services.GetRequiredService<GovernanceDbContext>().Set<BudgetingRound>().AsNoTracking().ToListAsync()).Single(r => r.Id == opened.Value.Id);
    }

    /// <summary>An adult resident of the round's area without a ballot in it; <paramref name="skip"/> picks another.</summary>
    public static async Task<Resident> EligibleVoterAsync(DemoFactory factory, BudgetingRound round, int skip)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var ballots = scope.ServiceProvider.GetRequiredService<IBudgetingBallots>();
        var area = round.Area.ToList();
        var residents = await scope.ServiceProvider.GetRequiredService<GovernanceDbContext>().Set<Resident>().AsNoTracking().Where(r => area.Contains(r.NeighbourhoodId)).OrderByDescending(r => r.Id).Take(400).ToListAsync();
        var found = new List<Resident>();
        foreach (var resident in residents.Where(r => round.Area.Contains(r.NeighbourhoodId) && r.AgeOn(round.VotingOpensOn) >= round.MinimumVoterAge + 1))
        {
            if (await ballots.FindAsync(round.Id, resident.Id) is null)
            {
                found.Add(resident);
                if (found.Count > skip)
                {
                    return resident;
                }
            }
        }

        throw new InvalidOperationException("No eligible voter without a ballot was found.");
    }

    /// <summary>Casts a ballot through the library's command, as a resident on the web would.</summary>
    public static async Task CastAsync(DemoFactory factory, BudgetingRound round, Resident voter, IReadOnlyList<CitizenIdeaId> approved)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var cast = await scope.ServiceProvider.GetRequiredService<CastBudgetBallotHandler>().HandleAsync(new CastBudgetBallot(round.MunicipalityId, round.Id, voter.Id, approved));
        cast.IsSuccess.Should().BeTrue(cast.ToString());
    }
}
