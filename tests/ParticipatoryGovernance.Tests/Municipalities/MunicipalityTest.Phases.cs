using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Municipalities;

public partial class MunicipalityTest
{
    [Theory]
    [InlineData(ProgrammePhase.CitizenIdeas)]
    [InlineData(ProgrammePhase.NeighbourhoodCentredManagement)]
    public void LaunchPhase_NeedsNothingBefore_TheFirstTwoPhases(ProgrammePhase phase) =>
        NewCity().LaunchPhase(phase, Make.Solar(1400, 10, 1)).IsSuccess.Should().BeTrue();

    [Theory]
    [InlineData(ProgrammePhase.WomensCouncils)]
    [InlineData(ProgrammePhase.YouthMayors)]
    public void LaunchPhase_RefusesWomensCouncilsAndYouthMayors_BeforeNeighbourhoodCentredManagement(ProgrammePhase phase)
    {
        var city = NewCity();

        var none = city.LaunchPhase(phase, Make.Solar(1401, 10, 1));
        city.LaunchPhase(ProgrammePhase.NeighbourhoodCentredManagement, Make.Solar(1401, 11, 1)).ThrowIfFailed();
        var before = city.LaunchPhase(phase, Make.Solar(1401, 10, 30));
        var onTheDay = city.LaunchPhase(phase, Make.Solar(1401, 11, 1));

        none.Violations.Should().ContainSingle().Which.Rule.Should().Be(MunicipalityRuleIds.PhaseNeedsEarlierPhase);
        before.Violations.Should().ContainSingle().Which.Message.English.Should().Contain("Neighbourhood-centred management");
        onTheDay.IsSuccess.Should().BeTrue();
        city.HasLaunched(phase).Should().BeTrue();
    }

    [Fact]
    public void LaunchPhase_CountsAPrerequisiteKnownOnlyAsOnOrBefore_AsPossiblyEarlier()
    {
        // Rafsanjan's record: neighbourhood-centred management is known only to be on or before the unveiling (1403),
        // while women's councils started in Dey 1401.
        var city = NewCity();
        city.LaunchPhase(ProgrammePhase.NeighbourhoodCentredManagement, Make.Solar(1403, 2, 9), DatePrecision.OnOrBefore).ThrowIfFailed();

        city.LaunchPhase(ProgrammePhase.WomensCouncils, Make.Solar(1401, 10, 1), DatePrecision.Month).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void LaunchPhase_KeepsTheCouncilsRuleId_ForNeighbourhoodCouncils() =>
        NewCity().LaunchPhase(ProgrammePhase.NeighbourhoodCouncils, Make.Solar(1401, 1, 1))
            .Violations.Should().ContainSingle().Which.Rule.Should().Be(MunicipalityRuleIds.CouncilsNeedNeighbourhoodCentredManagement);

    [Fact]
    public void RafsanjanPreset_LaunchesAllFivePhases_UnderThePrerequisites()
    {
        var city = RafsanjanPreset.CreateMunicipality(Make.Rafsanjan);

        ProgrammePhases.All.Should().OnlyContain(p => city.HasLaunched(p));
    }

    [Fact]
    public void PrerequisiteOf_NamesNeighbourhoodCentredManagement_ForTheLastThreePhases()
    {
        ProgrammePhases.PrerequisiteOf(ProgrammePhase.CitizenIdeas).Should().BeNull();
        ProgrammePhases.PrerequisiteOf(ProgrammePhase.NeighbourhoodCentredManagement).Should().BeNull();
        ProgrammePhases.PrerequisiteOf(ProgrammePhase.NeighbourhoodCouncils).Should().Be(ProgrammePhase.NeighbourhoodCentredManagement);
        ProgrammePhases.PrerequisiteOf(ProgrammePhase.WomensCouncils).Should().Be(ProgrammePhase.NeighbourhoodCentredManagement);
        ProgrammePhases.PrerequisiteOf(ProgrammePhase.YouthMayors).Should().Be(ProgrammePhase.NeighbourhoodCentredManagement);
    }
}
