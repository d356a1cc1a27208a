using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Workload;

/// <summary>
/// Saves a generated city through the EF Core package (SQLite or PostgreSQL, whichever the service provider
/// registers): each batch in its own scope and context and one <c>SaveChanges</c>, so it is stored whole or not at
/// all and memory does not grow with the city.
/// </summary>
public sealed class EntityFrameworkCityWriter(IServiceProvider services) : ICityWriter
{
    /// <inheritdoc />
    public Task WriteMunicipalityAsync(Municipality municipality, CancellationToken cancellationToken) => SaveAsync([municipality], cancellationToken);

    /// <inheritdoc />
    public Task WriteNeighbourhoodsAsync(IReadOnlyList<Neighbourhood> neighbourhoods, CancellationToken cancellationToken) => SaveAsync(neighbourhoods, cancellationToken);

    /// <inheritdoc />
    public Task WriteResidentsAsync(IReadOnlyList<Resident> residents, CancellationToken cancellationToken) => SaveAsync(residents, cancellationToken);

    /// <inheritdoc />
    public Task WriteMeetingsAsync(IReadOnlyList<NeighbourhoodMeeting> meetings, CancellationToken cancellationToken) => SaveAsync(meetings, cancellationToken);

    /// <inheritdoc />
    public Task WriteCouncilsAsync(IReadOnlyList<Council> councils, CancellationToken cancellationToken) => SaveAsync(councils, cancellationToken);

    /// <inheritdoc />
    public Task WriteCampaignAsync(YouthMayorCampaign campaign, CancellationToken cancellationToken) => SaveAsync([campaign], cancellationToken);

    /// <inheritdoc />
    public Task WriteIdeasAsync(IReadOnlyList<CitizenIdea> ideas, CancellationToken cancellationToken) => SaveAsync(ideas, cancellationToken);

    /// <inheritdoc />
    public Task CompleteAsync(CityCounts counts, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SaveAsync<T>(IReadOnlyList<T> batch, CancellationToken cancellationToken)
        where T : class
    {
        if (batch.Count == 0)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        context.Set<T>().AddRange(batch);
        await context.SaveChangesAsync(cancellationToken);
    }
}
