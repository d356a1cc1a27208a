using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Municipalities.Specifications;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.DependencyInjection;

/// <summary>Registration gives repositories over the chosen database and migrates only when asked.</summary>
[Collection(DatabaseTests.Name)]
public class StorageServiceCollectionExtensionsTest(DatabaseFixture fixture)
{
    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Registration_MigratesOnlyOnRequest_ThenServesRepositories(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider, migrate: false);
        var services = new ServiceCollection().AddParticipatoryGovernance(o => o.Clock = fixture.Clock);
        _ = provider == Provider.Sqlite
            ? services.AddParticipatoryGovernanceSqlite(database.ConnectionString)
            : services.AddParticipatoryGovernancePostgres(database.ConnectionString);
        await using var built = services.BuildServiceProvider();

        await using (var scope = built.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
            (await context.Database.GetPendingMigrationsAsync()).Should().NotBeEmpty("registering storage must not touch the schema");
        }

        var applied = await built.MigrateParticipatoryGovernanceDatabaseAsync();
        var again = await built.MigrateParticipatoryGovernanceDatabaseAsync();

        applied.Should().NotBeEmpty();
        again.Should().BeEmpty();
        var city = Build.Municipality();
        await using (var scope = built.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRepositoryBase<Municipality>>().AddAsync(city);
        }

        await using (var scope = built.CreateAsyncScope())
        {
            var read = scope.ServiceProvider.GetRequiredService<IReadRepositoryBase<Municipality>>();
            (await read.SingleOrDefaultAsync(new MunicipalityByIdSpec(city.Id))).Should().NotBeNull();
            (await read.GetByIdAsync(city.Id)).Should().NotBeNull();
        }
    }

    [Fact]
    public async Task Sqlite_OpensConnectionsInWalModeWithForeignKeys()
    {
        var database = await fixture.CreateDatabaseAsync(Provider.Sqlite);
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();

        (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()).Should().Equal("wal");
        (await db.Database.SqlQueryRaw<long>("PRAGMA foreign_keys").ToListAsync()).Should().Equal(1L);
        (await db.Database.SqlQueryRaw<long>("PRAGMA busy_timeout").ToListAsync()).Should().Equal(30000L);
        (await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToListAsync()).Should().Equal([2L], "2 is FULL");
    }

    [Fact]
    public async Task Repository_RefusesToUpdateAnAggregateItDidNotLoad()
    {
        var database = await fixture.CreateDatabaseAsync(Provider.Sqlite);
        await using var db = database.CreateContext();
        var repository = new Repositories.GovernanceRepository<Municipality>(db);

        var update = () => repository.UpdateAsync(Build.Municipality());

        await update.Should().ThrowAsync<InvalidOperationException>().WithMessage("*not loaded through this context*");
    }
}
