using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Residents;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.EntityFrameworkCore.UseCases;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Events;
using ParticipatoryGovernance.Residents.UseCases;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Residents;

/// <summary>
/// A neighbourhood's participation read from the database for the active-citizen assessor, and the assessment command
/// storing its result on the residents, on both databases.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class ParticipationRecordsTest(DatabaseFixture fixture)
{
    private static readonly Instant FirstMeeting = PersianDates.FromSolarHijri(1403, 1, 10).AtStartOfDayInZone(PersianDates.TimeZone).ToInstant() + Duration.FromHours(18);

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ReadNeighbourhood_GathersItsResidentsRecordsWhereverTheyTookPart_AndNobodyElses(Provider provider)
    {
        var (database, city) = await StoredCityAsync(provider);

        await using var db = database.CreateContext();
        var records = new ParticipationRecords(db);
        var north = await records.ReadNeighbourhoodAsync(city.World.City.Id, city.World.North.Id);
        var elsewhere = await records.ReadNeighbourhoodAsync(MunicipalityId.New(), city.World.North.Id);
        var unknown = await records.ReadNeighbourhoodAsync(city.World.City.Id, NeighbourhoodId.New());

        north.Should().NotBeNull();
        north!.Residents.Select(r => r.Id).Should().BeEquivalentTo([city.Attender.Id, city.Proposer.Id, city.Quiet.Id]);
        north.HeldMeetings.Should().HaveCount(3, "the three closed meetings of North, not South's and not the open one");
        north.Participations.Where(p => p.ResidentId == city.Attender.Id).Should().HaveCount(3).And.OnlyContain(p => p.Kind == ParticipationKind.MeetingAttended);
        north.Participations.Where(p => p.ResidentId == city.Proposer.Id).Select(p => p.NeighbourhoodId)
            .Should().BeEquivalentTo(new NeighbourhoodId?[] { city.World.South.Id, null }, "an idea for South and a city-wide idea are the proposer's participation too");
        north.Participations.Should().NotContain(p => p.ResidentId == city.Stranger.Id);
        elsewhere.Should().BeNull("another city's neighbourhood is not reached");
        unknown.Should().BeNull();
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task AssessActiveCitizens_StoresEachResidentsStatusAndReasons_AndStoresNothingWhenRunAgainTheSameDay(Provider provider)
    {
        var (database, city) = await StoredCityAsync(provider);
        var command = new AssessActiveCitizens(city.World.City.Id, city.World.North.Id);

        Result<ParticipatoryGovernance.UseCases.Changed> first;
        await using (var db = database.CreateContext())
        {
            first = await new AssessActiveCitizensHandler(new GovernanceStore(db), fixture.Clock).HandleAsync(command);
        }

        Result<ParticipatoryGovernance.UseCases.Changed> again;
        await using (var db = database.CreateContext())
        {
            again = await new AssessActiveCitizensHandler(new GovernanceStore(db), fixture.Clock).HandleAsync(command);
        }

        first.IsSuccess.Should().BeTrue(first.ToString());
        first.Value.Events.OfType<ActiveCitizenStatusChanged>().Select(e => e.ResidentId).Should().BeEquivalentTo([city.Attender.Id, city.Proposer.Id]);
        again.IsSuccess.Should().BeTrue(again.ToString());
        again.Value.Events.Should().BeEmpty();
        await using var read = database.CreateContext();
        var stored = await read.Residents.AsNoTracking().Where(r => r.NeighbourhoodId == city.World.North.Id).ToDictionaryAsync(r => r.Id);
        var today = PersianDates.TodayInCity(fixture.Clock);
        stored[city.Attender.Id].IsActiveCitizen.Should().BeTrue();
        stored[city.Attender.Id].ActiveCitizenship!.ReasonRuleIds.Should().Equal(ActiveCitizenRules.MeetingAttendanceRuleId);
        stored[city.Proposer.Id].ActiveCitizenship!.ReasonRuleIds.Should().Equal(ActiveCitizenRules.IdeasSubmittedRuleId);
        stored[city.Quiet.Id].IsActiveCitizen.Should().BeFalse();
        stored.Values.Should().OnlyContain(r => r.ActiveCitizenship!.AssessedOn == today);
        (await read.Residents.AsNoTracking().SingleAsync(r => r.Id == city.Stranger.Id)).ActiveCitizenship.Should().BeNull("another neighbourhood is not assessed");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task AssessActiveCitizens_OfAnotherCitysNeighbourhood_IsNotFound(Provider provider)
    {
        var (database, city) = await StoredCityAsync(provider);
        await using var db = database.CreateContext();
        var other = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
        db.Add(other);
        await db.SaveChangesAsync();

        var result = await new AssessActiveCitizensHandler(new GovernanceStore(db), fixture.Clock).HandleAsync(new AssessActiveCitizens(other.Id, city.World.North.Id));

        result.IsFailure.Should().BeTrue();
        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(ParticipatoryGovernance.UseCases.UseCaseRules.NotFound);
    }

    private async Task<(TestDatabase Database, StoredCity City)> StoredCityAsync(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        var attender = world.Resident(world.North, Gender.Female);
        var proposer = world.Resident(world.North, Gender.Male);
        var quiet = world.Resident(world.North, Gender.Female);
        var stranger = world.Resident(world.South, Gender.Male);
        await world.SaveAsync(database);

        var rules = world.City.Charter.Meetings;
        var place = new LocalizedText("مسجد محله", "Neighbourhood mosque");
        var meetings = new List<NeighbourhoodMeeting>();
        for (var i = 0; i < 3; i++)
        {
            var startsAt = FirstMeeting + Duration.FromDays(7 * i);
            var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), world.North, place, startsAt, rules);
            meeting.Open(startsAt).ThrowIfFailed();
            meeting.RecordAttendance(attender, startsAt).ThrowIfFailed();
            meeting.Close("صورت‌جلسه", startsAt + Duration.FromHours(1)).ThrowIfFailed();
            meetings.Add(meeting);
        }

        // South's closed meeting, which the stranger attended, and North's meeting still open: neither was held by North.
        var south = NeighbourhoodMeeting.Schedule(MeetingId.New(), world.South, place, FirstMeeting, rules);
        south.Open(FirstMeeting).ThrowIfFailed();
        south.RecordAttendance(stranger, FirstMeeting).ThrowIfFailed();
        south.Close("صورت‌جلسه", FirstMeeting + Duration.FromHours(1)).ThrowIfFailed();
        var open = NeighbourhoodMeeting.Schedule(MeetingId.New(), world.North, place, FirstMeeting + Duration.FromDays(28), rules);
        open.Open(FirstMeeting + Duration.FromDays(28)).ThrowIfFailed();
        open.RecordAttendance(quiet, FirstMeeting + Duration.FromDays(28)).ThrowIfFailed();

        var field = world.City.Charter.UrbanFields[0];
        var forSouth = CitizenIdea.Submit(CitizenIdeaId.New(), world.City, proposer.Id, new IdeaDraft("نیمکت برای پارک جنوبی", "چند نیمکت در پارک", field, world.South.Id), FirstMeeting).Value;
        var cityWide = CitizenIdea.Submit(CitizenIdeaId.New(), world.City, proposer.Id, new IdeaDraft("دوچرخهٔ اشتراکی", "ایستگاه‌های دوچرخه در شهر", field, null), FirstMeeting).Value;
        var strangers = CitizenIdea.Submit(CitizenIdeaId.New(), world.City, stranger.Id, new IdeaDraft("سایه‌بان ایستگاه", "ایستگاه اتوبوس سایه ندارد", field, world.South.Id), FirstMeeting).Value;

        await using (var db = database.CreateContext())
        {
            db.AddRange(meetings);
            db.AddRange(south, open, forSouth, cityWide, strangers);
            await db.SaveChangesAsync();
        }

        return (database, new StoredCity(world, attender, proposer, quiet, stranger));
    }

    private sealed record StoredCity(World World, Resident Attender, Resident Proposer, Resident Quiet, Resident Stranger);
}
