using System.Collections;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public class YouthMayorCampaignIdTest
{
    private static readonly YouthMayorCampaignId Low = new(Guid.Parse("00000000-0000-7000-8000-000000000001"));
    private static readonly YouthMayorCampaignId High = new(Guid.Parse("00000000-0000-7000-8000-000000000002"));

    [Fact]
    public void CompareTo_OrdersByTheGuid_AlsoWhenBoxed()
    {
        Low.CompareTo(High).Should().BeNegative();
        (Low < High).Should().BeTrue();
        (High > Low).Should().BeTrue();
        (Low <= new YouthMayorCampaignId(Low.Value)).Should().BeTrue();
        (Low >= High).Should().BeFalse();
        Comparer.Default.Compare(High, Low).Should().BePositive("in-memory specifications compare boxed keys");
        ((IComparable)Low).CompareTo(null).Should().BePositive();
        FluentActions.Invoking(() => ((IComparable)Low).CompareTo("x")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void New_GivesDistinctNonEmptyIdentifiers()
    {
        var id = YouthMayorCampaignId.New();

        id.Value.Should().NotBeEmpty();
        id.Should().NotBe(YouthMayorCampaignId.New());
        id.ToString().Should().Be(id.Value.ToString());
    }
}
