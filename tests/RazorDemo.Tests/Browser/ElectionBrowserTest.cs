using Microsoft.Playwright;
using RazorDemo.Data;
using RazorDemo.Identity;

namespace RazorDemo.Tests.Browser;

/// <summary>
/// The second city in a real browser (issue #17, item 5): a young resident of Baghestan votes with two preferences; an
/// anonymous reader switches to Baghestan and reads the decided election's count round by round; and switching back
/// changes what every page shows.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ElectionBrowserTest(BrowserFixture browser)
{
    private static readonly string[] Pages = ["/", "/Neighbourhoods", "/Ideas", "/Councils", "/Meetings", "/YouthMayors", "/Calendar", "/Budgeting", "/Elections"];

    [SkippableFact]
    public async Task AYoungResidentVotes_AndAnAnonymousReaderSeesTheCountRoundByRound()
    {
        var voter = await browser.NewVisitorAsync();
        await voter.GotoAsync("/Account/Login");
        await voter.FillAsync("#login-form [name='Email']", DemoSecondCity.YoungVoterEmails[0]);
        await voter.FillAsync("#login-form [name='Password']", DemoAccounts.Password);
        await voter.ClickAsync("#login-form [type='submit']");
        await voter.WaitForSelectorAsync("#signed-in-as");

        // The account belongs to Baghestan: its elections are listed without switching.
        await voter.GotoAsync("/Elections");
        (await voter.TextContentAsync("#current-city"))!.Should().Contain("باغستان");
        await voter.ClickAsync("#elections tr[data-state='Polling'] a >> nth=0");
        await voter.WaitForSelectorAsync("#vote-form");
        var before = int.Parse((await voter.GetAttributeAsync("#ballots-cast", "data-count"))!, System.Globalization.CultureInfo.InvariantCulture);
        await voter.CheckAsync("#vote-form input[name='FirstPreference'] >> nth=0");
        await voter.CheckAsync("#vote-form input[name='SecondPreference'] >> nth=2");
        await voter.ClickAsync("#vote-button");
        await voter.WaitForSelectorAsync("#notice");
        var after = int.Parse((await voter.GetAttributeAsync("#ballots-cast", "data-count"))!, System.Globalization.CultureInfo.InvariantCulture);
        var hasVoted = await voter.IsVisibleAsync("#has-voted");

        // An anonymous reader starts in Rafsanjan, switches with the city switch, and opens the decided election.
        var reader = await browser.NewVisitorAsync();
        await reader.GotoAsync("/Elections");
        var noElections = await reader.IsVisibleAsync("#no-elections");
        await reader.ClickAsync("#city-switch button");
        await reader.WaitForSelectorAsync("#elections");
        await reader.ClickAsync("#elections tr[data-state='Counted'] a");
        await reader.WaitForSelectorAsync("#count");
        var firstRound = await reader.Locator("#first-round tbody tr").CountAsync();
        var secondRound = await reader.Locator("#second-round tbody tr").CountAsync();
        var winner = await reader.TextContentAsync("#winner");
        var exhausted = await reader.IsVisibleAsync("#exhausted");

        after.Should().Be(before + 1);
        hasVoted.Should().BeTrue();
        (await voter.TextContentAsync("#notice"))!.Should().Contain("رأی شما ثبت شد");
        noElections.Should().BeTrue("Rafsanjan's charter has youth mayors chosen after interview");
        firstRound.Should().BeGreaterThanOrEqualTo(2);
        secondRound.Should().Be(2, "nobody had a majority, so the two leaders went to the second round");
        winner.Should().Contain("برگزیده");
        exhausted.Should().BeTrue();
    }

    [SkippableFact]
    public async Task SwitchingCities_ChangesWhatEveryPageShows()
    {
        var reader = await browser.NewVisitorAsync();
        var first = new Dictionary<string, string>();
        foreach (var page in Pages)
        {
            await reader.GotoAsync(page);
            first[page] = await reader.InnerTextAsync("main");
        }

        var rafsanjan = await reader.GetAttributeAsync("#current-city", "data-city");
        await reader.ClickAsync("#city-switch button");
        await reader.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var baghestan = await reader.GetAttributeAsync("#current-city", "data-city");
        var changed = new List<string>();
        foreach (var page in Pages)
        {
            await reader.GotoAsync(page);
            (await reader.GetAttributeAsync("#current-city", "data-city")).Should().Be(baghestan, page);
            if (await reader.InnerTextAsync("main") != first[page])
            {
                changed.Add(page);
            }
        }

        // And back: the switch remembers the choice in a cookie, as the language switch does.
        await reader.ClickAsync("#city-switch button");
        await reader.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var back = await reader.GetAttributeAsync("#current-city", "data-city");

        baghestan.Should().NotBe(rafsanjan);
        changed.Should().BeEquivalentTo(Pages, "every page shows the chosen city's records");
        back.Should().Be(rafsanjan);
    }
}
