using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Tests.Meetings;

public class MeetingRulesTest
{
    [Theory]
    [InlineData(5, 10, true)]
    [InlineData(5, 11, false)]
    [InlineData(4, 4, false)]
    [InlineData(6, 12, true)]
    public void IsQuorate_NeedsTheMinimumAndTheShareOfThosePresent(int votes, int attendees, bool expected) =>
        new MeetingRules().IsQuorate(votes, attendees).Should().Be(expected);

    [Theory]
    [InlineData(MajorityRule.SimpleMajorityOfVotesCast, 3, 2, 10, true)]
    [InlineData(MajorityRule.SimpleMajorityOfVotesCast, 2, 2, 0, false)]
    [InlineData(MajorityRule.AbsoluteMajorityOfVotesCast, 3, 2, 1, false)]
    [InlineData(MajorityRule.AbsoluteMajorityOfVotesCast, 4, 2, 1, true)]
    [InlineData(MajorityRule.TwoThirdsOfVotesCast, 2, 1, 5, true)]
    [InlineData(MajorityRule.TwoThirdsOfVotesCast, 3, 2, 0, false)]
    [InlineData(MajorityRule.TwoThirdsOfVotesCast, 0, 0, 4, false)]
    public void Passes_AppliesTheMajorityRule(MajorityRule rule, int votesFor, int against, int abstain, bool expected) =>
        new MeetingRules { Majority = rule }.Passes(votesFor, against, abstain).Should().Be(expected);

    [Fact]
    public void CharterValidate_NamesBrokenMeetingRules()
    {
        var charter = RafsanjanPreset.Charter with
        {
            Meetings = new MeetingRules { MinimumVoters = 0, QuorumPercentOfAttendees = 101, Majority = (MajorityRule)7 },
        };

        charter.Validate().Select(v => v.Rule).Should().BeEquivalentTo(
            "charter.Meetings.MinimumVoters", "charter.Meetings.QuorumPercentOfAttendees", "charter.Meetings.Majority");
        (charter with { Meetings = null! }).Validate().Single().Rule.Should().Be("charter.Meetings");
    }
}
