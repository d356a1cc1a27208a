using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Concurrency;

/// <summary>
/// Changes to one aggregate queued in this process and applied in batches: each writer still gets its own operation's
/// result, a refusal or an exception stays with its writer, and the others are stored.
/// </summary>
[Collection(DatabaseTests.Name)]
public class ChangeQueueTest(DatabaseFixture fixture)
{
    private static readonly Instant At = Instant.FromUtc(2024, 6, 1, 8, 0);

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task QueuedWriters_EachGetTheirOwnResult_WhenSomeAreRefusedAndOneThrows(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        var proposer = world.Resident(world.North, Gender.Female);
        var endorsers = world.ResidentsOf(world.North, 60);
        await world.SaveAsync(database);
        var rules = world.City.Charter.Ideas;
        var idea = CitizenIdea.Submit(
            CitizenIdeaId.New(), world.City, proposer.Id, new IdeaDraft("نیمکت در پارک", "پارک محله نیمکت ندارد.", world.City.Charter.UrbanFields[0], world.North.Id), At).Value;
        await using (var db = database.CreateContext())
        {
            db.Add(idea);
            await db.SaveChangesAsync();
        }

        // Every sixth writer is the proposer (refused by the model); one passes an empty resident id (a caller's bug).
        var writers = endorsers.Select((e, i) => i == 31 ? default : i % 6 == 0 ? proposer.Id : e.Id).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = writers.Select(resident => Task.Run(async () =>
        {
            await start.Task;
            await using var db = database.CreateContext();
            return await db.ChangeWithRetryAsync(new CitizenIdeaByIdSpec(idea.Id), i => i.Endorse(resident, At, rules));
        })).ToList();
        start.SetResult();
        var outcome = await Task.WhenAll(tasks.Select(async t =>
        {
            try
            {
                return (Result: (Result?)await t, Error: (Exception?)null);
            }
            catch (ArgumentException e)
            {
                return (Result: (Result?)null, Error: (Exception?)e);
            }
        }));

        outcome.Where(o => o.Error is not null).Should().ContainSingle("only the writer with an empty id gets an exception");
        var refused = outcome.Where(o => o.Result is { IsFailure: true }).Select(o => o.Result!).ToList();
        refused.Should().HaveCount(10).And.OnlyContain(r => r.Violations.Single().Rule == "idea.own-idea-endorsement");
        outcome.Count(o => o.Result is { IsSuccess: true }).Should().Be(49);
        await using var check = database.CreateContext();
        var stored = await check.CitizenIdeas.SingleAsync();
        stored.Endorsements.Select(e => e.ResidentId).Should().BeEquivalentTo(writers.Where((r, i) => i != 31 && i % 6 != 0));
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ChangeWithRetry_ReturnsNotFound_WhenTheSpecificationFindsNothing_WithoutQueueing(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        await using var db = database.CreateContext();

        var result = await db.ChangeWithRetryAsync(new CitizenIdeaByIdSpec(CitizenIdeaId.New()), _ => Result.Success());

        var violation = result.Violations.Should().ContainSingle().Which;
        violation.Rule.Should().Be(PersistenceRules.NotFound);
        violation.Message.English.Should().Be("The citizen idea was not found; it may have been removed.");
        violation.Message.Persian.Should().Contain("ایده");
    }
}
