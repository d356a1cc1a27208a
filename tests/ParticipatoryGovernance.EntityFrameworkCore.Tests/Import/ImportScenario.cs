using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Import;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Import;

/// <summary>A stored municipality on a real SQLite database, and imports into it each through a fresh context.</summary>
internal sealed class ImportScenario
{
    private ImportScenario(TestDatabase database, Municipality city)
    {
        Database = database;
        City = city;
    }

    public TestDatabase Database { get; }

    public Municipality City { get; }

    /// <summary>A municipality whose council members need not be assessed active citizens, as a city bringing its sitting councils in.</summary>
    public static async Task<ImportScenario> CreateAsync(DatabaseFixture fixture, GovernanceCharter? charter = null)
    {
        var database = await fixture.CreateDatabaseAsync(Provider.Sqlite);
        var city = Municipality.Create(
            MunicipalityId.New(),
            new LocalizedText("شهرداری باغستان", "Baghestan Municipality"),
            charter ?? RafsanjanPreset.Charter with { CouncilMembersFromActiveCitizens = false }).Value;
        await using var db = database.CreateContext();
        db.Add(city);
        await db.SaveChangesAsync();
        return new ImportScenario(database, city);
    }

    public Task<ImportReport> NeighbourhoodsAsync(string csv, ImportMode mode = ImportMode.WholeFile) =>
        RunAsync((importer, reader) => importer.ImportNeighbourhoodsAsync(City.Id, reader), csv, mode);

    public Task<ImportReport> ResidentsAsync(string csv, ImportMode mode = ImportMode.WholeFile) =>
        RunAsync((importer, reader) => importer.ImportResidentsAsync(City.Id, reader), csv, mode);

    public Task<ImportReport> CouncilsAsync(string csv, ImportMode mode = ImportMode.WholeFile) =>
        RunAsync((importer, reader) => importer.ImportCouncilRostersAsync(City.Id, reader), csv, mode);

    /// <summary>Rows stored in each table the imports write.</summary>
    public async Task<(int Neighbourhoods, int Residents, int Councils, int DomainEvents)> CountsAsync()
    {
        await using var db = Database.CreateContext();
        return (await db.Neighbourhoods.CountAsync(), await db.Residents.CountAsync(), await db.Councils.CountAsync(), await db.DomainEvents.CountAsync());
    }

    private async Task<ImportReport> RunAsync(Func<CityDataImporter, TextReader, Task<ImportReport>> import, string csv, ImportMode mode)
    {
        await using var db = Database.CreateContext();
        using var reader = new StringReader(csv);
        return await import(new CityDataImporter(db, new CsvImportOptions { Mode = mode }), reader);
    }
}

/// <summary>Checks of one reported problem: where, which rule, and a reason in both languages.</summary>
internal static class ImportAssertions
{
    public static void ShouldBe(this ImportRowError error, int line, string? column, string rule, string englishFragment)
    {
        error.Line.Should().Be(line);
        error.Column.Should().Be(column);
        error.Violation.Rule.Should().Be(rule);
        error.Violation.Message.English.Should().Contain(englishFragment);
        error.Violation.Message.Persian.Should().MatchRegex(@"\p{IsArabic}", "the reason is given in Persian too");
    }
}
