using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Meetings;

public partial class NeighbourhoodMeetingTest
{
    private NeighbourhoodMeeting Scheduled() =>
        NeighbourhoodMeeting.Schedule(MeetingId.New(), _neighbourhood, Mosque, Start, new MeetingRules());

    [Theory]
    [InlineData(null, InputRuleIds.Required)]
    [InlineData("\u200B\u2060", InputRuleIds.InvisibleOnly)]
    [InlineData("پارک \u202E", InputRuleIds.BidiControl)]
    [InlineData("پارک\nمحله", InputRuleIds.ControlCharacter)]
    public void AddAgendaItem_RefusesABadTitle_ByRule_AndAddsNothing(string? title, string rule)
    {
        var meeting = Scheduled();

        meeting.AddAgendaItem(title!).Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
        meeting.Agenda.Should().BeEmpty();
    }

    [Fact]
    public void AddAgendaItem_RefusesTooLongTexts_ByRule()
    {
        var meeting = Scheduled();

        meeting.AddAgendaItem(HostileInput.FiveThousandCharacters).Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.TooLong);
        meeting.AddAgendaItem("پارک", new string('x', NeighbourhoodMeeting.MaxDescriptionLength + 1))
            .Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.TooLong);
        meeting.Agenda.Should().BeEmpty();
    }

    [Fact]
    public void AddAgendaItem_KeepsAFormulaAndZwnj_Unchanged()
    {
        var meeting = Scheduled();

        meeting.AddAgendaItem(HostileInput.Formula, HostileInput.PersianWithZwnj).ThrowIfFailed();

        meeting.Agenda.Should().ContainSingle().Which.Title.Should().Be(HostileInput.Formula);
        meeting.Agenda[0].Description.Should().Be(HostileInput.PersianWithZwnj);
    }

    [Theory]
    [InlineData(null, InputRuleIds.Required)]
    [InlineData("\uFEFF", InputRuleIds.InvisibleOnly)]
    [InlineData("صورت‌جلسه \u2066", InputRuleIds.BidiControl)]
    public void Close_RefusesBadMinutes_ByRule_AndStaysOpen(string? minutes, string rule)
    {
        var meeting = OpenMeeting(present: 3);

        meeting.Close(minutes, Start).Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
        meeting.Status.Should().Be(MeetingStatus.Open);
    }

    [Fact]
    public void Close_RefusesMinutesOverTheLimit()
    {
        var meeting = OpenMeeting(present: 3);

        meeting.Close(new string('م', NeighbourhoodMeeting.MaxMinutesLength + 1), Start)
            .Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.TooLong);
    }

    [Fact]
    public void Close_SaysTheMeetingIsNotOpen_BeforeLookingAtTheMinutes() =>
        Scheduled().Close(null, Start).Violations.Should().ContainSingle().Which.Rule.Should().Be(MeetingRuleIds.NotOpen);

    [Theory]
    [InlineData("   ", InputRuleIds.Required)]
    [InlineData("\u200C\u200C", InputRuleIds.InvisibleOnly)]
    public void Cancel_RefusesABadReason_ByRule(string reason, string rule)
    {
        var meeting = Scheduled();

        meeting.Cancel(reason, Start).Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
        meeting.Status.Should().Be(MeetingStatus.Scheduled);
    }

    [Fact]
    public void Cancel_RefusesAReasonLongerThanItsColumn() =>
        Scheduled().Cancel(HostileInput.FiveThousandCharacters, Start)
            .Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.TooLong);
}
