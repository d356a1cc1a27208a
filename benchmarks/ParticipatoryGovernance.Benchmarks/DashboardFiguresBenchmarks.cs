using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.Reporting;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Workload;

namespace ParticipatoryGovernance.Benchmarks;

/// <summary>
/// The dashboard's figures of a generated city from the database (<see cref="GovernanceFigures"/>: council members and
/// campaign parts counted with aggregate queries, ideas read from the counts every save keeps, ADR 0026) against the
/// plain alternative, loading the latest ideas and counting them in memory with <see cref="IdeaFigures.From"/>.
/// Target: under 200 ms for every figure of the large city, on each database.
/// </summary>
/// <remarks>
/// <c>City</c> is <c>provider:size</c>; set <c>GOVERNANCE_BENCH_CITIES</c> (comma-separated) to choose, default
/// <c>sqlite:large,postgres:large</c>. Cities are generated on first use and cached (<see cref="BenchmarkDatabases"/>).
/// </remarks>
[MemoryDiagnoser]
public class DashboardFiguresBenchmarks
{
    private ServiceProvider _services = null!;
    private MunicipalityId _municipality;
    private LocalDate _asOf;

    [ParamsSource(nameof(Cities))]
    public string City { get; set; } = "sqlite:large";

    public static IEnumerable<string> Cities() =>
        (Environment.GetEnvironmentVariable("GOVERNANCE_BENCH_CITIES") is { Length: > 0 } cities ? cities : "sqlite:large,postgres:large")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var parts = City.Split(':');
        var storage = BenchmarkDatabases.StorageOf(parts[0]);
        _services = BenchmarkDatabases.Services(storage, await BenchmarkDatabases.CityAsync(storage, parts[1]));
        await _services.MigrateParticipatoryGovernanceDatabaseAsync();
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        _municipality = await context.Municipalities.IgnoreAutoIncludes().Select(m => m.Id).FirstAsync();
        _asOf = CityProfile.LargeCity.AsOf;
        if (storage == CityStorage.Postgres)
        {
            // The index added by the AddFigureIndexes migration is only read alone once the visibility map is current.
            await context.Database.ExecuteSqlRawAsync("VACUUM ANALYZE citizen_ideas");
        }
        else
        {
            await context.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }

    [GlobalCleanup]
    public void CleanUp() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> IdeasLoadedAndCountedInMemory()
    {
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        // Root rows only: what the old dashboard loaded, less the ideas' parts, which would cost far more.
        var ideas = await context.CitizenIdeas.IgnoreAutoIncludes().AsNoTracking()
            .Where(i => i.MunicipalityId == _municipality && i.NextVersionId == null)
            .ToListAsync();
        return IdeaFigures.From(ideas).Total.Registered;
    }

    [Benchmark]
    public async Task<int> IdeasFromKeptCounts()
    {
        await using var scope = _services.CreateAsyncScope();
        var figures = scope.ServiceProvider.GetRequiredService<GovernanceFigures>();
        return (await figures.IdeasAsync(_municipality)).Total.Registered;
    }

    [Benchmark]
    public async Task<int> AllFiguresFromTheDatabase()
    {
        await using var scope = _services.CreateAsyncScope();
        var figures = scope.ServiceProvider.GetRequiredService<GovernanceFigures>();
        var all = await figures.ComputeAsync(_municipality, _asOf);
        return all.Ideas.Total.Registered + all.Coverage.CouncilMembers + (all.Youth?.TeenagersEngaged ?? 0);
    }
}
