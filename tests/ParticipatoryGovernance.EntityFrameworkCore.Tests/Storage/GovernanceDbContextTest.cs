using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Municipalities.Events;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Neighbourhoods.Events;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Events;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>Aggregates, their versions and their events, saved and read back on both databases.</summary>
[Collection(DatabaseTests.Name)]
public class GovernanceDbContextTest(DatabaseFixture fixture)
{
    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Migrations_MatchTheModel_AndLeaveNothingPending(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        await using var db = database.CreateContext();

        db.Database.HasPendingModelChanges().Should().BeFalse("every mapping change needs a migration (eng/add-migration.sh)");
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().NotBeEmpty();
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task SaveChanges_StoresEveryAggregate_AndReadsItBackWhole(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var rafsanjan = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
        var charter = RafsanjanPreset.Charter with { CouncilSeats = 9, YouthCohort = new BirthCohort(1390), Languages = ["fa"] };
        rafsanjan.AdoptCharter(charter).ThrowIfFailed();
        var north = Build.Neighbourhood(rafsanjan.Id, 1);
        north.ReplaceAnchor(new CommunityAnchor(AnchorKind.Other, new LocalizedText("سرای محله", "House"), new LocalizedText("مدیر", "Director"), new PersonName("مینا", "صادقی")));
        north.AppointMayor(new NeighbourhoodMayor(new PersonName("علی", "کاظمی"), PersianDates.FromSolarHijri(1402, 1, 1))).ThrowIfFailed();
        var sara = Build.Resident(north.Id, "سارا", "رضایی", Gender.Female, 1387, 5, 10);
        await using (var db = database.CreateContext())
        {
            db.AddRange(rafsanjan, north, sara);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var city = await db.Municipalities.SingleAsync();
            city.Name.Should().Be(RafsanjanPreset.Name);
            city.Province.Should().Be(RafsanjanPreset.Province);
            city.Charter.Should().Be(charter);
            city.PhaseLaunches.Should().BeEquivalentTo(RafsanjanPreset.PhaseLaunches);
            db.VersionOf(city).Should().Be(1);
            city.DomainEvents.Should().BeEmpty();

            var neighbourhood = await db.Neighbourhoods.SingleAsync();
            neighbourhood.Anchor.Should().Be(north.Anchor);
            neighbourhood.Mayor.Should().Be(north.Mayor);
            neighbourhood.Name.Should().Be(north.Name);
            neighbourhood.MunicipalityId.Should().Be(rafsanjan.Id);

            var resident = await db.Residents.SingleAsync();
            resident.Name.Should().Be(sara.Name);
            resident.DiscloseBirthDate().Should().Be(PersianDates.FromSolarHijri(1387, 5, 10));
            resident.NeighbourhoodId.Should().Be(north.Id);
        }
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task SaveChanges_StoresRaisedEventsWithTheChange_AndClearsThem(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var city = Build.Municipality();
        var north = Build.Neighbourhood(city.Id, 1);
        var south = Build.Neighbourhood(city.Id, 2);
        var sara = Build.Resident(north.Id, "سارا", "رضایی", Gender.Female, 1387, 5, 10);
        await using (var db = database.CreateContext())
        {
            db.AddRange(city, north, south, sara);
            await db.SaveChangesAsync();
        }

        fixture.Clock.AdvanceMinutes(5);
        var recordedAt = fixture.Clock.GetCurrentInstant();
        await using (var db = database.CreateContext())
        {
            var resident = await db.Residents.SingleAsync();
            resident.MoveTo(south.Id);
            var municipality = await db.Municipalities.SingleAsync();
            municipality.LaunchPhase(ProgrammePhase.CitizenIdeas, PersianDates.FromSolarHijri(1400, 10, 1), DatePrecision.Month).ThrowIfFailed();
            await db.SaveChangesAsync();

            resident.DomainEvents.Should().BeEmpty();
            municipality.DomainEvents.Should().BeEmpty();
            db.VersionOf(resident).Should().Be(2);
            db.VersionOf(municipality).Should().Be(2, "a launch adds a row the municipality owns, which is a change of the municipality");
        }

        await using (var db = database.CreateContext())
        {
            var events = await db.DomainEvents.OrderBy(e => e.Sequence).ToListAsync();
            events.Should().HaveCount(2);
            events.Should().OnlyContain(e => e.RecordedAt == recordedAt && e.AggregateVersion == 2);
            var moved = events.Single(e => e.AggregateType == nameof(Resident));
            moved.AggregateId.Should().Be(sara.Id.Value);
            moved.EventType.Should().Be(typeof(ResidentMoved).FullName);
            moved.ToDomainEvent().Should().Be(new ResidentMoved(sara.Id, north.Id, south.Id));
            var launched = events.Single(e => e.AggregateType == nameof(Municipality));
            launched.ToDomainEvent().Should().Be(new PhaseLaunched(city.Id, new PhaseLaunch(ProgrammePhase.CitizenIdeas, PersianDates.FromSolarHijri(1400, 10, 1), DatePrecision.Month)));
            launched.Payload.Should().Contain("CitizenIdeas").And.Contain("2021-12-22");
        }
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task SaveChanges_StoresNothingAndKeepsTheEvents_WhenTheTransactionFails(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var city = Build.Municipality();
        await using (var db = database.CreateContext())
        {
            db.AddRange(city, Build.Neighbourhood(city.Id, 1));
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var municipality = await db.Municipalities.SingleAsync();
            municipality.LaunchPhase(ProgrammePhase.CitizenIdeas, new LocalDate(2021, 12, 22)).ThrowIfFailed();
            var anchorChanged = await db.Neighbourhoods.SingleAsync();
            anchorChanged.ReplaceAnchor(CommunityAnchor.School(new LocalizedText("مدرسه", "School")));
            // Same number in the same municipality: the unique index refuses the whole save.
            db.Add(Build.Neighbourhood(city.Id, 1));

            var save = () => db.SaveChangesAsync();

            (await save.Should().ThrowAsync<EntityFrameworkCore.Concurrency.ConcurrencyConflictException>()).Which.IsDuplicateKey.Should().BeTrue();
            municipality.DomainEvents.Should().ContainSingle("events stay with the aggregate until a save commits");
            db.ChangeTracker.Entries<EntityFrameworkCore.Events.StoredDomainEvent>().Should().BeEmpty("the failed save's event rows are taken back");
            db.VersionOf(municipality).Should().Be(1);
        }

        await using (var check = database.CreateContext())
        {
            (await check.DomainEvents.CountAsync()).Should().Be(0);
            (await check.Municipalities.SingleAsync()).PhaseLaunches.Should().BeEmpty();
            (await check.Neighbourhoods.SingleAsync()).Anchor.Kind.Should().Be(AnchorKind.Mosque);
        }
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task SaveChanges_StoresAnAppointedMayorAndItsEvent_InOneTransaction(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var city = Build.Municipality();
        var neighbourhood = Build.Neighbourhood(city.Id, 7);
        await using (var db = database.CreateContext())
        {
            db.AddRange(city, neighbourhood);
            await db.SaveChangesAsync();
        }

        var mayor = new NeighbourhoodMayor(new PersonName("علی", "کاظمی"), new LocalDate(2023, 3, 21));
        await using (var db = database.CreateContext())
        {
            (await db.Neighbourhoods.SingleAsync()).AppointMayor(mayor).ThrowIfFailed();
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            (await db.Neighbourhoods.SingleAsync()).Mayor.Should().Be(mayor);
            (await db.DomainEvents.SingleAsync()).ToDomainEvent().Should().Be(new NeighbourhoodMayorAppointed(neighbourhood.Id, mayor));
        }
    }
}
