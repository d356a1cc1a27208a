using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>The Languages migration: texts in any language are stored, and rows written before it read back whole.</summary>
[Collection(DatabaseTests.Name)]
public class LanguagesMigrationTest(DatabaseFixture fixture)
{
    private static readonly LocalizedText FiveLanguages = new LocalizedText("رفسنجان", "Rafsanjan")
        .With("ckb", "ڕەفسەنجان")
        .With("azb", "رفسنجان شهری")
        .With("ar", "رفسنجان العربية");

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ARowWrittenBeforeTheMigration_ReadsBackWithPersianAndEnglish_AndNoOtherForms(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var city = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
        await using (var db = database.CreateContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var languages = migrations.FindIndex(m => m.EndsWith("_Languages", StringComparison.Ordinal));
            languages.Should().BePositive();
            var migrator = db.GetService<IMigrator>();

            // Back to the schema before the migration, write a row there, then migrate it forward.
            await migrator.MigrateAsync(migrations[languages - 1]);
            await InsertOldMunicipalityAsync(db, city);
            await migrator.MigrateAsync(migrations[languages]);
            (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.Municipalities.SingleAsync();
            stored.Name.Should().Be(RafsanjanPreset.Name);
            stored.Name.Forms.Keys.Should().BeEquivalentTo("fa", "en");
            stored.Province.Should().Be(RafsanjanPreset.Province);
            (await ScalarAsync(db, "SELECT name_others FROM municipalities")).Should().Be("{}");
        }
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ATextInFiveLanguages_RoundTrips_AndAChangedFormIsSaved(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var city = Municipality.Create(MunicipalityId.New(), FiveLanguages, RafsanjanPreset.Charter, RafsanjanPreset.Province.With("ckb", "کرمان")).Value;
        await using (var db = database.CreateContext())
        {
            db.Add(city);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.Municipalities.SingleAsync();
            stored.Name.Should().Be(FiveLanguages);
            stored.Name.In("ckb").Should().Be("ڕەفسەنجان");
            stored.Name.In("azb").Should().Be("رفسنجان شهری");
            stored.Name.In("ar").Should().Be("رفسنجان العربية");
            stored.Province!.In("ckb").Should().Be("کرمان");
            stored.Rename(FiveLanguages.With("ckb", "ڕەفسەنجانی نوێ"));
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            (await db.Municipalities.SingleAsync()).Name.In("ckb").Should().Be("ڕەفسەنجانی نوێ");
            (await ScalarAsync(db, "SELECT name_others FROM municipalities")).Should().Contain("\"ckb\"").And.Contain("\"ar\"");
        }
    }

    private static async Task InsertOldMunicipalityAsync(GovernanceDbContext db, Municipality city)
    {
        // The row as the previous schema held it: today's model cannot write to that schema (it knows the *_others
        // columns), so write the values it would give into the columns the old table has.
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var columns = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal)
                ? "SELECT name FROM pragma_table_info('municipalities')"
                : "SELECT column_name FROM information_schema.columns WHERE table_name = 'municipalities'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        columns.Should().NotContain("name_others", "the schema is the one before the migration");
        var values = Values(db, city);
        var insert = connection.CreateCommand();
        await using (insert)
        {
            var used = columns.Where(values.ContainsKey).ToList();
            insert.CommandText = $"INSERT INTO municipalities ({string.Join(", ", used)}) VALUES ({string.Join(", ", used.Select((_, i) => "@p" + i))})";
            for (var i = 0; i < used.Count; i++)
            {
                var (mapping, value) = values[used[i]];
                insert.Parameters.Add(mapping.CreateParameter(insert, "@p" + i, value));
            }

            (await insert.ExecuteNonQueryAsync()).Should().Be(1);
        }
    }

    /// <summary>The column values today's model writes for a municipality, by column name.</summary>
    private static Dictionary<string, (Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping Mapping, object? Value)> Values(GovernanceDbContext db, Municipality city)
    {
        db.Add(city);
        var entry = db.Entry(city);
        var values = new Dictionary<string, (Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping, object?)>(StringComparer.Ordinal);
        var table = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table("municipalities");
        foreach (var property in entry.Properties)
        {
            Add(property.Metadata, property.CurrentValue);
        }

        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
            {
                Add(property.Metadata, property.CurrentValue);
            }
        }

        entry.State = EntityState.Detached;
        return values;

        void Add(Microsoft.EntityFrameworkCore.Metadata.IProperty property, object? value)
        {
            var column = property.GetColumnName(table);
            if (column is null)
            {
                return;
            }

            values[column] = ((Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping)property.GetTypeMapping(), value);
        }
    }

    private static async Task<string?> ScalarAsync(GovernanceDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }
}
