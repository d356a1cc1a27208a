using Ardalis.Specification;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Specifications;
using ParticipatoryGovernance.Workload;

namespace ParticipatoryGovernance.Benchmarks;

/// <summary>
/// A specification run through the package's evaluator and repository against the same query written by hand in LINQ,
/// on the generated Rafsanjan in SQLite; each with a new context, as a request would. Target: at most 1.05×.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SpecificationEvaluatorBenchmarks
{
    private ServiceProvider _services = null!;
    private NeighbourhoodId _neighbourhood;
    private MunicipalityId _municipality;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _services = BenchmarkDatabases.Services(CityStorage.Sqlite, await BenchmarkDatabases.CityAsync(CityStorage.Sqlite, "rafsanjan"));
        await _services.MigrateParticipatoryGovernanceDatabaseAsync();
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        _neighbourhood = await context.Neighbourhoods.OrderBy(n => n.Number).Select(n => n.Id).FirstAsync();
        _municipality = await context.Municipalities.IgnoreAutoIncludes().Select(m => m.Id).FirstAsync();
    }

    [GlobalCleanup]
    public void CleanUp() => _services.Dispose();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Residents")]
    public async Task<int> ResidentsPageByHand()
    {
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var page = await context.Residents
            .Where(r => r.NeighbourhoodId == _neighbourhood && r.Gender == Gender.Female)
            .OrderBy(r => r.Name.FamilyName).ThenBy(r => r.Name.GivenName).ThenBy(r => r.Id)
            .Skip(20).Take(20)
            .ToListAsync();
        return page.Count;
    }

    [Benchmark]
    [BenchmarkCategory("Residents")]
    public async Task<int> ResidentsPageThroughSpecification()
    {
        await using var scope = _services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IReadRepositoryBase<Resident>>();
        var page = await repository.ListAsync(new ResidentsOfNeighbourhoodSpec(_neighbourhood, Gender.Female, skip: 20, take: 20));
        return page.Count;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Ideas")]
    public async Task<int> IdeasByStatusByHand()
    {
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var page = await context.CitizenIdeas
            .Where(i => i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null)
            .Where(i => i.MunicipalityId == _municipality)
            .Where(i => i.Status == IdeaStatus.Implemented)
            .OrderByDescending(i => i.SubmittedAt).ThenBy(i => i.Id)
            .Take(20)
            .ToListAsync();
        return page.Count;
    }

    [Benchmark]
    [BenchmarkCategory("Ideas")]
    public async Task<int> IdeasByStatusThroughSpecification()
    {
        await using var scope = _services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IReadRepositoryBase<CitizenIdea>>();
        var page = await repository.ListAsync(new CitizenIdeasByStatusSpec(_municipality, IdeaStatus.Implemented, take: 20));
        return page.Count;
    }
}
