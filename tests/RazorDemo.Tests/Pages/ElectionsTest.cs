using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// The elections of the second city (issue #17, item 5): the list, the round-by-round count every reader sees, and the
/// ballot a young resident casts through the library's command, which refuses those who may not vote.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed partial class ElectionsTest(DemoFactory factory)
{
    [Fact]
    public async Task Elections_InTheFirstCity_SayItsCharterHasNoElections()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Elections?culture=en");

        page.QuerySelector("#no-elections")!.TextContent.Should().Contain("chosen by the neighbourhood mayor after interview");
        page.QuerySelector("#elections").Should().BeNull();
    }

    [Fact]
    public async Task Elections_InTheSecondCity_ListOpenPollsAndTheDecidedElection()
    {
        var client = await Cities.ReaderOfAsync(factory, await Cities.SecondAsync(factory));
        var elections = await Cities.ElectionsAsync(factory);

        var page = await HtmlPage.GetAsync(client, "/Elections?culture=en");

        page.QuerySelector("#city-name")!.TextContent.Should().Be("Baghestan Municipality");
        var rows = page.QuerySelectorAll("#elections tbody tr");
        rows.Select(r => r.GetAttribute("data-election")).Should().BeEquivalentTo(elections.Select(e => e.Id.Value.ToString()));
        rows.Select(r => r.GetAttribute("data-state")).Should().Contain(["Polling", "Counted"]);
    }

    [Fact]
    public async Task DecidedElection_ShowsTheCountRoundByRound_ToAnAnonymousReader()
    {
        var client = await Cities.ReaderOfAsync(factory, await Cities.SecondAsync(factory));
        var decided = (await Cities.ElectionsAsync(factory)).Single(e => e.CountedOn is not null);
        var result = decided.ResultOfCount()!;

        var page = await HtmlPage.GetAsync(client, $"/Elections/{decided.Id.Value}?culture=en");

        // The first round: every candidate's first preferences, most first, and who continues.
        page.QuerySelectorAll("#first-round tbody tr").Select(r => (r.GetAttribute("data-candidate"), r.GetAttribute("data-votes")))
            .Should().Equal(result.FirstRound.Select(c => ((string?)c.Candidate.Value.ToString(), (string?)c.Votes.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        result.ElectedInFirstRound.Should().BeFalse("the seeded ballots give nobody a majority, so the count has two rounds");
        page.QuerySelector("#eliminated")!.TextContent.Should().Contain("Eliminated");

        // The second round: first preferences, transfers and totals, winner first; the exhausted ballots; the winner.
        var second = page.QuerySelectorAll("#second-round tbody tr").ToList();
        second.Select(r => r.GetAttribute("data-candidate")).Should().Equal(result.FinalRound.Select(c => c.Candidate.Value.ToString()));
        second.Select(r => int.Parse(r.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(result.FinalRound.Select(c => c.Votes));
        second.Select(r => int.Parse(r.GetAttribute("data-transferred")!, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(result.FinalRound.Select(c => result.Transfers.Single(t => t.Candidate == c.Candidate).Votes));
        page.QuerySelector("#exhausted")!.GetAttribute("data-count").Should().Be(result.ExhaustedBallots.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector("#winner")!.GetAttribute("data-winner").Should().Be(result.Winner.Value.ToString());
        page.QuerySelector("#vote-form").Should().BeNull("a counted election takes no ballots");
    }

    [Fact]
    public async Task DecidedElection_InPersian_ShowsNoLatinDigit()
    {
        var client = await Cities.ReaderOfAsync(factory, await Cities.SecondAsync(factory));
        var decided = (await Cities.ElectionsAsync(factory)).Single(e => e.CountedOn is not null);

        var page = await HtmlPage.GetAsync(client, $"/Elections/{decided.Id.Value}");
        var list = await HtmlPage.GetAsync(client, "/Elections");

        LatinDigit().IsMatch(page.QuerySelector("main")!.TextContent).Should().BeFalse(page.QuerySelector("main")!.TextContent);
        LatinDigit().IsMatch(list.QuerySelector("main")!.TextContent).Should().BeFalse();
    }

    [Fact]
    public async Task AYoungResident_VotesWithTwoPreferences_OnceOnly()
    {
        var client = await SignIn.AsAsync(factory, DemoSecondCity.YoungVoterEmails[0]).InEnglishAsync();
        var election = await Cities.OpenElectionOfFirstNeighbourhoodAsync(factory);
        var voter = await Cities.ResidentOfAsync(factory, DemoSecondCity.YoungVoterEmails[0]);
        var candidates = election.Candidates.Select(c => c.ResidentId.Value.ToString()).ToList();
        var url = $"/Elections/{election.Id.Value}";
        var page = await HtmlPage.GetAsync(client, url);

        var response = await HtmlPage.SubmitAsync(client, page, "#vote-form", null, null, [("FirstPreference", candidates[0]), ("SecondPreference", candidates[1])]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await Cities.ElectionAsync(factory, election.Id);
        after.BallotsCast.Should().Be(election.BallotsCast + 1);
        after.HasVoted(voter).Should().BeTrue();
        var shown = await HtmlPage.GetAsync(client, url);
        shown.QuerySelector("#notice")!.TextContent.Should().Contain("Your ballot is recorded");
        shown.QuerySelector("#has-voted").Should().NotBeNull();
        shown.QuerySelector("#vote-form").Should().BeNull();

        // A second ballot, posted by a tampering client, is the election's refusal: nothing changes.
        var again = await HtmlPage.SubmitAsync(client, page, "#vote-form", null, null, [("FirstPreference", candidates[1])]);
        var refused = await HtmlPage.ReadAsync(again);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        refused.QuerySelector("#refusal")!.TextContent.Should().Contain("already voted");
        (await Cities.ElectionAsync(factory, election.Id)).BallotsCast.Should().Be(after.BallotsCast);
    }

    [Fact]
    public async Task AnAdultResident_IsRefusedByTheElection_AndNothingChanges()
    {
        var client = await SignIn.AsAsync(factory, DemoSecondCity.AdultEmail).InEnglishAsync();
        var election = await Cities.OpenElectionOfFirstNeighbourhoodAsync(factory);
        var page = await HtmlPage.GetAsync(client, $"/Elections/{election.Id.Value}");
        var first = election.Candidates[0].ResidentId.Value.ToString();

        var response = await HtmlPage.SubmitAsync(client, page, "#vote-form", null, null, [("FirstPreference", first)]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await HtmlPage.ReadAsync(response);
        refused.QuerySelector("#refusal")!.TextContent.Should().Contain("Voters must be 12 to 23 years old");
        refused.QuerySelector($"#first-{first}")!.HasAttribute("checked").Should().BeTrue("the choice is kept when the ballot is refused");
        (await Cities.ElectionAsync(factory, election.Id)).BallotsCast.Should().Be(election.BallotsCast);
    }

    [Fact]
    public async Task AVoter_OfAnotherNeighbourhood_IsRefusedByTheElection()
    {
        var client = await SignIn.AsAsync(factory, DemoSecondCity.YoungVoterEmails[1]).InEnglishAsync();
        var elsewhere = (await Cities.ElectionsAsync(factory)).Single(e => e.CountedOn is null && e.Seat == Gender.Male);
        var page = await HtmlPage.GetAsync(client, $"/Elections/{elsewhere.Id.Value}");

        var response = await HtmlPage.SubmitAsync(client, page, "#vote-form", null, null, [("FirstPreference", elsewhere.Candidates[0].ResidentId.Value.ToString())]);

        (await HtmlPage.ReadAsync(response)).QuerySelector("#refusal")!.TextContent.Should().Contain("lives in another neighbourhood");
        (await Cities.ElectionAsync(factory, elsewhere.Id)).BallotsCast.Should().Be(elsewhere.BallotsCast);
    }

    [Fact]
    public async Task ABallot_WithoutAFirstPreference_OrRepeatingIt_IsRefusedBesideItsField()
    {
        var client = await SignIn.AsAsync(factory, DemoSecondCity.YoungVoterEmails[1]).InEnglishAsync();
        var election = await Cities.OpenElectionOfFirstNeighbourhoodAsync(factory);
        var page = await HtmlPage.GetAsync(client, $"/Elections/{election.Id.Value}");
        var first = election.Candidates[0].ResidentId.Value.ToString();

        var none = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(client, page, "#vote-form", null, null, []));
        var repeated = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(client, page, "#vote-form", null, null, [("FirstPreference", first), ("SecondPreference", first)]));

        none.QuerySelector("#first-error")!.TextContent.Should().Be("Choose your first preference.");
        repeated.QuerySelector("#refusal")!.TextContent.Should().Contain("second preference must be a different candidate");
        (await Cities.ElectionAsync(factory, election.Id)).BallotsCast.Should().Be(election.BallotsCast);
    }

    [Fact]
    public async Task TheVoteForm_NeverAnswers500_ToHostileValues_AndOutsidersAreRefused()
    {
        var election = await Cities.OpenElectionOfFirstNeighbourhoodAsync(factory);
        var url = $"/Elections/{election.Id.Value}";
        var failures = new List<string>();
        foreach (var email in new[] { DemoSecondCity.AdultEmail, DemoSecondCity.YoungVoterEmails[1] })
        {
            var client = await SignIn.AsAsync(factory, email);
            var page = await HtmlPage.GetAsync(client, url);
            foreach (var value in Hostile.HostileFormsTest.Values)
            {
                var response = await HtmlPage.SubmitAsync(client, page, "#vote-form", null, null, [("FirstPreference", value), ("SecondPreference", value)]);
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.BadRequest))
                {
                    failures.Add($"{email}: {value.Length} characters → {(int)response.StatusCode}");
                }
            }
        }

        // Every role the TakePart policy does not admit, and an anonymous reader: refused, whatever the city.
        var token = await TokenAsync(factory.NewClient());
        foreach (var role in DemoRoles.All.Where(r => !DemoPolicies.Roles[DemoPolicies.TakePart].Contains(r)).Prepend(null))
        {
            var client = role is null ? factory.NewClient() : await SignIn.AsRoleAsync(factory, role);
            var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenAsync(client), ["FirstPreference"] = election.Candidates[0].ResidentId.Value.ToString() };
            var response = await client.PostAsync(url + "?handler=Vote", new FormUrlEncodedContent(fields));
            response.StatusCode.Should().BeOneOf([HttpStatusCode.Redirect, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.BadRequest], role ?? "anonymous");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                response.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
            }
        }

        token.Should().NotBeEmpty();
        failures.Should().BeEmpty();
        (await Cities.ElectionAsync(factory, election.Id)).BallotsCast.Should().BeLessThanOrEqualTo(election.BallotsCast + 1);
    }

    [Fact]
    public async Task AVote_EvictsTheCachedElectionPage_ForAnonymousReaders()
    {
        var reader = await Cities.ReaderOfAsync(factory, await Cities.SecondAsync(factory));
        var election = (await Cities.ElectionsAsync(factory)).Single(e => e.CountedOn is null && e.Seat == Gender.Male);
        var url = $"/Elections/{election.Id.Value}";
        var before = (await HtmlPage.GetAsync(reader, url)).QuerySelector("#ballots-cast")!.GetAttribute("data-count");

        // A resident of that neighbourhood votes (an account made here: the demo's voters live in neighbourhood 1).
        var voter = await Cities.VoterOfAsync(factory, election);
        using (var scope = factory.Services.CreateScope())
        {
            var commands = scope.ServiceProvider.GetRequiredService<DemoCommands>();
            var city = await Cities.SecondAsync(factory);
            var cast = await commands.RunAsync(commands.Get<ParticipatoryGovernance.YouthMayors.UseCases.CastYouthMayorBallotHandler>().HandleAsync(
                new ParticipatoryGovernance.YouthMayors.UseCases.CastYouthMayorBallot(city.Id, election.Id, voter, election.Candidates[0].ResidentId)));
            cast.IsSuccess.Should().BeTrue(cast.ToString());
        }

        var after = (await HtmlPage.GetAsync(reader, url)).QuerySelector("#ballots-cast")!.GetAttribute("data-count");
        int.Parse(after!, System.Globalization.CultureInfo.InvariantCulture).Should().Be(int.Parse(before!, System.Globalization.CultureInfo.InvariantCulture) + 1);
    }

    [Fact]
    public async Task TheElectionPages_AreCachedForAnonymousReadersOfEachCity_WithNoTokenOrCookie()
    {
        var reader = await Cities.ReaderOfAsync(factory, await Cities.SecondAsync(factory));
        var open = await Cities.OpenElectionOfFirstNeighbourhoodAsync(factory);
        foreach (var url in new[] { "/Elections", $"/Elections/{open.Id.Value}" })
        {
            (await reader.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
            var again = await reader.GetAsync(url);
            again.Headers.Age.Should().NotBeNull($"{url} is served from the cache the second time");
            again.Headers.Contains("Set-Cookie").Should().BeFalse(url);
            var page = await HtmlPage.ReadAsync(again);
            page.QuerySelectorAll("input[name='__RequestVerificationToken']").Should().BeEmpty(url);
            page.QuerySelector("#current-city")!.GetAttribute("data-city").Should().Be((await Cities.SecondAsync(factory)).Id.Value.ToString(), url);
        }

        // The first city's reader of the same address gets the first city's page, not the cached copy of the second's.
        var first = await HtmlPage.GetAsync(factory.NewClient(), "/Elections");
        first.QuerySelector("#no-elections").Should().NotBeNull();
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var login = await HtmlPage.GetAsync(client, "/Account/Login");
        return ((AngleSharp.Html.Dom.IHtmlInputElement)login.QuerySelector("#login-form input[name='__RequestVerificationToken']")!).Value;
    }

    [GeneratedRegex("[0-9]")]
    private static partial Regex LatinDigit();
}
