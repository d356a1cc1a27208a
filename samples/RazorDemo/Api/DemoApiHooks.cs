using NodaTime;
using ParticipatoryGovernance.AspNetCore;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.OpenData;
using RazorDemo.Caching;
using RazorDemo.Dashboard;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.EntityFrameworkCore.OpenData;
using RazorDemo.Data;
using RazorDemo.Pages.OpenData;

namespace RazorDemo.Api;

/// <summary>
/// An act stored through the API evicts the cached pages its events reach, exactly as a page's act does through
/// <see cref="DemoCommands.RunAsync{T}"/> (ADR 0032).
/// </summary>
public sealed class EvictPagesOnApiAct(PageEviction eviction) : IApiActObserver
{
    public Task ActedAsync(ApiAct act, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(act);
        return eviction.ChangedAsync(act.Events);
    }
}

/// <summary>
/// The API's open data: the sets /OpenData publishes (<see cref="OpenDataFiles.All"/>), read by the storage package's
/// <see cref="OpenDataExporter"/> for the municipality of the address and kept with the other counts until a change.
/// </summary>
public sealed class DemoApiOpenData(
    ParticipatoryGovernance.EntityFrameworkCore.Replicas.GovernanceReplicaReads reads,
    RecordCounts counts,
    IClock clock) : IApiOpenData
{
    public IReadOnlyList<string> SetNames { get; } = [.. OpenDataFiles.All.Select(f => f.Name)];

    public async Task<OpenDataTable?> ReadAsync(MunicipalityId municipality, string name, CancellationToken cancellationToken)
    {
        if (OpenDataFiles.Find(name) is not { } file)
        {
            return null;
        }

        return await counts.GetOrCountAsync($"api-open-data:{municipality.Value:N}:{file.Name}", async token =>
            await new OpenDataExporter(await reads.ContextAsync(token)).ReadAsync(file.Set, municipality, PersianDates.TodayInCity(clock), token), cancellationToken);
    }
}
