using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Residents;
using Xunit.Sdk;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;

/// <summary>The field-by-field comparison the round-trip tests rely on finds differences deep in private state.</summary>
public class StoredStateTest
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
    public void ShouldEqual_AcceptsTheSameStateInAnotherListType()
    {
        var world = new World();
        var voter = world.Resident(world.North, Gender.Female);
        var meeting = Meeting(world, voter, VoteChoice.For);

        var compare = () => StoredState.ShouldEqual(meeting, meeting);

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
