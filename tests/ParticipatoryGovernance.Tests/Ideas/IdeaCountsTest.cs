using ParticipatoryGovernance.Ideas;

namespace ParticipatoryGovernance.Tests.Ideas;

public class IdeaCountsTest
{
    [Fact]
    public void Registered_AddsEveryStatus_AndAcceptedSoFarAddsTheAcceptedOnes()
    {
        var counts = new IdeaCounts(Submitted: 1, UnderReview: 2, Accepted: 4, Rejected: 8, InProgress: 16, Implemented: 32, Withdrawn: 64);

        counts.Registered.Should().Be(127);
        counts.AcceptedSoFar.Should().Be(4 + 16 + 32);
        IdeaStatuses.All.Select(counts.CountOf).Should().Equal(1, 2, 4, 8, 16, 32, 64);
        IdeaCounts.None.Registered.Should().Be(0);
    }

    [Fact]
    public void CountOf_Throws_ForAnUndefinedStatus()
    {
        FluentActions.Invoking(() => IdeaCounts.None.CountOf(0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
