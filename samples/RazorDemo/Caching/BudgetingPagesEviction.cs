using Microsoft.AspNetCore.OutputCaching;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using RazorDemo.Dashboard;

namespace RazorDemo.Caching;

/// <summary>
/// Evicts the budgeting pages from the shared output cache when this node's worker stores a round's new results
/// (issue #18). With one node the pages vary by the worker's computations (<see cref="PublicPages"/>); with several, the
/// worker on one node computes a round for all (single-flight), so the node that computed it evicts the pages for every
/// node, and tells the others, whose pages being rendered from the old results are then not stored.
/// </summary>
internal sealed class BudgetingPagesEviction(BudgetingOutcomeWorker worker, IOutputCacheStore outputCache, RecordCounts counts, RecordsChangedChannel channel) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        worker.Computed += OnComputed;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        worker.Computed -= OnComputed;
        return Task.CompletedTask;
    }

    private void OnComputed(object? sender, BudgetingRoundId round) => _ = EvictAsync();

    private async Task EvictAsync()
    {
        counts.DropKept();
        channel.Publish();

        // The store never throws (ResilientOutputCacheStore): an eviction Redis misses is sent when it returns.
        await outputCache.EvictByTagAsync(PublicPages.Budgeting, CancellationToken.None);
    }
}
