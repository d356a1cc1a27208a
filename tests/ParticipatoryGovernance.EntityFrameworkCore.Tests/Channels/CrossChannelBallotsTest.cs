using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Channels;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Channels;

/// <summary>
/// A round voted by USSD equals the same ballots cast on the web: the same residents, the same choices (some changed
/// once, some refused by the round's rules), through the simulated phone and the real menu over stored sessions, or
/// through <see cref="CastBudgetBallot"/> as the ballot page calls it; the stored ballots and the outcome are the same.
/// </summary>
[Collection(DatabaseTests.Name)]
public class CrossChannelBallotsTest(DatabaseFixture fixture)
{
    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ARoundVotedByUssd_StoresTheSameBallotsAndOutcome_AsTheSameBallotsCastOnTheWeb(Provider provider)
    {
        fixture.SkipUnlessAvailable(provider);
        var scenario = new BudgetingScenario();
        var voters = scenario.World.ResidentsOf(scenario.World.North, 12).Concat(scenario.World.ResidentsOf(scenario.World.South, 12)).ToList();
        var children = scenario.World.ResidentsOf(scenario.World.North, 3, 1398);
        var everyone = voters.Concat(children).ToList();
        var phones = everyone.Select((r, i) => (Resident: r, Phone: $"+98912{i:D7}")).ToList();

        // Each voter approves a non-empty subset of the four projects (its bits); every third changes their mind once.
        var ballots = new List<(Resident Voter, string Phone, int[] Projects)>();
        foreach (var (voter, phone, i) in phones.Select((p, i) => (p.Resident, p.Phone, i)))
        {
            ballots.Add((voter, phone, Subset((i % 15) + 1)));
            if (i % 3 == 0)
            {
                ballots.Add((voter, phone, Subset(((i + 7) % 15) + 1)));
            }
        }

        var ussd = await PrepareAsync(provider, scenario, first: true);
        var web = await PrepareAsync(provider, scenario, first: false);
        await using var ussdServices = Services(ussd);
        await using var webServices = Services(web);
        foreach (var (resident, phone) in phones)
        {
            await ussdServices.InScopeAsync<IPhoneDirectory, bool>(async d =>
            {
                await d.SetAsync(new PhoneResident(phone, scenario.World.City.Id, resident.Id, "fa"));
                return true;
            });
        }

        var stored = new Dictionary<ResidentId, int[]>();
        var ussdRefused = 0;
        var webRefused = 0;
        foreach (var (voter, phone, projects) in ballots)
        {
            // By phone: the menu in one scope per request, as the gateway's HTTP callback runs it.
            var handset = new UssdPhone(request => ussdServices.InScopeAsync<UssdMenu, UssdReply>(m => m.HandleAsync(request)), LocalForm(phone));
            await handset.DialAsync();
            await handset.SendAsync("۱");
            await handset.SendAsync("1");

            // The menu starts from the stored ballot: toggle the projects that differ (the screen shows a page at a time).
            var before = stored.GetValueOrDefault(voter.Id, []);
            foreach (var n in Enumerable.Range(1, 4).Where(n => before.Contains(n) != projects.Contains(n)))
            {
                await handset.SendAsync(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            await handset.SendAsync("0");
            var done = await handset.SendAsync("1");
            ussdRefused += done.Continues ? 1 : 0;
            if (!done.Continues)
            {
                stored[voter.Id] = projects;
            }

            // On the web: the command the ballot page runs.
            var approved = projects.Select(n => scenario.Round.Projects[n - 1].IdeaId).ToList();
            var result = await webServices.InScopeAsync<CastBudgetBallotHandler, ParticipatoryGovernance.Common.Result<ParticipatoryGovernance.UseCases.Changed>>(
                h => h.HandleAsync(new CastBudgetBallot(scenario.World.City.Id, scenario.Round.Id, voter.Id, approved)));
            webRefused += result.IsFailure ? 1 : 0;
        }

        var childrensBallots = ballots.Count(b => children.Contains(b.Voter));
        childrensBallots.Should().BeGreaterThan(children.Count, "a child tries twice");
        ussdRefused.Should().Be(childrensBallots);
        webRefused.Should().Be(childrensBallots);
        var fromPhones = await StoredAsync(ussd, scenario.Round.Id);
        var fromWeb = await StoredAsync(web, scenario.Round.Id);
        fromPhones.Select(b => (b.Voter, string.Join(',', b.Approved))).Should().Equal(fromWeb.Select(b => (b.Voter, string.Join(',', b.Approved))));
        fromPhones.Should().HaveCount(voters.Count).And.OnlyContain(b => b.Channel == BallotChannel.Ussd);
        fromWeb.Should().OnlyContain(b => b.Channel == BallotChannel.Web);

        var phoneOutcome = await OutcomeAsync(ussdServices, scenario.Round);
        var webOutcome = await OutcomeAsync(webServices, scenario.Round);
        phoneOutcome.Ballots.Should().Be(voters.Count);
        phoneOutcome.Greedy.Funded.Should().Equal(webOutcome.Greedy.Funded);
        phoneOutcome.Greedy.Spent.Should().Be(webOutcome.Greedy.Spent);
        phoneOutcome.EqualShares!.Funded.Should().Equal(webOutcome.EqualShares!.Funded);
    }

    private static int[] Subset(int bits) => [.. Enumerable.Range(1, 4).Where(n => (bits & (1 << (n - 1))) != 0)];

    private static string Persian(int n) => ParticipatoryGovernance.Calendar.PersianDigits.Format(n);

    private static string LocalForm(string e164) => "0" + e164[3..];

    // The same records in two databases: the world saves itself once, so the second copy is added whole.
    private async Task<TestDatabase> PrepareAsync(Provider provider, BudgetingScenario scenario, bool first)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        if (first)
        {
            await scenario.World.SaveAsync(database);
        }
        else
        {
            await using var world = database.CreateContext();
            world.Add(scenario.World.City);
            world.AddRange(scenario.World.Neighbourhoods);
            world.AddRange(scenario.World.Residents);
            await world.SaveChangesAsync();
        }

        await using var db = database.CreateContext();
        db.AddRange(scenario.Ideas);
        db.Add(scenario.Round);
        await db.SaveChangesAsync();
        return database;
    }

    private static ServiceProvider Services(TestDatabase database) =>
        BudgetingServices.Build(database, new FakeClock(BudgetingServices.VotingDay), s => s.AddParticipatoryGovernanceChannels());

    private static async Task<List<(Guid Voter, List<Guid> Approved, BallotChannel Channel)>> StoredAsync(TestDatabase database, BudgetingRoundId round)
    {
        await using var db = database.CreateContext();
        var rows = await db.Set<StoredBudgetingBallot>().AsNoTracking().Where(b => b.RoundId == round).ToListAsync();
        var result = new List<(Guid, List<Guid>, BallotChannel)>();
        await using var provider = Services(database);
        await using var scope = provider.CreateAsyncScope();
        var ballots = scope.ServiceProvider.GetRequiredService<IBudgetingBallots>();
        foreach (var row in rows.OrderBy(r => r.VoterId.Value))
        {
            var ballot = (await ballots.FindAsync(round, row.VoterId))!;
            result.Add((ballot.VoterId.Value, [.. ballot.Approved.Select(a => a.Value)], ballot.Channel));
        }

        return result;
    }

    private static async Task<BudgetingRoundOutcome> OutcomeAsync(ServiceProvider services, BudgetingRound round)
    {
        var tally = await services.InScopeAsync<IBudgetingBallots, BudgetingBallotTally>(b => b.ReadTypesAsync(round.Id));
        return round.Outcomes(tally.Types, 1);
    }
}
