using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Councils.Events;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>Councils with their terms and membership history, saved step by step and read back whole, on both databases.</summary>
[Collection(DatabaseTests.Name)]
public class CouncilStorageTest(DatabaseFixture fixture)
{
    private static readonly LocalDate FormedOn = PersianDates.FromSolarHijri(1402, 7, 1);
    private static readonly LocalDate FirstTermEnds = PersianDates.FromSolarHijri(1406, 6, 31);

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task CouncilWithHistory_ReadsBackWithEveryTermAndMembership(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        var people = world.ResidentsOf(world.North, 10);
        world.MakeActiveCitizens(people, FormedOn);
        await world.SaveAsync(database);
        var council = Council.Form(CouncilId.New(), world.City, world.North, CouncilKind.Neighbourhood, FormedOn, FirstTermEnds, []).Value;
        CouncilRole[] roles = [CouncilRole.Chair, CouncilRole.Deputy, CouncilRole.Secretary, CouncilRole.Member, CouncilRole.Member, CouncilRole.Member, CouncilRole.Member];

        await using var steps = await SavedInSteps<Council>.AddAsync(database, council);
        await steps.StepAsync(c =>
        {
            for (var i = 0; i < roles.Length; i++)
            {
                c.Appoint(people[i], roles[i], FormedOn).ThrowIfFailed();
            }

            c.Activate(FormedOn.PlusDays(3)).ThrowIfFailed();
        });
        await steps.StepAsync(c =>
        {
            c.Resign(people[1].Id, FormedOn.PlusMonths(5), "مهاجرت به کرمان").ThrowIfFailed();
            c.ChangeRole(people[3].Id, CouncilRole.Deputy, FormedOn.PlusMonths(5).PlusDays(1)).ThrowIfFailed();
            c.Appoint(people[7], CouncilRole.Member, FormedOn.PlusMonths(6)).ThrowIfFailed();
        });
        await steps.StepAsync(c => c.StartNextTerm(FirstTermEnds.PlusYears(4)).ThrowIfFailed());
        await steps.StepAsync(c =>
        {
            c.Appoint(people[0], CouncilRole.Chair, FirstTermEnds.PlusDays(1)).ThrowIfFailed();
            c.Appoint(people[8], CouncilRole.Member, FirstTermEnds.PlusDays(1)).ThrowIfFailed();
        });

        await using var db = database.CreateContext();
        var stored = await db.Councils.SingleAsync(c => c.Id == council.Id);

        StoredState.ShouldEqual(stored, council);
        stored.Terms.Select(t => t.Number).Should().Equal(1, 2);
        stored.CurrentTerm.Number.Should().Be(2);
        stored.Memberships.Should().HaveCount(11);
        stored.Memberships.Where(m => m.EndReason == MembershipEnd.TermFinished).Should().HaveCount(7);
        stored.CurrentMembers.Select(m => m.ResidentId).Should().Equal(people[0].Id, people[8].Id);
        stored.Memberships.Single(m => m.EndReason == MembershipEnd.Resigned).EndNote.Should().Be("مهاجرت به کرمان");
        db.VersionOf(stored).Should().Be(steps.Saves);
        StoredState.ShouldEqual(await SavedInSteps<Council>.StoredEventsAsync(db, council.Id.Value), steps.Raised);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task DissolvedWomensCouncil_ReadsBackDissolved_AndANewOneCanBeFormed(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        var women = Enumerable.Range(0, 5).Select(_ => world.Resident(world.South, Gender.Female)).ToList();
        world.MakeActiveCitizens(women, FormedOn);
        await world.SaveAsync(database);
        var first = Council.Form(CouncilId.New(), world.City, world.South, CouncilKind.Women, FormedOn, FirstTermEnds, []).Value;
        women.ForEach(w => first.Appoint(w, w == women[0] ? CouncilRole.Chair : CouncilRole.Member, FormedOn).ThrowIfFailed());
        first.Dissolve(FormedOn.PlusYears(1)).ThrowIfFailed();
        var second = Council.Form(CouncilId.New(), world.City, world.South, CouncilKind.Women, FormedOn.PlusYears(1), FirstTermEnds, [first]).Value;
        await using (var db = database.CreateContext())
        {
            db.AddRange(first, second);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.Councils.AsNoTracking().ToDictionaryAsync(c => c.Id);

            StoredState.ShouldEqual(stored[first.Id], first);
            StoredState.ShouldEqual(stored[second.Id], second);
            stored[first.Id].Memberships.Should().OnlyContain(m => m.EndReason == MembershipEnd.CouncilDissolved);
            (await db.DomainEvents.CountAsync(e => e.EventType == typeof(CouncilDissolved).FullName)).Should().Be(1);
        }
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task SaveChanges_RefusesASecondLiveCouncilOfAKind_WhenTwoWritersFormOneAtOnce(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        await world.SaveAsync(database);

        // Each writer checked the neighbourhood's councils before the other saved, so the model let both through.
        var mine = Council.Form(CouncilId.New(), world.City, world.North, CouncilKind.Neighbourhood, FormedOn, FirstTermEnds, []).Value;
        var theirs = Council.Form(CouncilId.New(), world.City, world.North, CouncilKind.Neighbourhood, FormedOn, FirstTermEnds, []).Value;
        await using (var db = database.CreateContext())
        {
            db.Add(theirs);
            await db.SaveChangesAsync();
        }

        await using var context = database.CreateContext();
        context.Add(mine);
        var save = () => context.SaveChangesAsync();

        (await save.Should().ThrowAsync<ConcurrencyConflictException>()).Which.IsDuplicateKey.Should().BeTrue();
        await using var check = database.CreateContext();
        (await check.Councils.SingleAsync()).Id.Should().Be(theirs.Id);
    }
}
