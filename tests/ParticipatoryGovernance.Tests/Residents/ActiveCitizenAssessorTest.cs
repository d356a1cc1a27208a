using NodaTime;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Events;
using ParticipatoryGovernance.Residents.Specifications;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Residents;

public class ActiveCitizenAssessorTest
{
    private static readonly LocalDate AsOf = Make.Solar(1403, 2, 9);
    private static readonly NeighbourhoodId Home = NeighbourhoodId.New();

    // Eight meetings, one a month, the latest on 1 Ordibehesht 1403.
    private static readonly List<HeldMeeting> Meetings = Enumerable.Range(0, 8)
        .Select(i => new HeldMeeting(Guid.CreateVersion7(), Make.Solar(1403, 2, 1).PlusMonths(-i)))
        .ToList();

    private readonly ActiveCitizenAssessor _assessor = new(RafsanjanPreset.Charter);
    private readonly Resident _resident = Make.Resident(Home, "زهرا", "احمدی", Gender.Female, 1360, 1, 1);

    private Participation Attended(HeldMeeting meeting) =>
        new(_resident.Id, Home, ParticipationKind.MeetingAttended, meeting.HeldOn, meeting.MeetingId);

    private Participation Did(ParticipationKind kind, LocalDate on) => new(_resident.Id, Home, kind, on, Guid.CreateVersion7());

    [Fact]
    public void Assess_IsActive_WhenAttendingEnoughOfTheLastMeetings_AndSaysWhy()
    {
        var records = new[] { Attended(Meetings[0]), Attended(Meetings[2]), Attended(Meetings[5]) };

        var assessment = _assessor.Assess(_resident.Id, records, Meetings, AsOf);

        assessment.IsActive.Should().BeTrue();
        var reason = assessment.Reasons.Should().ContainSingle().Subject;
        reason.RuleId.Should().Be(ActiveCitizenRules.MeetingAttendanceRuleId);
        reason.Explanation.English.Should().Be("attended 3 of the neighbourhood's last 6 meetings (3 needed)");
        reason.Explanation.Persian.Should().Contain("۳");
    }

    [Fact]
    public void Assess_IgnoresMeetingsOlderThanTheLastM()
    {
        // Meetings 6 and 7 are the 7th and 8th latest: outside "the last 6".
        var records = new[] { Attended(Meetings[0]), Attended(Meetings[6]), Attended(Meetings[7]) };

        var assessment = _assessor.Assess(_resident.Id, records, Meetings, AsOf);

        assessment.IsActive.Should().BeFalse();
        assessment.Outcomes.Single(o => o.RuleId == ActiveCitizenRules.MeetingAttendanceRuleId).Explanation.English
            .Should().StartWith("attended 1 of");
    }

    [Fact]
    public void Assess_IgnoresRecordsAfterTheDate_AndOtherResidentsRecords()
    {
        var later = new HeldMeeting(Guid.CreateVersion7(), AsOf.PlusDays(1));
        var someoneElse = ResidentId.New();
        var records = new[]
        {
            Attended(Meetings[0]), Attended(Meetings[1]), Attended(later),
            new Participation(someoneElse, Home, ParticipationKind.MeetingAttended, Meetings[2].HeldOn, Meetings[2].MeetingId),
        };

        _assessor.Assess(_resident.Id, records, [.. Meetings, later], AsOf).IsActive.Should().BeFalse();
    }

    [Fact]
    public void Assess_IsActive_ForAnImplementedOrCarriedOutIdea()
    {
        _assessor.Assess(_resident.Id, [Did(ParticipationKind.IdeaCarriedOut, AsOf.PlusDays(-900))], Meetings, AsOf)
            .Reasons.Single().RuleId.Should().Be(ActiveCitizenRules.ImplementedIdeaRuleId);
    }

