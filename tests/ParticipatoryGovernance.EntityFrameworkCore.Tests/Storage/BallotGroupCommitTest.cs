using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.Events;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;
using static ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport.BudgetingScenario;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>
/// The single-ballot path at speed: the open round kept in memory, and single ballots arriving together sharing one
/// read of their voters and one commit, each still checked by the command's rules and answered with its own result.
/// </summary>
[Collection(DatabaseTests.Name)]
public class BallotGroupCommitTest(DatabaseFixture fixture)
{
    private readonly FakeClock _clock = new(BudgetingServices.VotingDay);

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ConcurrentSingleBallots_AreEachCheckedAndAnswered_AndEveryAcceptedOneStoredOnce(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario(neighbourhoods: 3);
        var p = scenario.Projects;
        var voters = scenario.World.ResidentsOf(scenario.World.North, 30).Concat(scenario.World.ResidentsOf(scenario.World.South, 30)).ToList();
        var children = scenario.World.ResidentsOf(scenario.World.North, 5, 1398);
        var outside = scenario.World.ResidentsOf(scenario.World.Neighbourhoods[2], 5);
        var elsewhere = new World();
        var strangers = elsewhere.ResidentsOf(elsewhere.North, 5);
        var careless = scenario.World.ResidentsOf(scenario.World.South, 5);
        await scenario.SaveAsync(database);
        await elsewhere.SaveAsync(database);
        await using var services = BudgetingServices.Build(database, _clock);

        // Every kind of caller at once: valid ballots (two from each of ten voters, who change their minds), too young,
        // outside the round's area, of another city, unknown, and ballots breaking the round's rules.
        var calls = new List<(ResidentId Voter, IReadOnlyList<CitizenIdeaId> Approved, string? Refusal)>();
        calls.AddRange(voters.Select((v, i) => (v.Id, (IReadOnlyList<CitizenIdeaId>)[p[i % 4]], (string?)null)));
        calls.AddRange(voters.Take(10).Select(v => (v.Id, (IReadOnlyList<CitizenIdeaId>)[p[0], p[1]], (string?)null)));
        calls.AddRange(children.Select(c => (c.Id, (IReadOnlyList<CitizenIdeaId>)[p[0]], (string?)BudgetingRuleIds.VoterTooYoung)));
        calls.AddRange(outside.Select(o => (o.Id, (IReadOnlyList<CitizenIdeaId>)[p[0]], (string?)BudgetingRuleIds.VoterOutsideArea)));
        calls.AddRange(strangers.Select(s => (s.Id, (IReadOnlyList<CitizenIdeaId>)[p[0]], (string?)UseCaseRules.NotFound)));
        calls.AddRange(Enumerable.Range(0, 5).Select(_ => (ResidentId.New(), (IReadOnlyList<CitizenIdeaId>)[p[0]], (string?)UseCaseRules.NotFound)));
        calls.AddRange(careless.Select(v => (v.Id, (IReadOnlyList<CitizenIdeaId>)[p[1], p[1]], (string?)BudgetingRuleIds.ProjectRepeated)));

        var results = await Task.WhenAll(calls.Select(c => Task.Run(() => Cast(services, scenario, c.Voter, c.Approved))));

        for (var i = 0; i < calls.Count; i++)
        {
            if (calls[i].Refusal is { } rule)
            {
                results[i].Violations.Select(v => v.Rule).Should().Equal([rule], $"call {i} breaks {rule}");
            }
            else
            {
                results[i].IsSuccess.Should().BeTrue($"call {i} is a valid ballot: {string.Join("; ", results[i].Violations.Select(v => v.Message.English))}");
                results[i].Value.Events.Should().ContainSingle().Which.Should().BeOfType<BudgetingBallotCast>().Which.VoterId.Should().Be(calls[i].Voter);
            }
        }

        await using var scope = services.CreateAsyncScope();
        var ballots = scope.ServiceProvider.GetRequiredService<IBudgetingBallots>();
        (await ballots.CountAsync(scenario.Round.Id)).Should().Be(voters.Count);
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var events = await db.DomainEvents.Where(e => e.EventType == typeof(BudgetingBallotCast).FullName).ToListAsync();
        events.Should().HaveCount(voters.Count + 10, "one event per stored ballot, a changed one included");
        events.Select(e => (BudgetingBallotCast)e.ToDomainEvent()).Count(e => e.Replaced).Should().Be(10);
        foreach (var voter in voters.Take(10))
        {
            // Whichever of a voter's two ballots was written last is stored, whole.
            var stored = (await ballots.FindAsync(scenario.Round.Id, voter.Id))!;
            stored.Approved.Count.Should().BeOneOf(1, 2);
        }
    }

