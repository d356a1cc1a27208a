using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Municipalities.Events;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Municipalities;

public partial class MunicipalityTest
{
    private static Municipality NewCity(GovernanceCharter? charter = null) =>
        Municipality.Create(MunicipalityId.New(), new LocalizedText("شهرداری نمونه", "Sample Municipality"), charter ?? RafsanjanPreset.Charter).Value;

    [Fact]
    public void Create_Fails_WithTheCharterErrors_WhenTheCharterIsInvalid()
    {
        var result = Municipality.Create(MunicipalityId.New(), RafsanjanPreset.Name, RafsanjanPreset.Charter with { CouncilSeats = 1 });

        result.IsFailure.Should().BeTrue();
        result.Violations.Should().ContainSingle().Which.Rule.Should().Be("charter.CouncilSeats");
        var value = () => result.Value;
        value.Should().Throw<RuleViolationException>();
    }

    [Fact]
    public void Create_Throws_WhenTheIdIsEmpty()
    {
        var act = () => Municipality.Create(default, RafsanjanPreset.Name, RafsanjanPreset.Charter);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void RafsanjanPreset_CreatesTheCityWithAllFivePhasesAsReported()
    {
        var city = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());

        city.PhaseLaunches.Select(p => p.Phase).Should().Equal(ProgrammePhases.All);
        city.PhaseLaunches[0].LaunchedOn.Should().Be(Make.Solar(1400, 10, 1), "citizen ideas launched in Dey 1400");
        city.PhaseLaunches[0].Precision.Should().Be(DatePrecision.Month);
        city.PhaseLaunches[3].LaunchedOn.Should().Be(Make.Solar(1401, 10, 1), "the Women's Affairs Office was founded in Dey 1401");
        city.HasLaunched(ProgrammePhase.YouthMayors, Make.Solar(1403, 2, 9)).Should().BeTrue();
        city.HasLaunched(ProgrammePhase.WomensCouncils, Make.Solar(1401, 9, 30)).Should().BeFalse();
    }

    [Fact]
    public void LaunchPhase_RaisesAnEvent_AndRefusesASecondLaunch()
    {
        var city = NewCity();

        city.LaunchPhase(ProgrammePhase.CitizenIdeas, Make.Solar(1400, 10, 1)).IsSuccess.Should().BeTrue();
        var again = city.LaunchPhase(ProgrammePhase.CitizenIdeas, Make.Solar(1401, 1, 1));

        again.Violations.Should().ContainSingle().Which.Rule.Should().Be(MunicipalityRuleIds.PhaseAlreadyLaunched);
        again.Violations[0].Message.English.Should().Contain("1 Dey 1400");
        again.Violations[0].Message.Persian.Should().Contain("۱۴۰۰/۱۰/۰۱");
        city.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<PhaseLaunched>();
        city.PhaseLaunches.Should().ContainSingle();
    }

    [Fact]
    public void LaunchPhase_RefusesCouncils_BeforeNeighbourhoodCentredManagement()
    {
        var city = NewCity();

        var tooEarly = city.LaunchPhase(ProgrammePhase.NeighbourhoodCouncils, Make.Solar(1401, 1, 1));
        city.LaunchPhase(ProgrammePhase.NeighbourhoodCentredManagement, Make.Solar(1401, 6, 1)).ThrowIfFailed();
        var beforeIt = city.LaunchPhase(ProgrammePhase.NeighbourhoodCouncils, Make.Solar(1401, 5, 31));
        var after = city.LaunchPhase(ProgrammePhase.NeighbourhoodCouncils, Make.Solar(1401, 6, 1));

        tooEarly.Violations.Single().Rule.Should().Be(MunicipalityRuleIds.CouncilsNeedNeighbourhoodCentredManagement);
        beforeIt.IsFailure.Should().BeTrue();
        after.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void LaunchPhase_RefusesWomensCouncils_WhenTheCharterHasNone()
    {
        var city = NewCity(RafsanjanPreset.Charter with { HasWomensCouncils = false });

        var result = city.LaunchPhase(ProgrammePhase.WomensCouncils, Make.Solar(1401, 10, 1));

        result.Violations.Single().Rule.Should().Be(MunicipalityRuleIds.NoWomensCouncils);
        city.HasLaunched(ProgrammePhase.WomensCouncils).Should().BeFalse();
    }

    [Fact]
    public void LaunchPhase_Throws_ForAnUndefinedPhase()
    {
        var act = () => NewCity().LaunchPhase((ProgrammePhase)6, Make.Solar(1401, 1, 1));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AdoptCharter_KeepsTheOldCharter_WhenTheNewOneIsInvalid()
    {
        var city = NewCity();

        var result = city.AdoptCharter(city.Charter with { YouthTeamSize = 0 });

        result.IsFailure.Should().BeTrue();
        city.Charter.Should().Be(RafsanjanPreset.Charter);
        city.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void AdoptCharter_ChangesTheCharter_AndRaisesAnEventOnlyWhenItChanged()
    {
        var city = NewCity();
        var nextDecade = city.Charter with { YouthCohort = new ParticipatoryGovernance.Calendar.BirthCohort(1390) };

        city.AdoptCharter(city.Charter with { }).IsSuccess.Should().BeTrue();
        city.AdoptCharter(nextDecade).IsSuccess.Should().BeTrue();

        city.Charter.YouthCohort.FirstYear.Should().Be(1390);
        city.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<CharterAdopted>();
    }

    [Fact]
    public void AdoptCharter_RefusesToDropWomensCouncils_OnceLaunched()
    {
        var city = NewCity();
        city.LaunchPhase(ProgrammePhase.NeighbourhoodCentredManagement, Make.Solar(1401, 6, 1)).ThrowIfFailed();
        city.LaunchPhase(ProgrammePhase.WomensCouncils, Make.Solar(1401, 10, 1)).ThrowIfFailed();

        var result = city.AdoptCharter(city.Charter with { HasWomensCouncils = false });

        result.Violations.Single().Rule.Should().Be(MunicipalityRuleIds.WomensCouncilsLaunched);
        city.Charter.HasWomensCouncils.Should().BeTrue();
    }

    [Fact]
    public void ProgrammePhases_NameEveryPhaseInBothLanguages()
    {
        ProgrammePhases.All.Should().HaveCount(5);
        ProgrammePhases.NameOf(ProgrammePhase.NeighbourhoodCouncils).Persian.Should().Be("شورای محله");
        ProgrammePhases.NameOf(ProgrammePhase.YouthMayors).English.Should().Contain("Become a mayor");
        var act = () => ProgrammePhases.NameOf(0);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
