using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.Events;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;
using static ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport.BudgetingScenario;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>
/// Budgeting rounds and their ballots on both databases: the round stored whole without ballots, each ballot a row of
/// its own upserted by (round, voter) through the commands, outcomes computed from the types the database counts.
/// </summary>
[Collection(DatabaseTests.Name)]
public class BudgetingRoundStorageTest(DatabaseFixture fixture)
{
    private readonly FakeClock _clock = new(BudgetingServices.VotingDay);

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Ballots_AreRowsUpsertedByVoter_WithTheirEventsInTheOutbox_AndTheDatabaseCountsTheirTypes(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        var p = scenario.Projects;
        var voters = scenario.World.ResidentsOf(scenario.World.North, 3).Concat(scenario.World.ResidentsOf(scenario.World.South, 3)).ToList();
        await scenario.SaveAsync(database);
        await using var services = BudgetingServices.Build(database, _clock);
        List<CitizenIdeaId>[] approvals = [[p[3], p[0]], [p[1]], [p[2], p[3], p[1]], [p[0], p[3]], [p[1]], [p[1], p[0], p[2], p[3]]];

        for (var i = 0; i < voters.Count; i++)
        {
            (await Cast(services, scenario, voters[i].Id, approvals[i])).ThrowIfFailed();
        }

        var replaced = await Cast(services, scenario, voters[1].Id, [p[2], p[0]]);

        replaced.Value.Events.Should().ContainSingle().Which.Should().Be(new BudgetingBallotCast(scenario.Round.Id, voters[1].Id, true));
        await using var scope = services.CreateAsyncScope();
        var ballots = scope.ServiceProvider.GetRequiredService<IBudgetingBallots>();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        (await ballots.CountAsync(scenario.Round.Id)).Should().Be(6, "a replaced ballot keeps one row");
        var mine = (await ballots.FindAsync(scenario.Round.Id, voters[1].Id))!;
        mine.Approved.Should().Equal(p[0], p[2]);
        (mine.Channel, mine.EnteredBy, mine.CastAt).Should().Be((BallotChannel.Web, (string?)null, BudgetingServices.VotingDay));
        var tally = await ballots.ReadTypesAsync(scenario.Round.Id);
        tally.Ballots.Should().Be(6);
        tally.Types.Should().HaveCount(5, "two voters approve {p0, p3}");
        tally.Types.Single(t => t.Count == 2).Approved.Should().Equal(p[0], p[3]);
        tally.Watermark.Should().Be(await ballots.WatermarkAsync(scenario.Round.Id)).And.BeGreaterThan(0);

        var round = await db.BudgetingRounds.AsNoTracking().SingleAsync();
        db.Entry(round).State.Should().Be(EntityState.Detached);
        var stored = await ballots.ListAsync(scenario.Round.Id);
        var step = RafsanjanPreset.Charter.Budgeting.Add1StepPerVoter;
        StoredState.ShouldEqual(round.Outcomes(tally.Types, step), round.Outcomes(stored, step));
        var casts = await db.DomainEvents.Where(e => e.EventType == typeof(BudgetingBallotCast).FullName).OrderBy(e => e.Sequence).ToListAsync();
        casts.Select(e => ((BudgetingBallotCast)e.ToDomainEvent()).Replaced).Should().Equal(false, false, false, false, false, false, true);
        casts.Should().OnlyContain(e => e.AggregateId == scenario.Round.Id.Value && e.RecordedAt == _clock.GetCurrentInstant());
        db.VersionOf(await db.BudgetingRounds.SingleAsync()).Should().Be(1, "casting never writes the round");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task RefusedBallots_StoreNothing(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        var p = scenario.Projects;
        var voter = scenario.World.Resident(scenario.World.North, Gender.Female);
        var child = scenario.World.Resident(scenario.World.North, Gender.Male, 1398);
        await scenario.SaveAsync(database);
        await using var services = BudgetingServices.Build(database, _clock);

        (await Cast(services, scenario, child.Id, [p[0]])).Violations.Single().Rule.Should().Be(BudgetingRuleIds.VoterTooYoung);
        (await Cast(services, scenario, voter.Id, [])).Violations.Single().Rule.Should().Be(BudgetingRuleIds.BallotSize);
        (await Cast(services, scenario, voter.Id, [p[0], p[0]])).Violations.Single().Rule.Should().Be(BudgetingRuleIds.ProjectRepeated);
        (await Cast(services, scenario, voter.Id, [p[0], CitizenIdeaId.New()])).Violations.Single().Rule.Should().Be(BudgetingRuleIds.NotAProject);
        _clock.Reset(ClosesOn.PlusDays(1).AtStartOfDayInZone(Calendar.PersianDates.TimeZone).ToInstant() + Duration.FromHours(9));
        (await services.InScopeAsync<CloseBudgetingRoundHandler, Result<Changed>>(h => h.HandleAsync(new CloseBudgetingRound(scenario.World.City.Id, scenario.Round.Id)))).ThrowIfFailed();
        (await Cast(services, scenario, voter.Id, [p[0]])).Violations.Single().Rule.Should().Be(BudgetingRuleIds.RoundClosed);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        (await scope.ServiceProvider.GetRequiredService<IBudgetingBallots>().CountAsync(scenario.Round.Id)).Should().Be(0);
        (await db.DomainEvents.CountAsync(e => e.EventType == typeof(BudgetingBallotCast).FullName)).Should().Be(0);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Store_RefusesABallotCheckedBeforeTheRoundClosed_WhenItArrivesAfter(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        var voter = scenario.World.Resident(scenario.World.North, Gender.Female);
        var checkedBallot = scenario.Round.CheckBallot(voter, [scenario.Projects[0]], new BallotCasting(BudgetingServices.VotingDay, OpensOn.PlusDays(2))).Value;
        scenario.Round.Close(ClosesOn.PlusDays(1), 0).ThrowIfFailed();
        await scenario.SaveAsync(database);
        await using var db = database.CreateContext();

        var stored = await new BudgetingBallots(db).StoreAsync(checkedBallot);

        stored.Violations.Single().Rule.Should().Be(BudgetingRuleIds.RoundClosed);
        (await new BudgetingBallots(db).CountAsync(scenario.Round.Id)).Should().Be(0);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task EmptyRound_GetsNoBallotsYetResults_OpenAndClosed_AndTakesItsFirstBallot(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        var voter = scenario.World.Resident(scenario.World.North, Gender.Female);
        await scenario.SaveAsync(database);
        await using var services = BudgetingServices.Build(database, _clock);
        var worker = services.GetRequiredService<BudgetingOutcomeWorker>();
        var read = () => services.InScopeAsync<ReadBudgetingResultsHandler, Result<BudgetingResultsView>>(h => h.HandleAsync(new ReadBudgetingResults(scenario.World.City.Id, scenario.Round.Id)));

        (await worker.RecountAsync(scenario.Round.Id)).Should().BeTrue();
        var open = (await read()).Value;

        open.Results!.Ballots.Should().Be(0);
        open.Note.Should().Be(ReadBudgetingResultsHandler.NoBallotsYet);
        open.Results.Outcome.EqualShares!.Projects.Should().OnlyContain(x => x.Explanation.English == "No ballots yet; no project is funded.");
        (await Cast(services, scenario, voter.Id, [scenario.Projects[1]])).IsSuccess.Should().BeTrue("the first ballot of an empty round is stored");
        (await worker.RecountAsync(scenario.Round.Id)).Should().BeTrue();
        (await read()).Value.Results!.Outcome.EqualShares!.Funded.Should().Equal(scenario.Round.Projects[1].ProjectId);

        var closedScenario = new BudgetingScenario();
        closedScenario.Round.Close(ClosesOn.PlusDays(1), 0).ThrowIfFailed();
        await closedScenario.SaveAsync(database);
        (await worker.RecountAsync(closedScenario.Round.Id)).Should().BeTrue();
        var closed = (await services.InScopeAsync<ReadBudgetingResultsHandler, Result<BudgetingResultsView>>(h => h.HandleAsync(new ReadBudgetingResults(closedScenario.World.City.Id, closedScenario.Round.Id)))).Value;
        (closed.Shown, closed.Results!.Ballots, closed.Note).Should().Be((true, 0, ReadBudgetingResultsHandler.NoBallotsYet));
        worker.LastError.Should().BeNull();
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Results_AreNotReplacedByResultsOfAnEarlierWatermark(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        await scenario.SaveAsync(database);
        var outcome = scenario.Round.Outcomes(Array.Empty<BudgetingBallotType>(), 1);
        await using var db = database.CreateContext();
        var results = new BudgetingResults(db);

        (await results.StoreAsync(new BudgetingRoundResults(scenario.Round.Id, 7, 20, BudgetingServices.VotingDay, outcome))).Should().BeTrue();
        (await results.StoreAsync(new BudgetingRoundResults(scenario.Round.Id, 5, 12, BudgetingServices.VotingDay, outcome))).Should().BeFalse();

        var stored = (await results.ReadAsync(scenario.Round.Id))!;
        (stored.Ballots, stored.Watermark, stored.ComputedAt).Should().Be((7, 20L, BudgetingServices.VotingDay));
        StoredState.ShouldEqual(stored.Outcome, outcome);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Worker_CoalescesABurst_AndItsLastResultsCountEveryBallot(Provider provider)
    {
        const int Burst = 100;
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        var voters = scenario.World.ResidentsOf(scenario.World.North, Burst);
        await scenario.SaveAsync(database);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The first computation with a ballot is held at its write until the whole burst is stored.
        await using var services = BudgetingServices.Build(database, _clock, s => s.AddScoped<IBudgetingResults>(sp =>
            new GatedResults(new BudgetingResults(sp.GetRequiredService<GovernanceDbContext>()), gate, entered)));
        var worker = services.GetRequiredService<BudgetingOutcomeWorker>();
        using var stop = new CancellationTokenSource();
        var running = worker.RunAsync(stop.Token);

        (await Cast(services, scenario, voters[0].Id, [scenario.Projects[0]])).ThrowIfFailed();
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(60));
        for (var i = 1; i < Burst; i++)
        {
            (await Cast(services, scenario, voters[i].Id, [scenario.Projects[i % 4]])).ThrowIfFailed();
        }

        var computationsDuringBurst = worker.Computations;
        gate.SetResult();
        BudgetingRoundResults? last = null;
        for (var wait = 0; wait < 600 && last?.Ballots != Burst; wait++)
        {
            await Task.Delay(100);
            last = await services.InScopeAsync<IBudgetingResults, BudgetingRoundResults?>(r => r.ReadAsync(scenario.Round.Id));
        }

        await stop.CancelAsync();
        await running;
        last!.Ballots.Should().Be(Burst);
        last.Outcome.Greedy.Projects.Sum(x => x.Approvals).Should().Be(Burst);
        computationsDuringBurst.Should().BeLessThanOrEqualTo(1, "only the catch-up of the empty round finished while the first computation was held");
        worker.Computations.Should().BeLessThanOrEqualTo(3, $"{Burst} ballots make the catch-up, the held computation and one more run");
        worker.LastError.Should().BeNull();
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task CastBallots_StoresABatchInOneTransaction_AndReportsEachRefusal(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        var p = scenario.Projects;
        var voters = scenario.World.ResidentsOf(scenario.World.South, 20);
        var child = scenario.World.Resident(scenario.World.North, Gender.Male, 1398);
        await scenario.SaveAsync(database);
        await using var services = BudgetingServices.Build(database, _clock);
        List<BudgetBallotEntry> batch = [.. voters.Select((v, i) => new BudgetBallotEntry(v.Id, [p[i % 4]])), new(child.Id, [p[0]]), new(voters[0].Id, [p[1]])];

        var result = (await services.InScopeAsync<CastBudgetBallotsHandler, Result<BallotsCast>>(h =>
            h.HandleAsync(new CastBudgetBallots(scenario.World.City.Id, scenario.Round.Id, batch, BallotChannel.Paper, "clerk-3"))))
            .Value;

        result.Stored.Should().Be(20);
        result.Refused.Select(r => (r.Index, r.Violations.Single().Rule)).Should().Equal((20, BudgetingRuleIds.VoterTooYoung), (21, BudgetingRuleIds.VoterRepeated));
        await using var scope = services.CreateAsyncScope();
        var ballots = scope.ServiceProvider.GetRequiredService<IBudgetingBallots>();
        var all = await ballots.ListAsync(scenario.Round.Id);
        all.Should().HaveCount(20).And.OnlyContain(b => b.Channel == BallotChannel.Paper && b.EnteredBy == "clerk-3");
        (await ballots.ReadTypesAsync(scenario.Round.Id)).Types.Select(t => t.Count).Should().Equal(5, 5, 5, 5);
        (await scope.ServiceProvider.GetRequiredService<GovernanceDbContext>().DomainEvents.CountAsync(e => e.EventType == typeof(BudgetingBallotCast).FullName)).Should().Be(20);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task CumulativeBallots_AreStoredWithTheirPoints_AndRefusedOverTheLimits(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var charter = RafsanjanPreset.Charter with { Budgeting = RafsanjanPreset.Charter.Budgeting with { BallotKind = BudgetingBallotKind.Cumulative } };
        var scenario = new BudgetingScenario(charter);
        var p = scenario.Projects;
        var voter = scenario.World.Resident(scenario.World.North, Gender.Female);
        await scenario.SaveAsync(database);
        await using var services = BudgetingServices.Build(database, _clock);
        Task<Result<Changed>> Give(params BudgetingPoints[] points) => services.InScopeAsync<CastBudgetBallotHandler, Result<Changed>>(h =>
            h.HandleAsync(new CastBudgetBallot(scenario.World.City.Id, scenario.Round.Id, voter.Id, null, points)));

        (await Give(new BudgetingPoints(p[0], 4))).Violations.Single().Rule.Should().Be(BudgetingRuleIds.PointsPerProject);
        (await Give(new(p[0], 3), new(p[1], 3), new(p[2], 3), new(p[3], 3))).Violations.Single().Rule.Should().Be(BudgetingRuleIds.PointsPerBallot);
        (await Give(new(p[2], 1), new(p[0], 3))).ThrowIfFailed();

        await using var scope = services.CreateAsyncScope();
        var stored = (await scope.ServiceProvider.GetRequiredService<IBudgetingBallots>().FindAsync(scenario.Round.Id, voter.Id))!;
        stored.Approved.Should().Equal(p[0], p[2]);
        stored.Points.Should().Equal(3, 1);
    }

    private static Task<Result<Changed>> Cast(IServiceProvider services, BudgetingScenario scenario, ResidentId voter, IReadOnlyList<CitizenIdeaId> approved) =>
        services.InScopeAsync<CastBudgetBallotHandler, Result<Changed>>(h => h.HandleAsync(new CastBudgetBallot(scenario.World.City.Id, scenario.Round.Id, voter, approved)));
}
