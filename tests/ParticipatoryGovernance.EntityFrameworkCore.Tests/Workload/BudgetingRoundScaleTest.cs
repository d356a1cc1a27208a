using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Npgsql;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;
using Xunit.Abstractions;
using static ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport.BudgetingScenario;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Workload;

/// <summary>
/// A city-wide round at scale on PostgreSQL, through the library: residents inserted by SQL, ballots cast by the
/// single-ballot command from concurrent callers and by the batch command, then the outcome recomputed from the ballot
/// types the database counts. CI runs 100 projects and 50,000 voters and records the rates in the output; nothing is
/// timed as a pass mark. <c>BUDGETING_SCALE_VOTERS</c> sets the voters (benchmarks/results/BudgetingRoundScale.md).
/// </summary>
[Collection(DatabaseTests.Name)]
public class BudgetingRoundScaleTest(DatabaseFixture fixture, ITestOutputHelper output)
{
    private const int Projects = 100;
    private const int SingleCallers = 16;
    private const int Batch = 2_000;
    private static readonly Instant SubmittedAt = Instant.FromUtc(2025, 3, 1, 9, 0);
    private static readonly MunicipalOfficial Reviewer = new("staff-17", "زهرا کاظمی، کارشناس طرح‌ها");

    [SkippableFact]
    public async Task CastAndRecount_StoresEveryBallot_AndRecordsTheRates_OnPostgres()
    {
        var voters = int.TryParse(Environment.GetEnvironmentVariable("BUDGETING_SCALE_VOTERS"), out var v) ? v : 50_000;
        var singles = int.TryParse(Environment.GetEnvironmentVariable("BUDGETING_SCALE_SINGLES"), out var s) ? Math.Min(s, voters) : Math.Min(voters / 10, 5_000);
        var database = await fixture.CreateDatabaseAsync(Provider.Postgres);
        var world = new World();
        var proposer = world.Resident(world.North, Gender.Female);
        var ideas = Enumerable.Range(0, Projects).Select(i => Accepted(world, proposer, i)).ToList();
        var costs = ideas.Select((_, i) => new Rials(50_000_000 + (i % 10 * 45_000_000))).ToList();
        var round = BudgetingRound.Open(
            BudgetingRoundId.New(), world.City.Id, [world.North.Id, world.South.Id], null, "بودجهٔ مشارکتی شهر", new Rials(costs.Sum(c => c.Amount) / 4),
            OpensOn, ClosesOn, world.City.Charter, ideas.Select((idea, i) => (idea, costs[i]))).Value;
        await world.SaveAsync(database);
        await using (var db = database.CreateContext())
        {
            db.AddRange(ideas);
            db.Add(round);
            await db.SaveChangesAsync();
        }

        var clock = Stopwatch.StartNew();
        var residentIds = await InsertResidentsAsync(database, world, voters);
        Report($"residents: {voters:N0} inserted by SQL in {clock.Elapsed.TotalSeconds:F1} s");
        var random = new Random(16);
        var ballots = residentIds.Select(_ => Ballot(random, ideas)).ToArray();
        await using var services = BudgetingServices.Build(database, new FakeClock(BudgetingServices.VotingDay));

        // Single ballots: a command per ballot, a scope per command (as one web request each), SingleCallers at a time.
        var next = -1;
        clock.Restart();
        await Task.WhenAll(Enumerable.Range(0, SingleCallers).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < singles; i = Interlocked.Increment(ref next))
            {
                (await services.InScopeAsync<CastBudgetBallotHandler, Result<Changed>>(h =>
                    h.HandleAsync(new CastBudgetBallot(world.City.Id, round.Id, residentIds[i], ballots[i])))).ThrowIfFailed();
            }
        })));
        var singleRate = singles / clock.Elapsed.TotalSeconds;
        Report($"single-ballot command, {SingleCallers} concurrent callers: {singles:N0} ballots in {clock.Elapsed.TotalSeconds:F1} s = {singleRate:N0} ballots/s");

        // Batches of paper or USSD ballots: one command, one transaction per batch, two gateways at a time.
        var batches = Enumerable.Range(0, (voters - singles + Batch - 1) / Batch).Select(b => singles + (b * Batch)).ToList();
        var nextBatch = -1;
        clock.Restart();
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var b = Interlocked.Increment(ref nextBatch); b < batches.Count; b = Interlocked.Increment(ref nextBatch))
            {
                var from = batches[b];
                var entries = Enumerable.Range(from, Math.Min(Batch, voters - from)).Select(i => new BudgetBallotEntry(residentIds[i], ballots[i])).ToList();
                var cast = await services.InScopeAsync<CastBudgetBallotsHandler, Result<BallotsCast>>(h =>
                    h.HandleAsync(new CastBudgetBallots(world.City.Id, round.Id, entries, BallotChannel.Ussd)));
                cast.Value.Refused.Should().BeEmpty();
            }
        })));
        var bulkRate = (voters - singles) / clock.Elapsed.TotalSeconds;
        Report($"batch command, {Batch:N0} a batch, 2 concurrent: {voters - singles:N0} ballots in {clock.Elapsed.TotalSeconds:F1} s = {bulkRate:N0} ballots/s");

        // The recount after a change: types by GROUP BY, then both rules at the charter's Add1 step.
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IBudgetingBallots>();
        clock.Restart();
        var tally = await store.ReadTypesAsync(round.Id);
        var read = clock.Elapsed;
        var outcome = round.Outcomes(tally.Types, world.City.Charter.Budgeting.Add1StepPerVoter);
        var rules = clock.Elapsed - read;
        Report($"recount: {tally.Ballots:N0} ballots as {tally.Types.Count:N0} types read by GROUP BY in {read.TotalSeconds:F2} s; greedy + Equal Shares (Add1 step {world.City.Charter.Budgeting.Add1StepPerVoter:N0}) in {rules.TotalSeconds:F2} s; total {clock.Elapsed.TotalSeconds:F2} s");
        var worker = services.GetRequiredService<BudgetingOutcomeWorker>();
        clock.Restart();
        (await worker.RecountAsync(round.Id)).Should().BeTrue();
        Report($"worker recount (read, rules, store the results): {clock.Elapsed.TotalSeconds:F2} s");

        tally.Ballots.Should().Be(voters);
        (await store.CountAsync(round.Id)).Should().Be(voters);
        outcome.Ballots.Should().Be(voters);
        outcome.Greedy.Projects.Sum(p => p.Approvals).Should().Be(ballots.Sum(b => b.Count));
        (await scope.ServiceProvider.GetRequiredService<IBudgetingResults>().ReadAsync(round.Id))!.Ballots.Should().Be(voters);
        worker.LastError.Should().BeNull();
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("BUDGETING_SCALE_REPORT") is { Length: > 0 } file)
        {
            File.AppendAllText(file, line + Environment.NewLine);
        }
    }

    // Popularity falls off like real ballots' (a few projects draw most approvals); 1 to 5 projects a ballot.
    private static List<CitizenIdeaId> Ballot(Random random, List<CitizenIdea> ideas)
    {
        var size = 1 + random.Next(5);
        var chosen = new HashSet<int>();
        while (chosen.Count < size)
        {
            chosen.Add((int)Math.Min(Projects - 1, Math.Floor(Projects * Math.Pow(random.NextDouble(), 2.5))));
        }

        return [.. chosen.Select(i => ideas[i].Id)];
    }

    private static async Task<ResidentId[]> InsertResidentsAsync(TestDatabase database, World world, int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => ResidentId.New()).ToArray();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        const int Chunk = 50_000;
        for (var from = 0; from < count; from += Chunk)
        {
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO residents (id, neighbourhood_id, gender, is_active_citizen, active_citizenship, birth_date, version, name_family_name, name_given_name)
                SELECT id, CASE WHEN n % 2 = 0 THEN @north ELSE @south END, 1 + (n % 2), false, NULL, DATE '1985-03-21', 1, 'رأی‌دهنده', 'شهروند ' || n
                FROM unnest(@ids) WITH ORDINALITY AS r(id, n)
                """,
                connection);
            insert.Parameters.AddWithValue("north", world.North.Id.Value);
            insert.Parameters.AddWithValue("south", world.South.Id.Value);
            insert.Parameters.AddWithValue("ids", ids.Skip(from).Take(Chunk).Select(i => i.Value).ToArray());
            await insert.ExecuteNonQueryAsync();
        }

        return ids;
    }

    private static CitizenIdea Accepted(World world, Resident proposer, int i)
    {
        var idea = CitizenIdea.Submit(
            CitizenIdeaId.New(),
            world.City,
            proposer.Id,
            new IdeaDraft($"طرح شمارهٔ {i + 1}", $"طرح شمارهٔ {i + 1} برای همهٔ محله‌ها.", world.City.Charter.FindUrbanField("environment")!, i % 2 == 0 ? world.North.Id : world.South.Id),
            SubmittedAt + Duration.FromMinutes(i)).Value;
        idea.StartReview(Reviewer, SubmittedAt + Duration.FromDays(1), "بررسی آغاز شد.").ThrowIfFailed();
        idea.Accept(Reviewer, SubmittedAt + Duration.FromDays(2), "پذیرفته شد.").ThrowIfFailed();
        return idea;
    }
}
