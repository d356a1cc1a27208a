using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Repositories;
using ParticipatoryGovernance.EntityFrameworkCore.Specifications;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Municipalities.Specifications;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Neighbourhoods.Specifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Specifications;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Specifications;

/// <summary>
/// Every specification of the core package, run by each database through the repository: the same rows as in memory,
/// and SQL whose WHERE (and ORDER BY, LIMIT) does the filtering, so that nothing is filtered in memory.
/// </summary>
[Collection(DatabaseTests.Name)]
public class CoreSpecificationsInDatabaseTest(DatabaseFixture fixture)
{
    private readonly Municipality _rafsanjan = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
    private readonly Municipality _other = Build.Municipality("Other");

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task NeighbourhoodSpecs_ReturnWhatMemoryReturns_AndFilterInSql(Provider provider)
    {
        var (database, neighbourhoods, _) = await SeedAsync(provider);
        await using var db = database.CreateContext();
        var repository = new GovernanceRepository<Neighbourhood>(db);

        await Check(repository, db.Neighbourhoods, new NeighbourhoodsOfMunicipalitySpec(_rafsanjan.Id), neighbourhoods, "municipality_id =", ordered: true);
        await Check(repository, db.Neighbourhoods, new NeighbourhoodsWithoutMayorSpec(_rafsanjan.Id), neighbourhoods, "mayor IS NULL", ordered: true);
        await Check(repository, db.Neighbourhoods, new NeighbourhoodByNumberSpec(_other.Id, 1), neighbourhoods, "number =", ordered: false);
        (await repository.SingleOrDefaultAsync(new NeighbourhoodByNumberSpec(_rafsanjan.Id, 9), CancellationToken.None)).Should().BeNull();
        (await repository.CountAsync(new NeighbourhoodsOfMunicipalitySpec(_rafsanjan.Id), CancellationToken.None)).Should().Be(3);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ResidentSpecs_ReturnWhatMemoryReturns_AndFilterInSql(Provider provider)
    {
        var (database, neighbourhoods, residents) = await SeedAsync(provider);
        var north = neighbourhoods.Single(n => n.MunicipalityId == _rafsanjan.Id && n.Number == 1);
        var south = neighbourhoods.Single(n => n.MunicipalityId == _rafsanjan.Id && n.Number == 2);
        await using var db = database.CreateContext();
        var repository = new GovernanceRepository<Resident>(db);

        await Check(repository, db.Residents, new ResidentsOfNeighbourhoodSpec(north.Id), residents, "neighbourhood_id =", ordered: true);
        await Check(repository, db.Residents, new ResidentsOfNeighbourhoodSpec(north.Id, Gender.Female), residents, "gender =", ordered: true);
        var page = await Check(repository, db.Residents, new ResidentsOfNeighbourhoodSpec(north.Id, skip: 1, take: 2), residents, "neighbourhood_id =", ordered: true);
        page.Should().HaveCount(2);
        new QueryableSpecificationEvaluator().GetQuery(db.Residents, new ResidentsOfNeighbourhoodSpec(north.Id, skip: 1, take: 2)).ToQueryString()
            .Should().Contain("LIMIT").And.Contain("OFFSET");
        var cohort = await Check(repository, db.Residents, new ResidentsInCohortSpec(new BirthCohort(1380)), residents, "birth_date >=", ordered: true);
        cohort.Select(r => r.Name.GivenName).Should().BeEquivalentTo("زهرا", "علی", "نرگس");
        await Check(repository, db.Residents, new ResidentsInCohortSpec(new BirthCohort(1380), north.Id, Gender.Male), residents, "birth_date <=", ordered: true);
        await Check(repository, db.Residents, new ResidentsInCohortSpec(new BirthCohort(1380), south.Id), residents, "neighbourhood_id =", ordered: true);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task MunicipalityByIdSpec_FindsTheMunicipality_InSql(Provider provider)
    {
        var (database, _, _) = await SeedAsync(provider);
        await using var db = database.CreateContext();
        var repository = new GovernanceRepository<Municipality>(db);

        var found = await Check(repository, db.Municipalities, new MunicipalityByIdSpec(_other.Id), [_rafsanjan, _other], "id =", ordered: false);

        found.Should().ContainSingle().Which.Name.English.Should().Be("Other");
    }

    private static async Task<List<T>> Check<T>(GovernanceRepository<T> repository, IQueryable<T> set, ISpecification<T> specification, IEnumerable<T> all, string column, bool ordered)
        where T : class
    {
        // PostgreSQL leaves lower-case names unquoted, SQLite quotes them: compare without quotes.
        var sql = new QueryableSpecificationEvaluator().GetQuery(set, specification).ToQueryString().Replace("\"", string.Empty, StringComparison.Ordinal);
        var where = sql.IndexOf("WHERE", StringComparison.Ordinal);
        where.Should().BePositive("the filter must run in the database:\n" + sql);
        sql[where..].Should().Contain(column, "the criterion on {0} belongs in the WHERE clause:\n{1}", column, sql);
        if (ordered)
        {
            sql.Should().Contain("ORDER BY");
        }

        var stored = await repository.ListAsync(specification, CancellationToken.None);
        var expected = specification.Evaluate(all).Select(Key).ToList();
        if (ordered)
        {
            stored.Select(Key).Should().Equal(expected);
        }
        else
        {
            stored.Select(Key).Should().BeEquivalentTo(expected);
        }

        return stored;
    }

    private static Guid Key<T>(T entity) => entity switch
    {
        Municipality m => m.Id.Value,
        Neighbourhood n => n.Id.Value,
        Resident r => r.Id.Value,
        _ => throw new ArgumentException("unknown entity", nameof(entity)),
    };

    private async Task<(TestDatabase Database, List<Neighbourhood> Neighbourhoods, List<Resident> Residents)> SeedAsync(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        List<Neighbourhood> neighbourhoods = [Build.Neighbourhood(_rafsanjan.Id, 3), Build.Neighbourhood(_rafsanjan.Id, 1), Build.Neighbourhood(_rafsanjan.Id, 2), Build.Neighbourhood(_other.Id, 1)];
        var north = neighbourhoods[1];
        var south = neighbourhoods[2];
        north.AppointMayor(new NeighbourhoodMayor(new PersonName("علی", "کاظمی"), PersianDates.FromSolarHijri(1402, 1, 1))).ThrowIfFailed();
        List<Resident> residents =
        [
            Build.Resident(north.Id, "زهرا", "احمدی", Gender.Female, 1380, 1, 1),
            Build.Resident(north.Id, "علی", "احمدی", Gender.Male, 1389, 12, 29),
            Build.Resident(north.Id, "مریم", "باقری", Gender.Female, 1379, 12, 30),
            Build.Resident(north.Id, "حسن", "تقوی", Gender.Male, 1390, 1, 1),
            Build.Resident(south.Id, "نرگس", "جعفری", Gender.Female, 1385, 6, 15),
            Build.Resident(north.Id, "امیر", "بهرامی", Gender.Male, 1350, 3, 3),
        ];
        await using var db = database.CreateContext();
        db.AddRange(_rafsanjan, _other);
        db.AddRange(neighbourhoods);
        db.AddRange(residents);
        await db.SaveChangesAsync();
        return (database, neighbourhoods, residents);
    }
}
