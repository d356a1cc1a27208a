using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Municipalities.Specifications;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Neighbourhoods.Specifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Specifications;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Specifications;

/// <summary>Every specification of the core package, evaluated in memory with <c>spec.Evaluate(list)</c>.</summary>
public class SpecificationsInMemoryTest
{
    private static readonly MunicipalityId Other = MunicipalityId.New();

    private readonly List<Neighbourhood> _neighbourhoods;
    private readonly Neighbourhood _north;
    private readonly Neighbourhood _south;
    private readonly List<Resident> _residents;

    public SpecificationsInMemoryTest()
    {
        _neighbourhoods = [Make.Neighbourhood(3), Make.Neighbourhood(1), Make.Neighbourhood(2), Make.Neighbourhood(1, Other)];
        _north = _neighbourhoods[1];
        _south = _neighbourhoods[2];
        _north.AppointMayor(new NeighbourhoodMayor(new PersonName("علی", "کاظمی"), Make.Solar(1402, 1, 1))).ThrowIfFailed();
        _residents =
        [
            Make.Resident(_north.Id, "زهرا", "احمدی", Gender.Female, 1380, 1, 1),      // first day of the 1380s
            Make.Resident(_north.Id, "علی", "احمدی", Gender.Male, 1389, 12, 29),        // last day of the 1380s (1389 is common)
            Make.Resident(_north.Id, "مریم", "باقری", Gender.Female, 1379, 12, 30),     // the day before (1379 is leap)
            Make.Resident(_north.Id, "حسن", "تقوی", Gender.Male, 1390, 1, 1),           // the day after
            Make.Resident(_south.Id, "نرگس", "جعفری", Gender.Female, 1385, 6, 15),
            Make.Resident(_north.Id, "امیر", "آقایی", Gender.Male, 1350, 3, 3),
        ];
    }

    [Fact]
    public void NeighbourhoodsOfMunicipalitySpec_ReturnsOnlyThatCitysNeighbourhoods_ByNumber()
    {
        var result = new NeighbourhoodsOfMunicipalitySpec(Make.Rafsanjan).Evaluate(_neighbourhoods).ToList();

        result.Select(n => n.Number).Should().Equal(1, 2, 3);
        result.Should().OnlyContain(n => n.MunicipalityId == Make.Rafsanjan);
    }

    [Fact]
    public void NeighbourhoodByNumberSpec_FindsOneNeighbourhood()
    {
        new NeighbourhoodByNumberSpec(Other, 1).Evaluate(_neighbourhoods).Should().ContainSingle()
            .Which.MunicipalityId.Should().Be(Other);
        new NeighbourhoodByNumberSpec(Make.Rafsanjan, 9).Evaluate(_neighbourhoods).Should().BeEmpty();
    }

    [Fact]
    public void NeighbourhoodsWithoutMayorSpec_ListsVacantPosts()
    {
        new NeighbourhoodsWithoutMayorSpec(Make.Rafsanjan).Evaluate(_neighbourhoods).Select(n => n.Number).Should().Equal(2, 3);
    }

    [Fact]
    public void ResidentsOfNeighbourhoodSpec_OrdersByFamilyThenGivenName()
    {
        var result = new ResidentsOfNeighbourhoodSpec(_north.Id).Evaluate(_residents).Select(r => r.Name.ToString()).ToList();

        result.Should().Equal("امیر آقایی", "زهرا احمدی", "علی احمدی", "مریم باقری", "حسن تقوی");
    }

    [Fact]
    public void ResidentsOfNeighbourhoodSpec_FiltersByGender_AndPages()
    {
        new ResidentsOfNeighbourhoodSpec(_north.Id, Gender.Female).Evaluate(_residents).Select(r => r.Name.GivenName)
            .Should().Equal("زهرا", "مریم");
        new ResidentsOfNeighbourhoodSpec(_north.Id, skip: 1, take: 2).Evaluate(_residents).Select(r => r.Name.GivenName)
            .Should().Equal("زهرا", "علی");
        FluentActions.Invoking(() => new ResidentsOfNeighbourhoodSpec(_north.Id, take: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ResidentsOfNeighbourhoodSpec(_north.Id, skip: -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ResidentsOfNeighbourhoodSpec_BreaksTiesBetweenNamesakesByIdentifier()
    {
        var first = new Resident(new ResidentId(Guid.Parse("00000000-0000-7000-8000-0000000000a1")), _south.Id, new PersonName("نرگس", "جعفری"), Gender.Female, Make.Solar(1370, 1, 1));
        var second = new Resident(new ResidentId(Guid.Parse("00000000-0000-7000-8000-0000000000a2")), _south.Id, new PersonName("نرگس", "جعفری"), Gender.Female, Make.Solar(1371, 1, 1));

        var result = new ResidentsOfNeighbourhoodSpec(_south.Id).Evaluate([second, first, .. _residents]).ToList();

        result.Should().HaveCount(3);
        result.Where(r => r.Id == first.Id || r.Id == second.Id).Should().Equal(first, second);
    }

    [Fact]
    public void ResidentsInCohortSpec_IncludesBothEndsOfTheDecade_AndNothingOutside()
    {
        var result = new ResidentsInCohortSpec(new BirthCohort(1380), [_north.Id, _south.Id], null).Evaluate(_residents).Select(r => r.Name.GivenName).ToList();

        result.Should().BeEquivalentTo("زهرا", "علی", "نرگس");
    }

    [Fact]
    public void ResidentsInCohortSpec_NarrowsToANeighbourhoodAndGender()
    {
        new ResidentsInCohortSpec(new BirthCohort(1380), _north.Id).Evaluate(_residents).Select(r => r.Name.GivenName)
            .Should().Equal("زهرا", "علی");
        new ResidentsInCohortSpec(new BirthCohort(1380), [_north.Id, _south.Id], Gender.Female).Evaluate(_residents).Select(r => r.Name.GivenName)
            .Should().Equal("زهرا", "نرگس");
        new ResidentsInCohortSpec(new BirthCohort(1380), _south.Id, Gender.Male).Evaluate(_residents).Should().BeEmpty();
    }

    [Fact]
    public void MunicipalityByIdSpec_FindsTheMunicipality()
    {
        var rafsanjan = RafsanjanPreset.CreateMunicipality(Make.Rafsanjan);
        var other = Municipality.Create(Other, new LocalizedText("دیگر", "Other"), RafsanjanPreset.Charter).Value;

        new MunicipalityByIdSpec(Other).Evaluate([rafsanjan, other]).Should().ContainSingle().Which.Should().BeSameAs(other);
    }
}