    [Fact]
    public async Task BallotsQueuedWhileAWriteIsUnderway_ShareOneReadOfTheirVoters_AndOneWrite()
    {
        var queue = new BallotCommitQueue();
        var round = BudgetingRoundId.New();
        var first = new BudgetingRoundBallot(round, ResidentId.New(), [CitizenIdeaId.New()], [], BudgetingServices.VotingDay, BallotChannel.Web, null);
        var release = new TaskCompletionSource();
        var reads = new List<IReadOnlyCollection<ResidentId>>();
        var writes = new List<int>();
        var known = Enumerable.Range(0, 12).Select(_ => ResidentId.New()).ToList();
        var unknown = ResidentId.New();

        Task<IReadOnlyDictionary<ResidentId, Resident>> Read(IReadOnlyCollection<ResidentId> ids, CancellationToken token)
        {
            lock (reads)
            {
                reads.Add(ids);
            }

            var world = new World();
            return Task.FromResult<IReadOnlyDictionary<ResidentId, Resident>>(ids.Where(known.Contains).ToDictionary(id => id, _ => world.Resident(world.North, Gender.Female)));
        }

        async Task<Result<IReadOnlyList<BudgetingBallotCast>>> Write(IReadOnlyList<BudgetingRoundBallot> batch, CancellationToken token)
        {
            lock (writes)
            {
                writes.Add(batch.Count);
            }

            if (writes.Count == 1)
            {
                await release.Task;
            }

            return Result.Success<IReadOnlyList<BudgetingBallotCast>>([.. batch.Select(b => new BudgetingBallotCast(b.RoundId, b.VoterId, false))]);
        }

        var holding = queue.StoreAsync(first, Read, Write);
        while (writes.Count == 0)
        {
            await Task.Delay(5);
        }

        Result<BudgetingRoundBallot> Accept(ResidentId id, Resident? voter) =>
            voter is null
                ? Result.Failure<BudgetingRoundBallot>(RuleViolation.Of("test.not-found", "یافت نشد", "not found"))
                : Result.Success(new BudgetingRoundBallot(round, id, [CitizenIdeaId.New()], [], BudgetingServices.VotingDay, BallotChannel.Web, null));
        var queued = known.Append(unknown).Select(id => queue.CastAsync(round, id, voter => Accept(id, voter), Read, Write)).ToList();
        release.SetResult();
        await holding;
        var answers = await Task.WhenAll(queued);

        reads.Should().ContainSingle("the thirteen queued ballots' voters are read in one query").Which.Should().HaveCount(13);
        writes.Should().Equal([1, 12], "the twelve accepted ballots are written together after the first write");
        answers.Take(12).Should().OnlyContain(a => a.IsSuccess);
        answers[12].Violations.Single().Rule.Should().Be("test.not-found");
        answers.Take(12).Select(a => a.Value.VoterId).Should().Equal(known);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task AnOpenRound_IsKeptInMemory_AndAClosedOneIsReadEachTime(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var open = new BudgetingScenario();
        var closed = new BudgetingScenario();
        closed.Round.Close(ClosesOn.PlusDays(1), 0).ThrowIfFailed();
        await open.SaveAsync(database);
        await closed.SaveAsync(database);
        await using var services = BudgetingServices.Build(database, _clock);

        async Task<BudgetingRound?> Find(BudgetingRoundId id)
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IBudgetingBallots>().FindRoundAsync(id);
        }

        var once = await Find(open.Round.Id);
        var twice = await Find(open.Round.Id);
        once.Should().NotBeNull().And.BeSameAs(twice);
        once!.Projects.Should().HaveCount(4);
        var closedOnce = await Find(closed.Round.Id);
        closedOnce!.IsClosed.Should().BeTrue();
        (await Find(closed.Round.Id)).Should().NotBeSameAs(closedOnce);
        (await Find(BudgetingRoundId.New())).Should().BeNull();
    }

    private static Task<Result<Changed>> Cast(IServiceProvider services, BudgetingScenario scenario, ResidentId voter, IReadOnlyList<CitizenIdeaId> approved) =>
        services.InScopeAsync<CastBudgetBallotHandler, Result<Changed>>(h => h.HandleAsync(new CastBudgetBallot(scenario.World.City.Id, scenario.Round.Id, voter, approved)));
}
