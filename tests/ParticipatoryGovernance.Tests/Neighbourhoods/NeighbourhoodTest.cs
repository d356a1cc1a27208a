using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Neighbourhoods.Events;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Neighbourhoods;

public class NeighbourhoodTest
{
    private static readonly NeighbourhoodMayor FirstMayor = new(new PersonName("علی", "کاظمی"), Make.Solar(1402, 1, 15));

    [Fact]
    public void Constructor_CentresTheNeighbourhoodOnAMosqueAndItsImam()
    {
        var neighbourhood = Make.Neighbourhood(7);

        neighbourhood.Number.Should().Be(7);
        neighbourhood.Anchor.Kind.Should().Be(AnchorKind.Mosque);
        neighbourhood.Anchor.LeaderTitle.Persian.Should().Be("امام محله");
        neighbourhood.Mayor.Should().BeNull();
    }

    [Fact]
    public void Constructor_Throws_ForEmptyIdsAndNumbersBelowOne()
    {
        var anchor = CommunityAnchor.School(new LocalizedText("دبستان", "Primary school"));
        var name = new LocalizedText("محله", "Neighbourhood");

        FluentActions.Invoking(() => new Neighbourhood(default, Make.Rafsanjan, 1, name, anchor)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Neighbourhood(NeighbourhoodId.New(), default, 1, name, anchor)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Neighbourhood(NeighbourhoodId.New(), Make.Rafsanjan, 0, name, anchor)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AppointMayor_SetsTheMayor_AndRaisesAnEvent()
    {
        var neighbourhood = Make.Neighbourhood(1);

        neighbourhood.AppointMayor(FirstMayor).IsSuccess.Should().BeTrue();

        neighbourhood.Mayor.Should().Be(FirstMayor);
        neighbourhood.HasMayorOn(Make.Solar(1402, 1, 14)).Should().BeFalse();
        neighbourhood.HasMayorOn(Make.Solar(1402, 1, 15)).Should().BeTrue();
        neighbourhood.DomainEvents.Should().ContainSingle().Which.Should().Be(new NeighbourhoodMayorAppointed(neighbourhood.Id, FirstMayor));
    }

    [Fact]
    public void AppointMayor_RefusesAnAppointmentDatedBeforeTheCurrentOne()
    {
        var neighbourhood = Make.Neighbourhood(1);
        neighbourhood.AppointMayor(FirstMayor).ThrowIfFailed();

        var result = neighbourhood.AppointMayor(new NeighbourhoodMayor(new PersonName("رضا", "محمدی"), Make.Solar(1401, 12, 1)));

        result.Violations.Single().Rule.Should().Be(NeighbourhoodRuleIds.MayorAppointedEarlier);
        result.Violations[0].Message.English.Should().Contain("15 Farvardin 1402");
        neighbourhood.Mayor.Should().Be(FirstMayor);
    }

    [Fact]
    public void ReplaceAnchor_RaisesAnEventOnlyWhenTheAnchorChanges()
    {
        var neighbourhood = Make.Neighbourhood(3);
        var centre = CommunityAnchor.CommunityCentre(new LocalizedText("سرای محله", "Community centre"));

        neighbourhood.ReplaceAnchor(neighbourhood.Anchor);
        neighbourhood.ReplaceAnchor(centre);

        neighbourhood.Anchor.Should().Be(centre);
        neighbourhood.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<CommunityAnchorReplaced>();
    }

    [Fact]
    public void CommunityAnchor_LetsAnotherCityUseItsOwnInstitution()
    {
        var anchor = new CommunityAnchor(AnchorKind.Other, new LocalizedText("فرهنگسرا", "Cultural house"), new LocalizedText("مدیر", "Director"));

        anchor.Kind.Should().Be(AnchorKind.Other);
        FluentActions.Invoking(() => new CommunityAnchor((AnchorKind)42, anchor.Name, anchor.LeaderTitle)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void NeighbourhoodMunicipality_IsKept()
    {
        var other = MunicipalityId.New();

        Make.Neighbourhood(2, other).MunicipalityId.Should().Be(other);
    }
}
