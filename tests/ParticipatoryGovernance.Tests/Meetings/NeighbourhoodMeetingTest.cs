using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.Events;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Meetings;

public partial class NeighbourhoodMeetingTest
{
    private static readonly Instant Start = Instant.FromUtc(2024, 4, 20, 15, 30); // 19:00 on 1 Ordibehesht 1403 in Tehran
    private static readonly LocalizedText Mosque = new("مسجد جامع", "Friday Mosque");

    private readonly Neighbourhood _neighbourhood = Make.Neighbourhood(1);
    private readonly List<Resident> _residents;

    public NeighbourhoodMeetingTest() =>
        _residents = Enumerable.Range(1, 12)
            .Select(i => Make.Resident(_neighbourhood.Id, "ساکن", $"شماره {i}", i % 2 == 0 ? Gender.Female : Gender.Male, 1360, 1, i))
            .ToList();

    private NeighbourhoodMeeting OpenMeeting(int present, MeetingRules? rules = null)
    {
        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), _neighbourhood, Mosque, Start, rules ?? new MeetingRules());
        meeting.AddAgendaItem("پارک محله بازسازی شود؟", "بودجهٔ پیشنهادی ۲ میلیارد ریال").ThrowIfFailed();
        meeting.Open(Start).ThrowIfFailed();
        foreach (var resident in _residents.Take(present))
        {
            meeting.RecordAttendance(resident, Start).ThrowIfFailed();
        }

        return meeting;
    }

    private void Votes(NeighbourhoodMeeting meeting, int item, params VoteChoice[] choices)
    {
        for (var i = 0; i < choices.Length; i++)
        {
            meeting.CastVote(item, _residents[i].Id, choices[i], Start.Plus(Duration.FromMinutes(10))).ThrowIfFailed();
        }
    }

    [Fact]
    public void Schedule_KeepsThePlaceTimeAndRules_AndHeldOnIsTheTehranDate()
    {
        var late = Instant.FromUtc(2024, 3, 19, 21, 0); // already 1 Farvardin 1403 in Tehran
        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), _neighbourhood, Mosque, late, new MeetingRules());

        meeting.Status.Should().Be(MeetingStatus.Scheduled);
        meeting.HeldOn.Should().Be(Make.Solar(1403, 1, 1));
        meeting.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<MeetingScheduled>();
    }

    [Fact]
    public void Decide_Passes_WithASimpleMajorityOfVotesCast()
    {
        var meeting = OpenMeeting(present: 10);
        meeting.PutToVote(1).ThrowIfFailed();
        Votes(meeting, 1, VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.Against, VoteChoice.Against, VoteChoice.Abstain);

        var decision = meeting.Decide(1, Start.Plus(Duration.FromHours(1))).Value;

        decision.Should().BeEquivalentTo(new
        {
            ItemNumber = 1, VotesFor = 4, VotesAgainst = 2, Abstentions = 1, Attendees = 10, QuorumMet = true,
            Outcome = DecisionOutcome.Passed, Majority = MajorityRule.SimpleMajorityOfVotesCast,
        });
        decision.Passed.Should().BeTrue();
        meeting.Agenda[0].Status.Should().Be(AgendaItemStatus.Decided);
        meeting.DomainEvents.OfType<NeighbourhoodDecisionTaken>().Should().ContainSingle().Which.Decision.Should().Be(decision);
    }

    [Fact]
    public void Decide_Rejects_OnATie()
    {
        var meeting = OpenMeeting(present: 8);
        meeting.PutToVote(1).ThrowIfFailed();
        Votes(meeting, 1, VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.Against, VoteChoice.Against, VoteChoice.Against);

        var decision = meeting.Decide(1, Start).Value;

        decision.QuorumMet.Should().BeTrue();
        decision.Outcome.Should().Be(DecisionOutcome.Rejected);
        decision.Passed.Should().BeFalse();
    }

    [Fact]
    public void Decide_HasNoQuorum_WhenTooFewOfThosePresentVote()
    {
        // 12 present, 5 votes: meets MinimumVoters (5) but not 50% of those present (6 needed).
        var meeting = OpenMeeting(present: 12);
        meeting.PutToVote(1).ThrowIfFailed();
        Votes(meeting, 1, VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.For);

        var decision = meeting.Decide(1, Start).Value;

        decision.QuorumMet.Should().BeFalse();
        decision.Outcome.Should().Be(DecisionOutcome.NoQuorum);
    }

    [Fact]
    public void Decide_HasNoQuorum_BelowTheMinimumNumberOfVoters()
    {
        var meeting = OpenMeeting(present: 4);
        meeting.PutToVote(1).ThrowIfFailed();
        Votes(meeting, 1, VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.For);

        meeting.Decide(1, Start).Value.Outcome.Should().Be(DecisionOutcome.NoQuorum);
    }

    [Fact]
    public void Decide_AppliesTheMeetingsOwnMajorityRule()
    {
        var meeting = OpenMeeting(present: 6, new MeetingRules { Majority = MajorityRule.TwoThirdsOfVotesCast });
        meeting.PutToVote(1).ThrowIfFailed();
        Votes(meeting, 1, VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.Against, VoteChoice.Against, VoteChoice.Abstain);

        var decision = meeting.Decide(1, Start).Value;

        decision.Outcome.Should().Be(DecisionOutcome.Rejected, "3 of 5 for-or-against votes is less than two thirds");
        decision.Majority.Should().Be(MajorityRule.TwoThirdsOfVotesCast);
    }

    [Fact]
    public void CastVote_Refuses_AResidentWhoDidNotAttend()
    {
        var meeting = OpenMeeting(present: 5);
        meeting.PutToVote(1).ThrowIfFailed();

        var result = meeting.CastVote(1, _residents[8].Id, VoteChoice.For, Start);

        result.Violations.Single().Rule.Should().Be(MeetingRuleIds.VoterAbsent);
        result.Violations[0].Message.English.Should().Contain("Only residents recorded as present");
        result.Violations[0].Message.Persian.Should().NotBeNullOrWhiteSpace();
        meeting.Agenda[0].Votes.Should().BeEmpty();
    }

    [Fact]
    public void CastVote_Refuses_ASecondVoteByTheSameResident()
    {
        var meeting = OpenMeeting(present: 5);
        meeting.PutToVote(1).ThrowIfFailed();
        meeting.CastVote(1, _residents[0].Id, VoteChoice.For, Start).ThrowIfFailed();

        var result = meeting.CastVote(1, _residents[0].Id, VoteChoice.Against, Start);

        result.Violations.Single().Rule.Should().Be(MeetingRuleIds.AlreadyVoted);
        result.Violations[0].Message.English.Should().Contain("already voted on item 1");
        meeting.Agenda[0].Votes.Should().ContainSingle().Which.Choice.Should().Be(VoteChoice.For);
    }

    [Fact]
    public void CastVote_Refuses_WhenTheItemIsNotUnderVoteOrDoesNotExist()
    {
        var meeting = OpenMeeting(present: 5);

        meeting.CastVote(1, _residents[0].Id, VoteChoice.For, Start).Violations.Single().Rule.Should().Be(MeetingRuleIds.ItemNotVoting);
        meeting.CastVote(7, _residents[0].Id, VoteChoice.For, Start).Violations.Single().Message.English
            .Should().Be("There is no item 7 on the agenda.");
        FluentActions.Invoking(() => meeting.CastVote(1, _residents[0].Id, (VoteChoice)9, Start)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void RecordAttendance_Refuses_AResidentOfAnotherNeighbourhood_AndIgnoresARepeat()
    {
        var meeting = OpenMeeting(present: 1);
        var outsider = Make.Resident(NeighbourhoodId.New(), "مهمان", "بیرونی", Gender.Male, 1360, 1, 1);

        var refused = meeting.RecordAttendance(outsider, Start);
        var repeat = meeting.RecordAttendance(_residents[0], Start);

        refused.Violations.Single().Rule.Should().Be(MeetingRuleIds.NotAResident);
        refused.Violations[0].Message.English.Should().Contain("does not live in this neighbourhood");
        repeat.IsSuccess.Should().BeTrue();
        meeting.Attendees.Should().ContainSingle();
    }

    [Fact]
    public void Operations_AreRefused_BeforeTheMeetingOpens()
    {
        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), _neighbourhood, Mosque, Start, new MeetingRules());
        meeting.AddAgendaItem("بند").ThrowIfFailed();

        meeting.RecordAttendance(_residents[0], Start).Violations.Single().Rule.Should().Be(MeetingRuleIds.NotOpen);
        meeting.PutToVote(1).Violations.Single().Rule.Should().Be(MeetingRuleIds.NotOpen);
        meeting.Close("صورت‌جلسه", Start).Violations.Single().Rule.Should().Be(MeetingRuleIds.NotOpen);
    }

    [Fact]
    public void PutToVote_Refuses_AnItemAlreadyPutToTheVote()
    {
        var meeting = OpenMeeting(present: 5);
        meeting.PutToVote(1).ThrowIfFailed();

        meeting.PutToVote(1).Violations.Single().Rule.Should().Be(MeetingRuleIds.ItemNotPending);
        meeting.Open(Start).Violations.Single().Rule.Should().Be(MeetingRuleIds.AlreadyOpen);
    }

    [Fact]
    public void Close_Refuses_WhileAnItemIsStillBeingVotedOn()
    {
        var meeting = OpenMeeting(present: 5);
        meeting.PutToVote(1).ThrowIfFailed();

        var result = meeting.Close("صورت‌جلسه", Start);

        result.Violations.Single().Rule.Should().Be(MeetingRuleIds.ItemStillVoting);
        result.Violations[0].Message.English.Should().Contain("Item 1 is still being voted on");
        meeting.Status.Should().Be(MeetingStatus.Open);
    }

    [Fact]
    public void AClosedMeeting_CannotChange()
    {
        var meeting = OpenMeeting(present: 6);
        meeting.PutToVote(1).ThrowIfFailed();
        Votes(meeting, 1, VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.For);
        meeting.Decide(1, Start).ThrowIfFailed();
        meeting.Close("پارک بازسازی می‌شود.", Start.Plus(Duration.FromHours(2))).ThrowIfFailed();

        var attempts = new Result[]
        {
            meeting.AddAgendaItem("بند تازه"),
            meeting.RecordAttendance(_residents[10], Start),
            meeting.PutToVote(1),
            meeting.CastVote(1, _residents[5].Id, VoteChoice.Against, Start),
            meeting.Decide(1, Start),
            meeting.Close("دوباره", Start),
            meeting.Cancel("دیر", Start),
        };

        attempts.Should().OnlyContain(r => r.IsFailure && r.Violations.Single().Rule == MeetingRuleIds.Closed);
        attempts[0].Violations[0].Message.English.Should().Be("The meeting is closed and can no longer change.");
        meeting.Attendees.Should().HaveCount(6);
        meeting.Agenda.Should().ContainSingle();
        meeting.Minutes.Should().Be("پارک بازسازی می‌شود.");
        meeting.Decisions.Should().ContainSingle().Which.Passed.Should().BeTrue();
    }

    [Fact]
    public void Cancel_EndsAMeetingWithoutDecisions_AndIsRefusedOnceItHasDecided()
    {
        var quiet = OpenMeeting(present: 2);
        quiet.Cancel("باران شدید", Start).IsSuccess.Should().BeTrue();
        quiet.Status.Should().Be(MeetingStatus.Cancelled);
        quiet.RecordAttendance(_residents[5], Start).Violations.Single().Rule.Should().Be(MeetingRuleIds.Cancelled);

        var decided = OpenMeeting(present: 6);
        decided.PutToVote(1).ThrowIfFailed();
        Votes(decided, 1, VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.For);
        decided.Decide(1, Start).ThrowIfFailed();
        decided.Cancel("اشتباه", Start).Violations.Single().Rule.Should().Be(MeetingRuleIds.HasDecisions);
    }

    [Fact]
    public void Participations_ListEveryAttendee_OnceTheMeetingIsClosed()
    {
        var meeting = OpenMeeting(present: 3);
        meeting.Participations().Should().BeEmpty("attendance counts once the meeting is over");

        meeting.Close("گفت‌وگو دربارهٔ پارک", Start).ThrowIfFailed();

        meeting.Participations().Should().HaveCount(3).And.OnlyContain(p =>
            p.Kind == ParticipationKind.MeetingAttended && p.On == meeting.HeldOn && p.SourceId == meeting.Id.Value && p.NeighbourhoodId == _neighbourhood.Id);
    }

    [Fact]
    public void AddAgendaItem_NumbersItems_AndRejectsBlankTitles()
    {
        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), _neighbourhood, Mosque, Start, new MeetingRules());

        meeting.AddAgendaItem("اول").Value.Should().Be(1);
        meeting.AddAgendaItem("دوم", "  ").Value.Should().Be(2);
        meeting.Agenda[1].Description.Should().BeNull();
        meeting.AddAgendaItem(" ").Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.Required);
        meeting.Agenda.Should().HaveCount(2);
    }
}
