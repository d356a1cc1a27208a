using System.Collections;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Tests.Common;

/// <summary>Every strongly typed identifier orders by its GUID (also boxed, as in-memory specifications compare) and makes new ones.</summary>
public class IdentifierTest
{
    private static readonly Guid LowGuid = Guid.Parse("00000000-0000-7000-8000-000000000001");
    private static readonly Guid HighGuid = Guid.Parse("00000000-0000-7000-8000-000000000002");

    public static TheoryData<string> Identifiers => [.. Cases.Keys];

    private static readonly Dictionary<string, (Func<Guid, object> Make, Func<object> New)> Cases = new()
    {
        [nameof(MunicipalityId)] = (g => new MunicipalityId(g), () => MunicipalityId.New()),
        [nameof(NeighbourhoodId)] = (g => new NeighbourhoodId(g), () => NeighbourhoodId.New()),
        [nameof(ResidentId)] = (g => new ResidentId(g), () => ResidentId.New()),
        [nameof(MeetingId)] = (g => new MeetingId(g), () => MeetingId.New()),
        [nameof(CouncilId)] = (g => new CouncilId(g), () => CouncilId.New()),
        [nameof(CitizenIdeaId)] = (g => new CitizenIdeaId(g), () => CitizenIdeaId.New()),
        [nameof(InterviewSessionId)] = (g => new InterviewSessionId(g), () => InterviewSessionId.New()),
        [nameof(YouthMayorApplicationId)] = (g => new YouthMayorApplicationId(g), () => YouthMayorApplicationId.New()),
        [nameof(YouthMayorCampaignId)] = (g => new YouthMayorCampaignId(g), () => YouthMayorCampaignId.New()),
        [nameof(YouthMayorElectionId)] = (g => new YouthMayorElectionId(g), () => YouthMayorElectionId.New()),
        [nameof(YouthMayorId)] = (g => new YouthMayorId(g), () => YouthMayorId.New()),
    };

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void CompareTo_OrdersByTheGuid_AlsoWhenBoxed(string type)
    {
        var (make, _) = Cases[type];
        dynamic low = make(LowGuid);
        dynamic high = make(HighGuid);

        ((int)low.CompareTo(high)).Should().BeNegative();
        ((bool)(low < high)).Should().BeTrue();
        ((bool)(high > low)).Should().BeTrue();
        dynamic lowAgain = make(LowGuid);
        ((bool)(low <= lowAgain)).Should().BeTrue();
        ((bool)(low >= high)).Should().BeFalse();
        Comparer.Default.Compare(make(HighGuid), make(LowGuid)).Should().BePositive("in-memory specifications compare boxed keys");
        ((IComparable)make(LowGuid)).CompareTo(null).Should().BePositive();
        FluentActions.Invoking(() => ((IComparable)make(LowGuid)).CompareTo("x")).Should().Throw<ArgumentException>();
    }

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void New_GivesDistinctNonEmptyIdentifiers(string type)
    {
        var (_, next) = Cases[type];
        dynamic id = next();

        ((Guid)id.Value).Should().NotBeEmpty();
        ((object)id).Should().NotBe(next());
        ((string)id.ToString()).Should().Be(((Guid)id.Value).ToString());
    }
}
