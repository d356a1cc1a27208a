using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Tests.Common;

public class RuleIdsTest
{
    private static readonly Type[] RuleIdClasses =
    [
        typeof(IdeaRuleIds), typeof(CouncilRuleIds), typeof(MeetingRuleIds), typeof(MunicipalityRuleIds),
        typeof(NeighbourhoodRuleIds), typeof(YouthMayorCampaignRuleIds), typeof(YouthMayorElectionRuleIds),
        typeof(BudgetingRuleIds), typeof(ResidentRuleIds), typeof(InputRuleIds), typeof(CharterRuleIds),
    ];

    [Fact]
    public void RuleIds_AreUniqueAcrossTheModel_AndEachStartsWithItsArea()
    {
        var ids = RuleIdClasses
            .SelectMany(t => t.GetFields().Where(f => f.IsLiteral).Select(f => (Class: t, Id: (string)f.GetRawConstantValue()!)))
            .ToList();

        ids.Should().HaveCountGreaterThan(130);
        ids.Select(i => i.Id).Should().OnlyHaveUniqueItems();
        ids.Should().OnlyContain(i => i.Id.Contains('.'));
    }

    [Fact]
    public void RuleIds_KeepTheStringsHostsMatchOn()
    {
        CouncilRuleIds.Full.Should().Be("council.full");
        IdeaRuleIds.TransitionNotAllowed.Should().Be("idea.transition-not-allowed");
        YouthMayorCampaignRuleIds.NotInterviewed.Should().Be("youth-campaign.not-interviewed");
        YouthMayorElectionRuleIds.PollClosed.Should().Be("youth-election.poll-closed");
        MunicipalityRuleIds.CouncilsNeedNeighbourhoodCentredManagement.Should().Be("municipality.councils-need-neighbourhood-centred-management");
        BudgetingRuleIds.BallotSize.Should().Be("budgeting.ballot-size");
        CharterRuleIds.ForSetting("CouncilSeats").Should().Be("charter.CouncilSeats");
    }
}
