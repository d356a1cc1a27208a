using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>
/// A paper ballot never silently replaces a stored ballot: a clerk entering the same resident's ballot twice (in two
/// batches), or a resident who voted on the web and in the box, is refused with the reason; the first ballot stands and
/// is counted once.
/// </summary>
[Collection(DatabaseTests.Name)]
public class PaperBallotDoubleEntryTest(DatabaseFixture fixture)
{
    private readonly FakeClock _clock = new(BudgetingServices.VotingDay);

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task A_second_entry_of_the_same_voter_is_refused_with_a_reason(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        var p = scenario.Projects;
        var voters = scenario.World.ResidentsOf(scenario.World.South, 2);
        await scenario.SaveAsync(database);
        await using var services = BudgetingServices.Build(database, _clock);
        Task<Result<BallotsCast>> Paper(params BudgetBallotEntry[] batch) => services.InScopeAsync<CastBudgetBallotsHandler, Result<BallotsCast>>(h =>
            h.HandleAsync(new CastBudgetBallots(scenario.World.City.Id, scenario.Round.Id, batch, BallotChannel.Paper, "clerk-1")));

        (await Paper(new BudgetBallotEntry(voters[0].Id, [p[0]]))).Value.Stored.Should().Be(1);
        (await services.InScopeAsync<CastBudgetBallotHandler, Result<Changed>>(h =>
            h.HandleAsync(new CastBudgetBallot(scenario.World.City.Id, scenario.Round.Id, voters[1].Id, [p[1]])))).IsSuccess.Should().BeTrue();

        var again = (await Paper(new BudgetBallotEntry(voters[0].Id, [p[2]]), new BudgetBallotEntry(voters[1].Id, [p[3]]))).Value;

        again.Stored.Should().Be(0);
        again.Refused.Select(r => (r.Index, r.Violations.Single().Rule)).Should().Equal((0, BudgetingRuleIds.PaperVoterHasBallot), (1, BudgetingRuleIds.PaperVoterHasBallot));
        again.Refused[0].Violations[0].Message.English.Should().Contain("paper ballot has already been entered");
        again.Refused[1].Violations[0].Message.English.Should().Contain("already voted in this round (not on paper)");
        again.Refused.Should().OnlyContain(r => r.Violations[0].Message.Persian.Length > 0);
        await using var scope = services.CreateAsyncScope();
        var ballots = scope.ServiceProvider.GetRequiredService<IBudgetingBallots>();
        (await ballots.FindAsync(scenario.Round.Id, voters[0].Id))!.Approved.Should().Equal([p[0]], "the first paper ballot stands");
        (await ballots.FindAsync(scenario.Round.Id, voters[1].Id))!.Channel.Should().Be(BallotChannel.Web, "the web ballot stands");
        (await ballots.CountAsync(scenario.Round.Id)).Should().Be(2);
    }
}
