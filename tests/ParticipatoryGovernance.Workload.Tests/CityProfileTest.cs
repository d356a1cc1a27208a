using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Workload;

namespace ParticipatoryGovernance.Workload.Tests;

public class CityProfileTest
{
    [Fact]
    public void Rafsanjan_HoldsTheReportsCounts_AndIsValid()
    {
        var profile = CityProfile.Rafsanjan;

        profile.Validate().Should().BeEmpty();
        profile.Neighbourhoods.Should().Be(50);
        profile.NeighbourhoodCouncils.Should().Be(50);
        profile.WomensCouncils.Should().Be(47);
        profile.Ideas.Should().BeGreaterThan(2000);
        profile.Campaign!.Shortlisted.Should().Be(350);
        profile.Campaign.InterviewSessions.Should().Be(56);
        profile.Campaign.BoyYouthMayors.Should().Be(48);
        profile.Campaign.GirlYouthMayors.Should().Be(46);
        profile.Campaign.TermStartsOn.Should().Be(PersianDates.FromSolarHijri(1403, 2, 9));
        profile.FirstIdeaMonth.Should().Be(new SolarHijriMonth(1400, 10));
        profile.LastIdeaMonth.Should().Be(new SolarHijriMonth(1403, 2));
    }

    [Fact]
    public void LargeCity_HasTheIssuesSizes_AndIsValid()
    {
        var profile = CityProfile.LargeCity;

        profile.Validate().Should().BeEmpty();
        profile.Neighbourhoods.Should().Be(374);
        profile.Residents.Should().Be(1_000_000);
        profile.Ideas.Should().Be(300_000);
        profile.Endorsements.Should().Be(3_000_000);
    }

    [Theory]
    [InlineData(0.1, 37, 100_000, 30_000, 300_000)]
    [InlineData(0.01, 4, 10_000, 3_000, 30_000)]
    public void Scaled_MultipliesTheCounts_AndStaysValid(double factor, int neighbourhoods, int residents, int ideas, int endorsements)
    {
        var profile = CityProfile.LargeCity.Scaled(factor);

        profile.Validate().Should().BeEmpty();
        profile.Neighbourhoods.Should().Be(neighbourhoods);
        profile.Residents.Should().Be(residents);
        profile.Ideas.Should().Be(ideas);
        profile.Endorsements.Should().Be(endorsements);
        profile.NeighbourhoodCouncils.Should().Be(neighbourhoods);
        profile.Campaign!.InterviewSessions.Should().BeGreaterThanOrEqualTo(neighbourhoods);
        profile.Key.Should().StartWith("large-city-x");
    }

    [Fact]
    public void Scaled_NeverGoesBelowWhatTheProfileNeeds()
    {
        var profile = CityProfile.Rafsanjan.Scaled(0.001);

        profile.Validate().Should().BeEmpty();
        profile.Neighbourhoods.Should().Be(1);
        profile.Residents.Should().Be(profile.MinimumResidents);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Scaled_Throws_ForAFactorThatIsNotPositive(double factor) =>
        FluentActions.Invoking(() => CityProfile.Rafsanjan.Scaled(factor)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Validate_ListsEveryProblem()
    {
        var profile = CityProfile.Rafsanjan with
        {
            Neighbourhoods = 10,
            WomensCouncils = 11,
            Residents = 10,
            Charter = RafsanjanPreset.Charter with { HasWomensCouncils = false },
            Campaign = CityProfile.Rafsanjan.Campaign! with { InterviewSessions = 5 },
        };

        var problems = profile.Validate();

        problems.Should().Contain(p => p.StartsWith("Residents (10)", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("WomensCouncils must be from 0 to 10", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("WomensCouncils must be 0", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("NeighbourhoodCouncils must be from 0 to 10", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("Campaign.InterviewSessions (5)", StringComparison.Ordinal));
        FluentActions.Invoking(profile.EnsureValid).Should().Throw<ArgumentException>().WithMessage("*'rafsanjan' cannot be generated*");
    }

    [Fact]
    public void Validate_RefusesCampaignDatesOutOfOrder_AndAnElectedCampaign()
    {
        var profile = CityProfile.Rafsanjan with
        {
            Charter = RafsanjanPreset.Charter with { YouthMayorSelection = YouthMayorSelection.Election },
            Campaign = CityProfile.Rafsanjan.Campaign! with { SelectionOn = PersianDates.FromSolarHijri(1402, 12, 1) },
        };

        var problems = profile.Validate();

        problems.Should().Contain(p => p.StartsWith("The campaign's dates must run in order", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("elects its youth mayors", StringComparison.Ordinal));
    }

    [Fact]
    public void MinimumResidents_CountsRegularsAndTheCampaignsTeenagers()
    {
        var profile = CityProfile.Rafsanjan;

        // In each of 50 neighbourhoods 9 regular men (7 seats and 2 spares) and 11 regular women (7 seats on the women's
        // council, up to 2 on the neighbourhood council, 2 spares); then 520 applicants and 94 teams of 9.
        profile.MinimumResidents.Should().Be((50 * (9 + 11)) + 520 + (94 * 9));
    }
}
