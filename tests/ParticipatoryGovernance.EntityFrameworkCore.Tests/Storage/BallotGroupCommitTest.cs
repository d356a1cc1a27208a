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
    public async Task VotersAreReadWhileAWriteIsUnderway_AndTheirBallotsWrittenTogetherAfterIt()
    {
        var queue = new BallotCommitQueue();
        var fake = new FakeStorage();
        var first = fake.Ballot(ResidentId.New());
        fake.HoldFirstWrite = new TaskCompletionSource();

        var holding = queue.StoreAsync(first, fake.ReadAsync, fake.WriteAsync);
        await FakeStorage.WaitAsync(() => fake.Writes.Count == 1);
        var queued = fake.Known.Append(fake.Unknown).Select(id => queue.CastAsync(fake.Round, id, voter => fake.Check(id, voter), fake.ReadAsync, fake.WriteAsync)).ToList();
        await FakeStorage.WaitAsync(() => fake.Reads.Sum(r => r.Count) == 13);
        fake.Writes.Should().Equal([1], "the thirteen voters were read and checked while the first write was still on its way");
        queued[12].IsCompleted.Should().BeTrue("a refusal answers its caller at once");
        fake.HoldFirstWrite.SetResult();
        await holding;
        var answers = await Task.WhenAll(queued);

        fake.Writes.Should().Equal([1, 12], "the twelve accepted ballots are written together after the first write");
        answers.Take(12).Should().OnlyContain(a => a.IsSuccess);
        answers.Take(12).Select(a => a.Value.VoterId).Should().Equal(fake.Known);
        answers[12].Violations.Single().Rule.Should().Be("test.not-found");
    }

    [Fact]
    public async Task BallotsQueuedWhileVotersAreBeingRead_ShareTheNextRead()
    {
        var queue = new BallotCommitQueue();
        var fake = new FakeStorage { HoldFirstRead = new TaskCompletionSource() };
        var early = ResidentId.New();
        fake.Known.Add(early);

        var holding = queue.CastAsync(fake.Round, early, voter => fake.Check(early, voter), fake.ReadAsync, fake.WriteAsync);
        await FakeStorage.WaitAsync(() => fake.Reads.Count == 1);
        var queued = fake.Known.Take(12).Append(fake.Unknown).Select(id => queue.CastAsync(fake.Round, id, voter => fake.Check(id, voter), fake.ReadAsync, fake.WriteAsync)).ToList();
        fake.HoldFirstRead.SetResult();
        (await holding).IsSuccess.Should().BeTrue();
        var answers = await Task.WhenAll(queued);

        fake.Reads.Select(r => r.Count).Should().Equal([1, 13], "the thirteen ballots queued behind the first read share one query");
        fake.Writes.Sum().Should().Be(13);
        fake.Writes.Count.Should().BeLessThanOrEqualTo(2);
        answers.Take(12).Should().OnlyContain(a => a.IsSuccess);
        answers[12].Violations.Single().Rule.Should().Be("test.not-found");
    }

    /// <summary>Voters and ballot writes in memory, each call recorded; the first read or write can be held.</summary>
    private sealed class FakeStorage
    {
        private readonly World _world = new();

        public BudgetingRoundId Round { get; } = BudgetingRoundId.New();

        public List<ResidentId> Known { get; } = [.. Enumerable.Range(0, 12).Select(_ => ResidentId.New())];

        public ResidentId Unknown { get; } = ResidentId.New();

        public List<IReadOnlyCollection<ResidentId>> Reads { get; } = [];

        public List<int> Writes { get; } = [];

        public TaskCompletionSource? HoldFirstRead { get; init; }

        public TaskCompletionSource? HoldFirstWrite { get; set; }

        public BudgetingRoundBallot Ballot(ResidentId voter) =>
            new(Round, voter, [CitizenIdeaId.New()], [], BudgetingServices.VotingDay, BallotChannel.Web, null);

        public Result<BudgetingRoundBallot> Check(ResidentId id, Resident? voter) =>
            voter is null ? Result.Failure<BudgetingRoundBallot>(RuleViolation.Of("test.not-found", "یافت نشد", "not found")) : Result.Success(Ballot(id));

        public async Task<IReadOnlyDictionary<ResidentId, Resident>> ReadAsync(IReadOnlyCollection<ResidentId> ids, CancellationToken token)
        {
            int count;
            lock (Reads)
            {
                Reads.Add(ids);
                count = Reads.Count;
            }

            if (count == 1 && HoldFirstRead is not null)
            {
                await HoldFirstRead.Task;
            }

            lock (_world)
            {
                return ids.Where(Known.Contains).ToDictionary(id => id, _ => _world.Resident(_world.North, Gender.Female));
            }
        }

        public async Task<Result<IReadOnlyList<BudgetingBallotCast>>> WriteAsync(IReadOnlyList<BudgetingRoundBallot> batch, CancellationToken token)
        {
            int count;
            lock (Writes)
            {
                Writes.Add(batch.Count);
                count = Writes.Count;
            }

            if (count == 1 && HoldFirstWrite is not null)
            {
                await HoldFirstWrite.Task;
            }

            return Result.Success<IReadOnlyList<BudgetingBallotCast>>([.. batch.Select(b => new BudgetingBallotCast(b.RoundId, b.VoterId, false))]);
        }

        public static async Task WaitAsync(Func<bool> condition)
        {
            for (var i = 0; i < 1_000 && !condition(); i++)
            {
                await Task.Delay(10);
            }

            condition().Should().BeTrue("the queue should get there within ten seconds");
        }
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
