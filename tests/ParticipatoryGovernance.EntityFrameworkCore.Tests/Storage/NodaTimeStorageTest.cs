using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore.Sqlite;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>
/// Dates and instants compare and sort in the database as they do in NodaTime: across year boundaries (ISO and Solar
/// Hijri), before 1970 (negative day numbers and microseconds on SQLite) and far from today.
/// </summary>
[Collection(DatabaseTests.Name)]
public class NodaTimeStorageTest(DatabaseFixture fixture)
{
    private static readonly LocalDate[] BirthDates =
    [
        new(2024, 3, 19), new(2024, 3, 20), new(2024, 3, 21),   // Esfand 29 1402, Farvardin 1 1403 (Nowruz), Farvardin 2
        new(1969, 12, 31), new(1970, 1, 1), new(1970, 1, 2),   // the SQLite epoch: day numbers -1, 0, 1
        new(2023, 12, 31), new(2024, 1, 1),                    // an ISO year boundary
        new(1921, 3, 21), new(1899, 12, 31), new(1, 1, 1),      // 1300 SH, and very old dates
        new(2100, 2, 28),
    ];

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task LocalDateRangesAndOrder_RunInTheDatabase_AcrossBoundariesAndBefore1970(Provider provider)
    {
        var database = await SeedAsync(provider);
        await using var db = database.CreateContext();
        var from = new LocalDate(1969, 12, 31);
        var to = new LocalDate(2024, 3, 20);

        // The birth date is internal to the model (ADR 0004); outside it, only EF.Property reaches the column.
        var query = db.Residents
            .Where(r => EF.Property<LocalDate>(r, "BirthDate") >= from && EF.Property<LocalDate>(r, "BirthDate") <= to)
            .OrderBy(r => EF.Property<LocalDate>(r, "BirthDate"));
        var inRange = await query.ToListAsync();
        var sorted = await db.Residents.OrderByDescending(r => EF.Property<LocalDate>(r, "BirthDate")).ToListAsync();

        query.ToQueryString().Should().Contain("WHERE").And.Contain("ORDER BY");
        inRange.Select(r => r.DiscloseBirthDate()).Should().Equal(BirthDates.Where(d => d >= from && d <= to).Order());
        sorted.Select(r => r.DiscloseBirthDate()).Should().Equal(BirthDates.OrderDescending());
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Instants_RoundTripToTheMicrosecond_AndSortInTheDatabase(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        Instant[] instants =
        [
            Instant.FromUtc(2024, 3, 20, 3, 6, 26).PlusTicks(1234560),   // Nowruz 1403, to the microsecond
            Instant.FromUtc(1969, 12, 31, 23, 59, 59).PlusTicks(9999990), // just before the epoch
            Instant.FromUtc(1950, 1, 1, 0, 0),
            Instant.FromUtc(2030, 12, 31, 23, 59, 59),
        ];
        var city = Build.Municipality();
        var clock = fixture.Clock;
        await using (var db = database.CreateContext())
        {
            db.Add(city);
            await db.SaveChangesAsync();
        }

        var original = clock.GetCurrentInstant();
        try
        {
            var phase = 0;
            foreach (var instant in instants)
            {
                clock.Reset(instant);
                await using var db = database.CreateContext();
                var municipality = await db.Municipalities.SingleAsync();
                municipality.LaunchPhase(ProgrammePhases.All[phase++], new LocalDate(2024, 1, 1)).ThrowIfFailed();
                await db.SaveChangesAsync();
            }
        }
        finally
        {
            clock.Reset(original);
        }

        await using (var db = database.CreateContext())
        {
            var after = Instant.FromUtc(1960, 1, 1, 0, 0);
            var stored = await db.DomainEvents.Where(e => e.RecordedAt > after).OrderBy(e => e.RecordedAt).Select(e => e.RecordedAt).ToListAsync();
            stored.Should().Equal(instants.Where(i => i > after).Order());
        }
    }

    [Fact]
    public void SqliteConverters_KeepOrderAndRoundTrip_OverTheWholeRange()
    {
        LocalDate[] dates = [LocalDate.MinIsoValue, new(-1, 12, 31), new(1, 1, 1), new(1969, 12, 31), new(1970, 1, 1), LocalDate.MaxIsoValue];
        dates.Select(LocalDateAsDayNumberConverter.ToDayNumber).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        dates.Select(d => LocalDateAsDayNumberConverter.FromDayNumber(LocalDateAsDayNumberConverter.ToDayNumber(d))).Should().Equal(dates);
        LocalDateAsDayNumberConverter.ToDayNumber(new LocalDate(1969, 12, 31)).Should().Be(-1);

        Instant[] instants = [Instant.MinValue, Instant.FromUnixTimeTicks(-11), Instant.FromUnixTimeTicks(-1), Instant.FromUnixTimeTicks(0), Instant.FromUnixTimeTicks(10), Instant.MaxValue];
        instants.Select(InstantAsUnixMicrosecondsConverter.ToMicroseconds).Should().BeInAscendingOrder();
        InstantAsUnixMicrosecondsConverter.ToMicroseconds(Instant.FromUnixTimeTicks(-1)).Should().Be(-1, "sub-microsecond parts round towards the past");
        InstantAsUnixMicrosecondsConverter.FromMicroseconds(InstantAsUnixMicrosecondsConverter.ToMicroseconds(Instant.FromUnixTimeTicks(-11)))
            .Should().Be(Instant.FromUnixTimeTicks(-20));
    }

    private async Task<TestDatabase> SeedAsync(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var city = Build.Municipality();
        var neighbourhood = Build.Neighbourhood(city.Id, 1);
        await using var db = database.CreateContext();
        db.AddRange(city, neighbourhood);
        db.AddRange(BirthDates.Select((d, i) => Build.Resident(neighbourhood.Id, $"R{i}", d)));
        await db.SaveChangesAsync();
        return database;
    }
}
