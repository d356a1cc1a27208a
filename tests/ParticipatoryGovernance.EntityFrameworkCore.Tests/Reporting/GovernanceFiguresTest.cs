using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore.Reporting;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Workload;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Reporting;

/// <summary>
/// The dashboard's figures counted by each database equal the library's in-memory functions on the generated Rafsanjan,
/// and are counted with aggregate SQL rather than by loading the records.
/// </summary>
[Collection(DatabaseTests.Name)]
public class GovernanceFiguresTest(DatabaseFixture fixture)
{
    private const int Seed = 1403_02_09;

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ComputeAsync_EqualsTheInMemoryFigures_ForTheGeneratedRafsanjan(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider, migrate: false);
        await CityDatabase.LoadAsync(provider == Provider.Sqlite ? CityStorage.Sqlite : CityStorage.Postgres, database.ConnectionString, CityProfile.Rafsanjan, Seed);
        var city = await CityGenerator.GenerateInMemoryAsync(CityProfile.Rafsanjan, Seed);
        var sql = new List<string>();
        await using var context = database.CreateContext(o => o.LogTo(sql.Add, [DbLoggerCategory.Database.Command.Name], LogLevel.Information));
        var figures = new GovernanceFigures(context);

        // On the report's day, and on a day before the councils were formed, when some members have not joined yet.
        foreach (var asOf in new[] { CityProfile.Rafsanjan.AsOf, CityProfile.Rafsanjan.CouncilsFormedOn.PlusDays(-1), CityProfile.Rafsanjan.CouncilsFormedOn.PlusDays(200) })
        {
            var stored = await figures.ComputeAsync(city.Municipality!.Id, asOf);

            var coverage = CouncilCoverage.Compute(city.Neighbourhoods, city.Councils, asOf);
            stored.AsOf.Should().Be(asOf);
            stored.Coverage.AsOf.Should().Be(asOf);
            stored.Coverage.Neighbourhoods.Should().Equal(coverage.Neighbourhoods);
            stored.NeighbourhoodCount.Should().Be(50);
        }

        var result = await figures.ComputeAsync(city.Municipality!.Id, CityProfile.Rafsanjan.AsOf);
        var coverageOnTheDay = CouncilCoverage.Compute(city.Neighbourhoods, city.Councils, CityProfile.Rafsanjan.AsOf);
        (result.Coverage.WithActiveCouncil, result.Coverage.CouncilMembers, result.Coverage.WithWomensCouncil, result.Coverage.WomensCouncilMembers)
            .Should().Be((coverageOnTheDay.WithActiveCouncil, coverageOnTheDay.CouncilMembers, coverageOnTheDay.WithWomensCouncil, coverageOnTheDay.WomensCouncilMembers));

        var ideas = IdeaFigures.From(city.Ideas);
        result.Ideas.Total.Should().Be(ideas.Total);
        (result.Ideas.Total.Registered + result.Ideas.Removed).Should().Be(CityProfile.Rafsanjan.Ideas);
        result.Ideas.ByMonth.Keys.Should().Equal(ideas.ByMonth.Keys);
        result.Ideas.ByMonth.Should().Equal(ideas.ByMonth);
        result.Ideas.ByNeighbourhood.Should().Equal(ideas.ByNeighbourhood);
        result.Ideas.ByNeighbourhood.Should().HaveCount(50);
        result.Ideas.Hidden.Should().Be(ideas.Hidden);
        result.Ideas.Removed.Should().Be(ideas.Removed);

        var youth = YouthMayorFigures.From(city.Campaign!, city.Neighbourhoods);
        result.Youth.Should().Be(new CampaignFigures(
            youth.Applicants,
            youth.Shortlisted,
            youth.Interviewed,
            youth.InterviewSessions,
            youth.BoyMayors,
            youth.GirlMayors,
            youth.TeamMembers,
            youth.CompleteTeams,
            youth.TeenagersEngaged));
        result.Youth!.Mayors.Should().Be(youth.Mayors);

        // Aggregates in SQL: members and campaign parts counted; the ideas' figures read from the kept counts, which
        // the generator's saves kept in step (ADR 0026), without touching the ideas.
        sql.Should().Contain(s => s.Contains("idea_counts", StringComparison.Ordinal));
        sql.Should().NotContain(s => s.Contains("citizen_ideas", StringComparison.Ordinal));
        sql.Should().Contain(s => s.Contains("COUNT(", StringComparison.OrdinalIgnoreCase) && s.Contains("council_memberships", StringComparison.Ordinal));
        sql.Should().Contain(s => s.Contains("COUNT(", StringComparison.OrdinalIgnoreCase) && s.Contains("youth_team_members", StringComparison.Ordinal));
        sql.Should().NotContain(s => s.Contains(".description", StringComparison.Ordinal) || s.Contains(".title", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ComputeAsync_GivesZerosAndNoCampaign_ForAMunicipalityWithoutRecords(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var municipality = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
        await using (var setup = database.CreateContext())
        {
            setup.Add(municipality);
            await setup.SaveChangesAsync();
        }

        await using var context = database.CreateContext();
        var figures = await new GovernanceFigures(context).ComputeAsync(municipality.Id, new LocalDate(2024, 5, 18));

        figures.NeighbourhoodCount.Should().Be(0);
        figures.Coverage.Neighbourhoods.Should().BeEmpty();
        figures.Ideas.Total.Should().Be(IdeaCounts.None);
        figures.Ideas.ByMonth.Should().BeEmpty();
        figures.Ideas.ByNeighbourhood.Should().BeEmpty();
        figures.Youth.Should().BeNull();
    }

    [Fact]
    public async Task ComputeAsync_Throws_WhenTheMunicipalityIdIsEmpty()
    {
        var database = await fixture.CreateDatabaseAsync(Provider.Sqlite);
        await using var context = database.CreateContext();

        var compute = () => new GovernanceFigures(context).ComputeAsync(default, new LocalDate(2024, 5, 18));

        await compute.Should().ThrowAsync<ArgumentException>().WithParameterName("municipalityId");
    }

    [Fact]
    public void Constructor_Throws_WhenTheContextIsNull()
    {
        var create = () => new GovernanceFigures(null!);

        create.Should().Throw<ArgumentNullException>().WithParameterName("context");
    }
}
