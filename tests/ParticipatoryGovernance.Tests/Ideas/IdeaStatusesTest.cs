using ParticipatoryGovernance.Ideas;

namespace ParticipatoryGovernance.Tests.Ideas;

public class IdeaStatusesTest
{
    [Fact]
    public void All_ListsEveryStatusInLifecycleOrder_WithANameInBothLanguages()
    {
        IdeaStatuses.All.Should().Equal(Enum.GetValues<IdeaStatus>());
        IdeaStatuses.NameOf(IdeaStatus.UnderReview).Persian.Should().Be("در حال بررسی");
        IdeaStatuses.NameOf(IdeaStatus.Implemented).English.Should().Be("implemented");
        IdeaStatuses.All.Select(s => IdeaStatuses.NameOf(s).Persian).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Groupings_AreTheStatusesTheRulesUse()
    {
        IdeaStatuses.Endorsable.Should().Equal(IdeaStatus.Submitted, IdeaStatus.UnderReview, IdeaStatus.Accepted, IdeaStatus.InProgress);
        IdeaStatuses.AwaitingAnswer.Should().Equal(IdeaStatus.Submitted, IdeaStatus.UnderReview);
    }

    [Fact]
    public void NameOf_Throws_ForAnUndefinedStatus()
    {
        FluentActions.Invoking(() => IdeaStatuses.NameOf((IdeaStatus)99)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
