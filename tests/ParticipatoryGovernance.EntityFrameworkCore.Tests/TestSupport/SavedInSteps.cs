using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;

/// <summary>
/// An aggregate saved the way an application saves it: added once, then changed and saved step by step in one context,
/// with every event it raised kept in order, so that a test can reload it elsewhere and compare.
/// </summary>
internal sealed class SavedInSteps<T> : IAsyncDisposable
    where T : class
{
    private readonly GovernanceDbContext _db;

    private SavedInSteps(GovernanceDbContext db, T aggregate)
    {
        _db = db;
        Aggregate = aggregate;
    }

    public T Aggregate { get; }

    /// <summary>Every event raised, in order, as the saves stored them.</summary>
    public List<IDomainEvent> Raised { get; } = [];

    /// <summary>The saves that changed the aggregate, its first included.</summary>
    public int Saves { get; private set; }

    public GovernanceDbContext Context => _db;

    public static async Task<SavedInSteps<T>> AddAsync(TestDatabase database, T aggregate)
    {
        var steps = new SavedInSteps<T>(database.CreateContext(), aggregate);
        steps._db.Add(aggregate);
        await steps.SaveAsync();
        return steps;
    }

    /// <summary>Applies a change and saves it.</summary>
    public async Task StepAsync(Action<T> change)
    {
        change(Aggregate);
        await SaveAsync();
    }

    /// <summary>The events stored for an aggregate, in the order written.</summary>
    public static async Task<List<IDomainEvent>> StoredEventsAsync(GovernanceDbContext db, Guid aggregateId) =>
        [.. (await db.DomainEvents.Where(e => e.AggregateId == aggregateId).OrderBy(e => e.Sequence).ToListAsync()).Select(e => e.ToDomainEvent())];

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private async Task SaveAsync()
    {
        var events = (IReadOnlyList<IDomainEvent>)Aggregate.GetType().GetProperty("DomainEvents")!.GetValue(Aggregate)!;
        Raised.AddRange(events);
        var written = await _db.SaveChangesAsync();
        if (written > 0)
        {
            Saves++;
        }
    }
}