    [Fact]
    public void Assess_CountsIdeasSubmittedAndEndorsed_OnlyWithinTheirWindows()
    {
        var submitted = new[] { Did(ParticipationKind.IdeaSubmitted, AsOf.PlusDays(-10)), Did(ParticipationKind.IdeaSubmitted, AsOf.PlusDays(-400)) };
        var endorsed = Enumerable.Range(0, 10).Select(i => Did(ParticipationKind.IdeaEndorsed, AsOf.PlusDays(-i * 19))).ToArray();

        var one = _assessor.Assess(_resident.Id, submitted, Meetings, AsOf);
        var both = _assessor.Assess(_resident.Id, [.. submitted, Did(ParticipationKind.IdeaSubmitted, AsOf)], Meetings, AsOf);
        var endorser = _assessor.Assess(_resident.Id, endorsed, Meetings, AsOf);

        one.IsActive.Should().BeFalse();
        one.Outcomes.Single(o => o.RuleId == ActiveCitizenRules.IdeasSubmittedRuleId).Explanation.English
            .Should().Be("submitted 1 ideas in the last 365 days (2 needed)");
        both.Reasons.Single().RuleId.Should().Be(ActiveCitizenRules.IdeasSubmittedRuleId);
        endorser.Reasons.Single().RuleId.Should().Be(ActiveCitizenRules.IdeasEndorsedRuleId, "ten endorsements within 171 days");
    }

    [Fact]
    public void Assess_IsActive_ForARoleTakenUpWithinTheYear()
    {
        _assessor.Assess(_resident.Id, [Did(ParticipationKind.CouncilSeatHeld, AsOf.PlusMonths(-11))], Meetings, AsOf)
            .Reasons.Single().RuleId.Should().Be(ActiveCitizenRules.RoleHeldRuleId);
        _assessor.Assess(_resident.Id, [Did(ParticipationKind.YouthTeamServed, AsOf.PlusMonths(-13))], Meetings, AsOf)
            .IsActive.Should().BeFalse();
    }

    [Fact]
    public void Assess_ReportsOnlyTheRulesTheCharterEnables()
    {
        var charter = RafsanjanPreset.Charter with
        {
            ActiveCitizens = new ActiveCitizenRules { MeetingAttendance = null, IdeasEndorsed = null, IdeasSubmitted = null, RoleHolderQualifies = false, CommentsPosted = null },
        };

        var assessment = new ActiveCitizenAssessor(charter).Assess(_resident.Id, [], Meetings, AsOf);

        assessment.Outcomes.Select(o => o.RuleId).Should().Equal(ActiveCitizenRules.ImplementedIdeaRuleId);
    }

    [Fact]
    public void AssessNeighbourhood_RecordsTheStatus_SoTheSpecificationListsTheActiveCitizens()
    {
        var active = _resident;
        var passive = Make.Resident(Home, "علی", "بهرامی", Gender.Male, 1360, 1, 1);
        var records = Meetings.Take(4).Select(Attended).ToList();

        _assessor.AssessNeighbourhood([active, passive], records, Meetings, AsOf);

        active.IsActiveCitizen.Should().BeTrue();
        active.ActiveCitizenship!.ReasonRuleIds.Should().Equal(ActiveCitizenRules.MeetingAttendanceRuleId);
        active.ActiveCitizenship.AssessedOn.Should().Be(AsOf);
        active.DomainEvents.OfType<ActiveCitizenStatusChanged>().Should().ContainSingle().Which.IsActive.Should().BeTrue();
        passive.IsActiveCitizen.Should().BeFalse();
        passive.DomainEvents.Should().BeEmpty("the status did not change");
        new ActiveCitizensOfNeighbourhoodSpec(Home).Evaluate([active, passive]).Should().ContainSingle().Which.Should().BeSameAs(active);
        new ActiveCitizensOfNeighbourhoodSpec(Home, Gender.Male).Evaluate([active, passive]).Should().BeEmpty();
    }

    [Fact]
    public void RecordActiveCitizenship_Throws_ForAnotherResidentsAssessment()
    {
        var other = _assessor.Assess(ResidentId.New(), [], Meetings, AsOf);

        FluentActions.Invoking(() => _resident.RecordActiveCitizenship(other)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void CharterValidate_NamesBrokenActiveCitizenRules()
    {
        var charter = RafsanjanPreset.Charter with
        {
            ActiveCitizens = new ActiveCitizenRules { MeetingAttendance = new MeetingAttendanceRule(7, 6), IdeasEndorsed = new RecentActivityRule(0, 30) },
        };

        var errors = charter.Validate();

        errors.Select(e => e.Rule).Should().BeEquivalentTo(
            "charter.ActiveCitizens.MeetingAttendance.MinimumAttended", "charter.ActiveCitizens.IdeasEndorsed");
        errors[0].Message.English.Should().Contain("from 1 to OfLastMeetings (6); it is 7");
    }
}
