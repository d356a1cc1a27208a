using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Residents;
using Xunit.Sdk;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;

/// <summary>The field-by-field comparison the round-trip tests rely on finds differences deep in private state.</summary>
[Collection(DatabaseTests.Name)]
public class StoredStateTest(DatabaseFixture fixture)
{
    private static readonly Instant At = Instant.FromUtc(2024, 5, 2, 14, 30);

    [Fact]
    public void ShouldEqual_FindsADifferenceInAPrivateListOfAPart()
    {
        var world = new World();
        var voter = world.Resident(world.North, Gender.Female);
        var (left, right) = (Meeting(world, voter, VoteChoice.For), Meeting(world, voter, VoteChoice.Against));

        var compare = () => StoredState.ShouldEqual(right, left);

        compare.Should().Throw<XunitException>().WithMessage("*_agenda[0]._votes[0].Choice*");
        StoredState.FieldsIn(left).Should().BeGreaterThan(20);
    }

    [Fact]
    public async Task ShouldEqual_AcceptsTheStoredMeeting_WhenItHoldsWhatWasSaved()
    {
        // The stored copy is another object graph, its lists materialized by EF Core: only equal state may pass.
        var database = await fixture.CreateDatabaseAsync(Provider.Sqlite);
        var world = new World();
        var voter = world.Resident(world.North, Gender.Female);
        await world.SaveAsync(database);
        var meeting = Meeting(world, voter, VoteChoice.For);
        await using (var db = database.CreateContext())
        {
            db.Add(meeting);
            await db.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var stored = await reader.Set<NeighbourhoodMeeting>().SingleAsync(m => m.Id == meeting.Id);

        stored.Should().NotBeSameAs(meeting);
        var compare = () => StoredState.ShouldEqual(stored, meeting);
        compare.Should().NotThrow();
    }

    private static NeighbourhoodMeeting Meeting(World world, Resident voter, VoteChoice choice)
    {
        var meeting = NeighbourhoodMeeting.Schedule(new MeetingId(Guid.Parse("00000000-0000-7000-8000-000000000001")), world.North, new LocalizedText("مسجد", "Mosque"), At, world.City.Charter.Meetings);
        meeting.AddAgendaItem("بند").ThrowIfFailed();
        meeting.Open(At).ThrowIfFailed();
        meeting.RecordAttendance(voter, At).ThrowIfFailed();
        meeting.PutToVote(1).ThrowIfFailed();
        meeting.CastVote(1, voter.Id, choice, At).ThrowIfFailed();
        return meeting;
    }
}
