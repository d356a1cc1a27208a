using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Durability;

/// <summary>
/// A writer process is killed in the middle of its run; afterwards the database opens, passes its integrity check,
/// keeps every batch the writer reported committed, and holds only whole batches: no aggregate without its events,
/// no event without its aggregate.
/// </summary>
[Collection(DatabaseTests.Name)]
public class KilledWriterTest(DatabaseFixture fixture)
{
    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Database_HoldsOnlyWholeBatches_AfterTheWriterIsKilledMidRun(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var writer = Path.Combine(AppContext.BaseDirectory, "ParticipatoryGovernance.EntityFrameworkCore.Writer.dll");
        File.Exists(writer).Should().BeTrue("the writer is built with the tests");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { writer, provider == Provider.Sqlite ? "sqlite" : "postgres", database.ConnectionString },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        var lastReported = 0;
        using (var process = Process.Start(start)!)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var stopwatch = Stopwatch.StartNew();
            // Kill after a handful of commits, while it is in the middle of the next batch.
            while (lastReported < 15 && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
            {
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
                if (line is null)
                {
                    break;
                }

                lastReported = int.Parse(line["committed ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }

            process.HasExited.Should().BeFalse("the writer runs until killed; stderr: " + (process.HasExited ? await errors : string.Empty));
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        lastReported.Should().BeGreaterThanOrEqualTo(15);
        if (provider == Provider.Sqlite)
        {
            SqliteIntegrity(database.ConnectionString).Should().Be("ok");
        }

        await using var db = database.CreateContext();
        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync();
        var neighbourhoods = await db.Neighbourhoods.AsNoTracking().ToListAsync();
        var residents = await db.Residents.AsNoTracking().ToListAsync();
        var events = await db.DomainEvents.AsNoTracking().ToListAsync();
        var batches = municipalities.Count;

        batches.Should().BeGreaterThanOrEqualTo(lastReported, "every batch reported committed must have survived the kill");
        neighbourhoods.Should().HaveCount(3 * batches);
        residents.Should().HaveCount(3 * batches);
        events.Should().HaveCount(8 * batches);
        foreach (var municipality in municipalities)
        {
            municipality.PhaseLaunches.Should().HaveCount(2);
            events.Count(e => e.AggregateId == municipality.Id.Value && e.AggregateType == nameof(Municipality)).Should().Be(2);
            neighbourhoods.Count(n => n.MunicipalityId == municipality.Id).Should().Be(3);
        }

        var ids = municipalities.Select(m => m.Id.Value).Concat(neighbourhoods.Select(n => n.Id.Value)).Concat(residents.Select(r => r.Id.Value)).ToHashSet();
        events.Should().OnlyContain(e => ids.Contains(e.AggregateId), "no event is stored without its aggregate");
        neighbourhoods.Should().OnlyContain(n => n.Mayor != null && events.Any(e => e.AggregateId == n.Id.Value && e.AggregateType == nameof(Neighbourhood)));
        residents.Should().OnlyContain(r => events.Any(e => e.AggregateId == r.Id.Value && e.AggregateType == nameof(Resident)));
    }

    private static string SqliteIntegrity(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
