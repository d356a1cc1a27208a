using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Municipalities;

/// <summary>A city's progress against its own charter, on hand-made cities.</summary>
public sealed class AdoptionProgressTest
{
    private static readonly LocalDate Today = Make.Solar(1405, 9, 1);

    private static Municipality NewCity(GovernanceCharter? charter = null) =>
        Municipality.Create(MunicipalityId.New(), new LocalizedText("نمونه", "Sample"), charter ?? RafsanjanPreset.Charter).Value;

    private static NeighbourhoodAdoption Row(bool mayor = false, bool council = false, bool women = false, int boys = 0, int girls = 0) =>
        new(NeighbourhoodId.New(), mayor, council, women, boys, girls);

    [Fact]
    public void Compute_ForACityThatLaunchedNothingAndHasNoNeighbourhoods_GivesZeroOfFivePhasesAndZeroOfZero()
    {
        var progress = AdoptionProgress.Compute(NewCity(), Array.Empty<NeighbourhoodAdoption>(), Today);

        progress.Launched.Should().BeEmpty();
        progress.NotLaunched.Should().Equal(ProgrammePhases.All);
        progress[AdoptionMeasure.PhasesLaunched].Should().Be(new AdoptionShare(AdoptionMeasure.PhasesLaunched, 0, 5, true));
        progress[AdoptionMeasure.NeighbourhoodMayors].Should().Be(new AdoptionShare(AdoptionMeasure.NeighbourhoodMayors, 0, 0, true));
        progress.Shares.Should().OnlyContain(s => s.Percent == 0 && !s.IsComplete);
        progress.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void Compute_CountsOnlyThePhasesTheStoredCityLaunchedByTheDate()
    {
        var city = NewCity();
        city.LaunchPhase(ProgrammePhase.NeighbourhoodCentredManagement, Make.Solar(1401, 1, 1)).ThrowIfFailed();
        city.LaunchPhase(ProgrammePhase.NeighbourhoodCouncils, Make.Solar(1402, 7, 1)).ThrowIfFailed();
        city.LaunchPhase(ProgrammePhase.YouthMayors, Make.Solar(1406, 1, 1)).ThrowIfFailed();

        var progress = AdoptionProgress.Compute(city, [Row()], Today);

        progress.Launched.Select(l => l.Phase).Should().Equal(ProgrammePhase.NeighbourhoodCentredManagement, ProgrammePhase.NeighbourhoodCouncils);
        progress.NotLaunched.Should().Equal(ProgrammePhase.CitizenIdeas, ProgrammePhase.WomensCouncils, ProgrammePhase.YouthMayors);
        progress[AdoptionMeasure.PhasesLaunched].Done.Should().Be(2, "the youth-mayor launch is after the date");
        progress[AdoptionMeasure.PhasesLaunched].Percent.Should().Be(40);
    }

    [Fact]
    public void Compute_GivesTheShareOfNeighbourhoodsOnEachMeasure_AndYouthMayorsOnlyWhenEverySeatIsFilled()
    {
        var rows = new[]
        {
            Row(mayor: true, council: true, women: true, boys: 1, girls: 1),
            Row(mayor: true, council: true, boys: 1),
            Row(mayor: true),
        };

        var progress = AdoptionProgress.Compute(RafsanjanPreset.CreateMunicipality(MunicipalityId.New()), rows, Today);

        progress[AdoptionMeasure.PhasesLaunched].IsComplete.Should().BeTrue();
        progress[AdoptionMeasure.NeighbourhoodMayors].Should().Be(new AdoptionShare(AdoptionMeasure.NeighbourhoodMayors, 3, 3, true));
        progress[AdoptionMeasure.NeighbourhoodCouncils].Percent.Should().Be(66);
        progress[AdoptionMeasure.WomensCouncils].Done.Should().Be(1);
        progress[AdoptionMeasure.YouthMayors].Done.Should().Be(1, "a neighbourhood with a boy but no girl youth mayor lacks a seat the charter gives it");
        progress.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void Compute_MeasuresAgainstTheCitysOwnCharter_SoACityWithoutWomensCouncilsCanBeComplete()
    {
        var charter = RafsanjanPreset.Charter with { HasWomensCouncils = false, BoyYouthMayorsPerNeighbourhood = 1, GirlYouthMayorsPerNeighbourhood = 0 };
        var city = NewCity(charter);
        foreach (var phase in ProgrammePhases.All.Where(p => p != ProgrammePhase.WomensCouncils))
        {
            city.LaunchPhase(phase, Make.Solar(1402, 1, 1)).ThrowIfFailed();
        }

        var progress = AdoptionProgress.Compute(city, [Row(mayor: true, council: true, boys: 1), Row(mayor: true, council: true, boys: 2)], Today);

        progress[AdoptionMeasure.PhasesLaunched].Should().Be(new AdoptionShare(AdoptionMeasure.PhasesLaunched, 4, 4, true), "a charter without women's councils has four phases");
        progress.NotLaunched.Should().BeEmpty();
        progress[AdoptionMeasure.WomensCouncils].Required.Should().BeFalse();
        progress[AdoptionMeasure.YouthMayors].Should().Be(new AdoptionShare(AdoptionMeasure.YouthMayors, 2, 2, true), "this charter gives each neighbourhood one boy youth mayor and no girl");
        progress.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void Compute_FromRecords_CountsActiveCouncilsOfTheCityOnly_AndMayorsAppointedByTheDate()
    {
        var city = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
        city.AdoptCharter(city.Charter with { CouncilMembersFromActiveCitizens = false }).ThrowIfFailed();
        var north = Make.Neighbourhood(1, city.Id);
        var south = Make.Neighbourhood(2, city.Id);
        north.AppointMayor(new NeighbourhoodMayor(new PersonName("حسن", "شهردار"), Make.Solar(1401, 1, 1))).ThrowIfFailed();
        south.AppointMayor(new NeighbourhoodMayor(new PersonName("رضا", "شهردار"), Make.Solar(1406, 1, 1))).ThrowIfFailed();
        var formedOn = Make.Solar(1402, 7, 1);
        var forming = Council.Form(CouncilId.New(), city, north, CouncilKind.Neighbourhood, formedOn, Make.Solar(1406, 6, 31), []).Value;
        var active = Council.Form(CouncilId.New(), city, north, CouncilKind.Women, formedOn, Make.Solar(1406, 6, 31), []).Value;
        var chair = Make.Resident(north.Id, "مریم", "رئیس", Gender.Female, 1360, 1, 1);
        var members = Enumerable.Range(1, 4).Select(i => Make.Resident(north.Id, "زهرا", $"عضو {i}", Gender.Female, 1360, 1, i)).ToList();
        active.Appoint(chair, CouncilRole.Chair, formedOn, city.Charter.AgeOfMajority).ThrowIfFailed();
        members.ForEach(m => active.Appoint(m, CouncilRole.Member, formedOn, city.Charter.AgeOfMajority).ThrowIfFailed());
        active.Activate(formedOn).ThrowIfFailed();

        var progress = AdoptionProgress.Compute(city, [north, south, Make.Neighbourhood(3)], [forming, active], [], Today);

        progress[AdoptionMeasure.NeighbourhoodMayors].Should().Be(new AdoptionShare(AdoptionMeasure.NeighbourhoodMayors, 1, 2, true), "another city's neighbourhood is left out, and South's mayor is appointed later");
        progress[AdoptionMeasure.NeighbourhoodCouncils].Done.Should().Be(0, "a forming council is not yet active");
        progress[AdoptionMeasure.WomensCouncils].Done.Should().Be(1);
    }

    [Fact]
    public void NameOf_NamesEveryMeasureInBothLanguages()
    {
        foreach (var measure in Enum.GetValues<AdoptionMeasure>())
        {
            AdoptionProgress.NameOf(measure).Persian.Should().NotBeNullOrWhiteSpace();
            AdoptionProgress.NameOf(measure).English.Should().NotBeNullOrWhiteSpace();
        }

        FluentActions.Invoking(() => AdoptionProgress.NameOf((AdoptionMeasure)99)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
