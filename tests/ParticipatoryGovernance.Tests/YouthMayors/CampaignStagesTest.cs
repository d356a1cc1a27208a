using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public class CampaignStagesTest
{
    [Fact]
    public void Sequence_ListsSixStagesForInterviews_AndFiveForElections()
    {
        CampaignStages.Sequence(YouthMayorSelection.InterviewByNeighbourhoodMayor).Should().HaveCount(6).And.Contain(CampaignStage.Interviews);
        CampaignStages.Sequence(YouthMayorSelection.Election).Should().Equal(
            CampaignStage.Application, CampaignStage.Shortlisting, CampaignStage.Selection, CampaignStage.Training, CampaignStage.Term);
        Enum.GetValues<CampaignStage>().Select(CampaignStages.NameOf).Should().OnlyHaveUniqueItems();
        CampaignStages.NameOf(CampaignStage.Interviews).Persian.Should().Be("مصاحبه");
        FluentActions.Invoking(() => CampaignStages.NameOf((CampaignStage)0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CampaignStages.Sequence((YouthMayorSelection)0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
