using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Councils.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Councils;

public class CouncilSpecificationsTest
{
    private readonly RafsanjanCouncils _rafsanjan = new();

    [Fact]
    public void ActiveCouncilsOfMunicipalitySpec_ListsActiveCouncils_OptionallyOfOneKind()
    {
        _rafsanjan.Councils[0].Dissolve(Make.Solar(1403, 1, 1)).ThrowIfFailed();

        new ActiveCouncilsOfMunicipalitySpec(Make.Rafsanjan).Evaluate(_rafsanjan.Councils).Should().HaveCount(96);
        new ActiveCouncilsOfMunicipalitySpec(Make.Rafsanjan, CouncilKind.Women).Evaluate(_rafsanjan.Councils).Should().HaveCount(47);
        new ActiveCouncilsOfMunicipalitySpec(MunicipalityId.New()).Evaluate(_rafsanjan.Councils).Should().BeEmpty();
    }

    [Fact]
    public void CurrentMembersOfCouncilSpec_ListsCurrentMembersByRole()
    {
        var council = _rafsanjan.Councils[0];
        var leaving = council.CurrentMembers.Last().ResidentId;
        council.Resign(leaving, Make.Solar(1403, 1, 1)).ThrowIfFailed();

        var members = new CurrentMembersOfCouncilSpec(council.Id).Evaluate(_rafsanjan.Councils).ToList();

        members.Should().HaveCount(6).And.NotContain(m => m.ResidentId == leaving);
        members.Select(m => m.Role).Should().BeInAscendingOrder();
        members[0].Role.Should().Be(CouncilRole.Chair);
    }

    [Fact]
    public void NeighbourhoodsWithoutCouncilSpec_FindsTheThreeWithoutAWomensCouncil()
    {
        var withWomensCouncil = new NeighbourhoodsWithCouncilSpec(Make.Rafsanjan, CouncilKind.Women).Evaluate(_rafsanjan.Councils).ToList();

        var without = new NeighbourhoodsWithoutCouncilSpec(Make.Rafsanjan, withWomensCouncil).Evaluate(_rafsanjan.Neighbourhoods);

        withWomensCouncil.Should().HaveCount(47);
        without.Select(n => n.Number).Should().Equal(48, 49, 50);
    }

    [Fact]
    public void MembersWithTermEndingBeforeSpec_ListsCurrentMembersWhoseTermEndsFirst()
    {
        var council = _rafsanjan.Councils[0];
        council.StartNextTerm(Make.Solar(1408, 6, 31)).ThrowIfFailed();
        var newcomer = _rafsanjan.Residents.First(r => r.NeighbourhoodId == council.NeighbourhoodId);
        council.Appoint(newcomer, CouncilRole.Chair, Make.Solar(1406, 7, 1)).ThrowIfFailed();

        var ending = new MembersWithTermEndingBeforeSpec(Make.Rafsanjan, Make.Solar(1406, 7, 1)).Evaluate(_rafsanjan.Councils).ToList();

        ending.Should().HaveCount(350 - 7 + 329);
        ending.Should().OnlyContain(m => m.TermEndsOn == RafsanjanCouncils.TermEnds && m.IsCurrent);
        new MembersWithTermEndingBeforeSpec(Make.Rafsanjan, RafsanjanCouncils.TermEnds).Evaluate(_rafsanjan.Councils).Should().BeEmpty();
    }

    [Fact]
    public void CurrentMembersOfCouncilSpec_OrdersMembersOfOneRoleAndDateById()
    {
        var council = _rafsanjan.Councils[0];

        var members = new CurrentMembersOfCouncilSpec(council.Id).Evaluate(_rafsanjan.Councils).ToList();

        members.Select(m => m.Role).Should().Equal(CouncilRole.Chair, CouncilRole.Deputy, CouncilRole.Secretary, CouncilRole.Member, CouncilRole.Member, CouncilRole.Member, CouncilRole.Member);
        members.Skip(3).Select(m => m.Id).Should().BeInAscendingOrder("members in the same role since the same day follow their membership ids");
    }

    [Fact]
    public void MembersWithTermEndingBeforeSpec_ListsTheSoonestEndingTermsFirst_AcrossCouncils()
    {
        var renewed = _rafsanjan.Councils[1];
        renewed.StartNextTerm(Make.Solar(1408, 6, 31)).ThrowIfFailed();
        var newcomer = _rafsanjan.Residents.First(r => r.NeighbourhoodId == renewed.NeighbourhoodId && r.Gender == ParticipatoryGovernance.Residents.Gender.Female);
        renewed.Appoint(newcomer, CouncilRole.Chair, Make.Solar(1406, 7, 1)).ThrowIfFailed();

        var ending = new MembersWithTermEndingBeforeSpec(Make.Rafsanjan, Make.Solar(1410, 1, 1)).Evaluate(_rafsanjan.Councils).ToList();

        ending.Should().HaveCount(350 + 329 - 7 + 1);
        ending.Select(m => m.TermEndsOn).Should().BeInAscendingOrder();
        ending[^1].ResidentId.Should().Be(newcomer.Id);
        ending.Where(m => m.TermEndsOn == RafsanjanCouncils.TermEnds).Select(m => m.Id).Should().BeInAscendingOrder();
    }
}
