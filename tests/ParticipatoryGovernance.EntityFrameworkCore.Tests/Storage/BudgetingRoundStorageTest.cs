using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.Events;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using static ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport.BudgetingScenario;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>Budgeting rounds with their projects and ballots, saved and read back whole, on both databases.</summary>
[Collection(DatabaseTests.Name)]
public class BudgetingRoundStorageTest(DatabaseFixture fixture)
{
    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ClosedRound_ReadsBackWithProjectsBallotsAreaAndWindow_AndGivesTheSameOutcomes(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        var round = scenario.Round;
        var p = scenario.Projects;
        var voters = scenario.World.ResidentsOf(scenario.World.North, 3).Concat(scenario.World.ResidentsOf(scenario.World.South, 3)).ToList();
        List<CitizenIdeaId>[] approvals =
        [
            [p[3], p[0]], [p[1]], [p[2], p[3], p[1]], [p[0], p[2]], [p[3]], [p[1], p[0], p[2], p[3]],
        ];
        for (var i = 0; i < voters.Count; i++)
        {
            round.CastBallot(voters[i], approvals[i], OpensOn.PlusDays(i)).ThrowIfFailed();
        }

        round.CastBallot(voters[1], [p[2], p[0]], OpensOn.PlusDays(7)).ThrowIfFailed();
        round.Close(ClosesOn.PlusDays(1)).ThrowIfFailed();
        var raised = round.DomainEvents.ToList();
        await scenario.SaveAsync(database);

        await using var db = database.CreateContext();
        var stored = await db.BudgetingRounds.SingleAsync(r => r.Id == round.Id);
        StoredState.ShouldEqual(stored, round);
        stored.Projects.Select(x => x.IdeaId).Should().Equal(Enumerable.Reverse(scenario.Ideas).Select(i => i.Id));
        stored.Projects.Select(x => x.Cost.Amount).Should().Equal(200_000_000, 275_000_000, 350_000_000, 425_000_000);
        stored.Ballots.Select(b => b.VoterId).Should().Equal(voters.Select(v => v.Id), "in the order voters first voted");
        stored.Ballots[1].Approved.Should().Equal(p[2], p[0]);
        stored.Ballots[5].Approved.Should().Equal(p[1], p[0], p[2], p[3]);
        stored.Area.Should().Equal(scenario.World.South.Id, scenario.World.North.Id);
        (stored.Budget.Amount, stored.VotingOpensOn, stored.VotingClosesOn, stored.ClosedOn).Should().Be((1_000_000_000L, OpensOn, ClosesOn, ClosesOn.PlusDays(1)));
        stored.IsClosed.Should().BeTrue();
        // At the charter's Add1 step: stepping one rial at a time through a rial budget takes millions of runs (issue 16).
        var step = RafsanjanPreset.Charter.Budgeting.Add1StepPerVoter;
        StoredState.ShouldEqual(stored.Outcomes(step).Value, round.Outcomes(step).Value);
        db.VersionOf(stored).Should().Be(1);
        raised.Should().HaveCount(1 + 7 + 1, "opened, a ballot each and one changed, closed");
        StoredState.ShouldEqual(await SavedInSteps<BudgetingRound>.StoredEventsAsync(db, round.Id.Value), raised);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task BallotChangedAfterReload_IsStoredAsChanged_InItsPlace(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        var p = scenario.Projects;
        var voters = scenario.World.ResidentsOf(scenario.World.North, 4);
        for (var i = 0; i < 3; i++)
        {
            scenario.Round.CastBallot(voters[i], [p[i], p[3]], OpensOn).ThrowIfFailed();
        }

        await scenario.SaveAsync(database);

        BudgetingRound changed;
        await using (var db = database.CreateContext())
        {
            changed = await db.BudgetingRounds.SingleAsync();
            changed.CastBallot(voters[1], [p[3], p[2], p[0]], OpensOn.PlusDays(2)).ThrowIfFailed();
            changed.CastBallot(voters[3], [p[1]], OpensOn.PlusDays(2)).ThrowIfFailed();
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.BudgetingRounds.SingleAsync();
            StoredState.ShouldEqual(stored, changed);
            stored.Ballots.Select(b => b.VoterId).Should().Equal(voters.Select(v => v.Id), "a changed ballot keeps its place");
            stored.Ballots[1].Approved.Should().Equal(p[3], p[2], p[0]);
            stored.Ballots[0].Approved.Should().Equal(p[0], p[3]);
            db.VersionOf(stored).Should().Be(2);
            (await db.Set<BudgetingRoundBallot>().CountAsync()).Should().Be(4, "one row per voter");
            var casts = await db.DomainEvents.Where(e => e.EventType == typeof(BudgetingBallotCast).FullName).OrderBy(e => e.Sequence).ToListAsync();
            casts.Select(e => ((BudgetingBallotCast)e.ToDomainEvent()).Replaced).Should().Equal(false, false, false, true, false);
        }
    }
}
