using NodaTime;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Ideas;

public partial class CitizenIdeaTest
{
    [Fact]
    public void Participations_RecordTheSubmissionAndEachStandingEndorsement_OnTheCitysCalendar()
    {
        // 00:15 on 5 Ordibehesht in Tehran is still the 4th in UTC; the record is dated by the city's calendar.
        var submittedAt = At(1403, 2, 5, 0, 15);
        var proposer = ResidentId.New();
        var idea = Submitted(proposer, submittedAt);
        var stays = ResidentId.New();
        var leaves = ResidentId.New();
        idea.Endorse(stays, At(1403, 2, 6), Rules).ThrowIfFailed();
        idea.Endorse(leaves, At(1403, 2, 7), Rules).ThrowIfFailed();
        idea.WithdrawEndorsement(leaves, At(1403, 2, 8)).ThrowIfFailed();

        var records = idea.Participations();

        records.Should().Equal(
            new Participation(proposer, North, ParticipationKind.IdeaSubmitted, Make.Solar(1403, 2, 5), idea.Id.Value),
            new Participation(stays, North, ParticipationKind.IdeaEndorsed, Make.Solar(1403, 2, 6), idea.Id.Value));
    }

    [Fact]
    public void Participations_AddTheImplementedIdeaAndEachResidentWhoCarriedItOut_OnceImplemented()
    {
        var idea = InStatus(IdeaStatus.InProgress, Day1);
        var helper = ResidentId.New();
        idea.RecordImplementer(Reviewer, idea.ProposerId, idea.LastChangedAt).ThrowIfFailed();
        idea.RecordImplementer(Reviewer, helper, idea.LastChangedAt).ThrowIfFailed();
        idea.Participations().Select(p => p.Kind).Should().Equal(ParticipationKind.IdeaSubmitted);
        var implementedAt = At(1403, 4, 1, 12, 0);

        idea.Implement(Reviewer, implementedAt, "انجام شد").ThrowIfFailed();

        var records = idea.Participations();
        records.Select(p => (p.ResidentId, p.Kind)).Should().Equal(
            (idea.ProposerId, ParticipationKind.IdeaSubmitted),
            (idea.ProposerId, ParticipationKind.IdeaImplemented),
            (idea.ProposerId, ParticipationKind.IdeaCarriedOut),
            (helper, ParticipationKind.IdeaCarriedOut));
        records.Skip(1).Should().OnlyContain(p => p.On == Make.Solar(1403, 4, 1) && p.SourceId == idea.Id.Value && p.NeighbourhoodId == North);
    }

    [Fact]
    public void Participations_HaveNoNeighbourhood_ForACityWideIdea()
    {
        var idea = Submitted(ResidentId.New(), Day1, Draft(neighbourhood: null));

        idea.Participations().Should().ContainSingle().Which.NeighbourhoodId.Should().BeNull();
    }

    [Fact]
    public void Participations_StillRecordTheSubmission_OfAWithdrawnIdea()
    {
        var idea = InStatus(IdeaStatus.Withdrawn, Day1);

        idea.Participations().Should().ContainSingle().Which.Kind.Should().Be(ParticipationKind.IdeaSubmitted);
    }

    [Fact]
    public void Participations_AreEmpty_ForARemovedIdea()
    {
        var idea = Submitted(Day1);
        idea.Endorse(ResidentId.New(), Day1, Rules).ThrowIfFailed();
        idea.Remove(Moderator, Day1 + Duration.FromHours(1), "توهین").ThrowIfFailed();

        idea.Participations().Should().BeEmpty();
    }
}
