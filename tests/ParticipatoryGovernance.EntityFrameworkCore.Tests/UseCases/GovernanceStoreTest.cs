using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.EntityFrameworkCore.UseCases;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.UseCases;

/// <summary>The storage port on both databases: what a handler stores is what it says it stored, and nothing else.</summary>
[Collection(DatabaseTests.Name)]
public sealed class GovernanceStoreTest(DatabaseFixture fixture)
{
    private static readonly MunicipalOfficial Reviewer = new("staff-17", "زهرا کاظمی");

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Submit_StoresTheIdeaAndItsEventInTheOutbox_AndReturnsThatEvent(Provider provider)
    {
        var (database, world, clock) = await WorldAsync(provider);
        var proposer = world.Residents[0];

        Result<Created<CitizenIdeaId>> result;
        await using (var db = database.CreateContext())
        {
            result = await new SubmitIdeaHandler(new GovernanceStore(db), clock).HandleAsync(
                new SubmitIdea(world.City.Id, proposer.Id, "سایه‌بان", "ایستگاه سایه ندارد.", "traffic", world.North.Id, 1_000));
        }

        result.IsSuccess.Should().BeTrue(result.ToString());
        await using var read = database.CreateContext();
        var idea = await read.CitizenIdeas.AsNoTracking().SingleAsync(i => i.Id == result.Value.Id);
        idea.Title.Should().Be("سایه‌بان");
        var events = await read.DomainEvents.AsNoTracking().Where(e => e.AggregateId == result.Value.Id.Value).ToListAsync();
        events.Select(e => e.EventType).Should().Equal(typeof(IdeaSubmitted).FullName);
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<IdeaSubmitted>();
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Endorse_ByManyResidentsAtOnce_StoresEveryEndorsement_AndEachHandlerReturnsOnlyItsOwnEvent(Provider provider)
    {
        var (database, world, clock) = await WorldAsync(provider, residents: 24);
        var ideaId = await SubmitAsync(database, world, clock);
        var endorsers = world.Residents.Skip(1).ToList();

        var results = await Task.WhenAll(endorsers.Select(async resident =>
        {
            await using var db = database.CreateContext();
            return (resident.Id, await new EndorseIdeaHandler(new GovernanceStore(db), clock).HandleAsync(new EndorseIdea(world.City.Id, ideaId, resident.Id)));
        }));

        foreach (var (resident, result) in results)
        {
            result.IsSuccess.Should().BeTrue(result.ToString());
            result.Value.Events.OfType<IdeaEndorsed>().Should().ContainSingle().Which.Endorsement.ResidentId.Should().Be(resident);
        }

        await using var read = database.CreateContext();
        var idea = await read.CitizenIdeas.AsNoTracking().SingleAsync(i => i.Id == ideaId);
        idea.Endorsements.Select(e => e.ResidentId).Should().BeEquivalentTo(endorsers.Select(r => r.Id));
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Refusal_StoresNothing_NeitherTheChangeNorAnEvent(Provider provider)
    {
        var (database, world, clock) = await WorldAsync(provider);
        var ideaId = await SubmitAsync(database, world, clock);
        long eventsBefore;
        await using (var db = database.CreateContext())
        {
            eventsBefore = await db.DomainEvents.LongCountAsync();
        }

        Result<Changed> accept;
        await using (var db = database.CreateContext())
        {
            accept = await new AcceptIdeaHandler(new GovernanceStore(db), clock).HandleAsync(new AcceptIdea(world.City.Id, ideaId, Reviewer, "پذیرفته شد."));
        }

        accept.IsFailure.Should().BeTrue("a submitted idea is reviewed before it is accepted");
        await using var read = database.CreateContext();
        (await read.DomainEvents.LongCountAsync()).Should().Be(eventsBefore);
        (await read.CitizenIdeas.AsNoTracking().SingleAsync(i => i.Id == ideaId)).Status.Should().Be(IdeaStatus.Submitted);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Resubmit_StoresTheNewVersionAndTheLinkTogether(Provider provider)
    {
        var (database, world, clock) = await WorldAsync(provider);
        var ideaId = await SubmitAsync(database, world, clock);
        await ChangeAsync(database, clock, store => new StartIdeaReviewHandler(store, clock).HandleAsync(new StartIdeaReview(world.City.Id, ideaId, Reviewer, "بررسی")));
        await ChangeAsync(database, clock, store => new RejectIdeaHandler(store, clock).HandleAsync(new RejectIdea(world.City.Id, ideaId, Reviewer, "بودجه ندارد.")));

        Result<Created<CitizenIdeaId>> result;
        await using (var db = database.CreateContext())
        {
            result = await new ResubmitIdeaHandler(new GovernanceStore(db), clock).HandleAsync(
                new ResubmitIdea(world.City.Id, ideaId, world.Residents[0].Id, "نسخهٔ دوم", "ارزان‌تر", "traffic"));
        }

        result.IsSuccess.Should().BeTrue(result.ToString());
        await using var read = database.CreateContext();
        var versions = await read.CitizenIdeas.AsNoTracking().ToDictionaryAsync(i => i.Id);
        versions[ideaId].NextVersionId.Should().Be(result.Value.Id);
        versions[result.Value.Id].PreviousVersionId.Should().Be(ideaId);
        result.Value.Events.Should().Contain(e => e is IdeaResubmitted).And.Contain(e => e is IdeaSubmitted);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Add_RefusesADuplicate_AsARuleViolation_NotAnException(Provider provider)
    {
        var (database, world, clock) = await WorldAsync(provider);
        var id = CitizenIdeaId.New();
        CitizenIdea Draft() => CitizenIdea.Submit(id, world.City, world.Residents[0].Id, IdeaDraft.Create("عنوان", "شرح", RafsanjanPreset.UrbanFields[0]).Value, clock.GetCurrentInstant()).Value;

        Result<IReadOnlyList<IDomainEvent>> first, second;
        await using (var db = database.CreateContext())
        {
            first = await new GovernanceStore(db).AddAsync(Draft());
        }

        await using (var db = database.CreateContext())
        {
            second = await new GovernanceStore(db).AddAsync(Draft());
        }

        first.IsSuccess.Should().BeTrue(first.ToString());
        second.Violations.Should().ContainSingle().Which.Rule.Should().Be(ParticipatoryGovernance.EntityFrameworkCore.Concurrency.PersistenceRules.Duplicate);
        await using var read = database.CreateContext();
        (await read.CitizenIdeas.CountAsync(i => i.Id == id)).Should().Be(1);
    }

    private async Task<(TestDatabase Database, World World, FakeClock Clock)> WorldAsync(Provider provider, int residents = 2)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        world.ResidentsOf(world.North, residents);
        await world.SaveAsync(database);
        return (database, world, new FakeClock(Instant.FromUtc(2024, 6, 1, 8, 0)));
    }

    private static async Task<CitizenIdeaId> SubmitAsync(TestDatabase database, World world, FakeClock clock)
    {
        await using var db = database.CreateContext();
        var result = await new SubmitIdeaHandler(new GovernanceStore(db), clock).HandleAsync(
            new SubmitIdea(world.City.Id, world.Residents[0].Id, "درخت‌کاری", "در کوچه‌ها درخت بکاریم.", "environment", world.North.Id));
        clock.Advance(Duration.FromMinutes(1));
        return result.Value.Id;
    }

    private static async Task ChangeAsync(TestDatabase database, FakeClock clock, Func<IGovernanceStore, Task<Result<Changed>>> act)
    {
        await using var db = database.CreateContext();
        (await act(new GovernanceStore(db))).ThrowIfFailed();
        clock.Advance(Duration.FromMinutes(1));
    }
}
