using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.EntityFrameworkCore.Events;

namespace ParticipatoryGovernance.EntityFrameworkCore.Storage;

/// <summary>How the database refused a save that raced another writer.</summary>
internal enum StoreConflict
{
    /// <summary>Not a race: let the exception through.</summary>
    None = 0,

    /// <summary>A unique or primary key was taken by another writer.</summary>
    DuplicateKey = 1,

    /// <summary>The database chose this transaction to give way (a deadlock or a serialization failure).</summary>
    LostRace = 2,
}

/// <summary>
/// What a save adds to EF Core's own: raised versions and event rows, prepared before the save, kept when it commits
/// and undone when it fails, so that the context can be saved again (or thrown away) without duplicate events.
/// </summary>
internal sealed class PendingSave
{
    private readonly List<(EntityEntry Root, AggregateAccess Access)> _withEvents = [];
    private readonly List<(PropertyEntry Version, long Original)> _raised = [];
    private readonly List<EntityEntry> _eventRows = [];
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<IEntityType, bool> Parents = new();
    private readonly DbContext _context;

    private PendingSave(DbContext context) => _context = context;

    /// <summary>The stored aggregates this save changes, with the versions they were loaded at.</summary>
    public IReadOnlyList<(EntityEntry Root, long Version)> ExistingRoots => [.. _raised.Select(r => (r.Version.EntityEntry, r.Original))];

    public static PendingSave Prepare(DbContext context, Instant now)
    {
        var pending = new PendingSave(context);

        // Entries() would detect changes again; the save that follows is told not to either (see GovernanceDbContext).
        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries().ToList();
        var changed = entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var withEvents = entries.Where(e => IsRoot(e.Metadata) && AggregateVersions.AccessFor(e.Metadata.ClrType)!.Events(e.Entity).Count > 0).ToList();
        if (changed.Count == 0 && withEvents.Count == 0)
        {
            return pending;
        }

        // Only rows that parts hang from can be a part's parent: an idea, an agenda item, a youth mayor; not its
        // thousand endorsements.
        var parents = entries.Where(e => IsParent(e.Metadata))
            .GroupBy(e => (e.Metadata, KeyOf(e, e.Metadata.FindPrimaryKey()!.Properties)))
            .ToDictionary(g => g.Key, g => g.First());
        AssignPositions(changed, parents);
        var touched = new HashSet<EntityEntry>(withEvents);
        foreach (var entry in changed)
        {
            if (RootOf(entry, parents) is { } root)
            {
                touched.Add(root);
            }
        }

        foreach (var root in touched)
        {
            var access = AggregateVersions.AccessFor(root.Metadata.ClrType)!;
            var version = root.Property(AggregateVersions.PropertyName);
            long newVersion;
            if (root.State == EntityState.Added)
            {
                newVersion = 1;
                version.CurrentValue = newVersion;
            }
            else
            {
                var original = (long)version.OriginalValue!;
                newVersion = original + 1;
                pending._raised.Add((version, original));
                if (root.State != EntityState.Deleted)
                {
                    version.CurrentValue = newVersion;
                    version.IsModified = true;
                }
            }

            var events = access.Events(root.Entity);
            if (events.Count == 0)
            {
                continue;
            }

            pending._withEvents.Add((root, access));
            var idProperty = root.Metadata.FindPrimaryKey()!.Properties[0];
            var aggregateId = StronglyTypedIds.ToGuid(root.Property(idProperty.Name).CurrentValue!);
            foreach (var domainEvent in events)
            {
                var row = StoredDomainEvent.From(domainEvent, root.Metadata.ClrType.Name, aggregateId, newVersion, now);
                pending._eventRows.Add(context.Add(row));
            }
        }

        return pending;
    }

    /// <summary>The save committed: the aggregates' events are stored, so they are cleared.</summary>
    public void Complete()
    {
        foreach (var (root, access) in _withEvents)
        {
            access.ClearEvents(root.Entity);
        }
    }

    /// <summary>
    /// The save failed: removes the event rows and restores the versions, then says what to throw instead of the
    /// provider's exception (a <see cref="ConcurrencyConflictException"/>), or <see langword="null"/> to let it through.
    /// </summary>
    public Exception? Undo(Exception exception, Func<Exception, StoreConflict> classify)
    {
        foreach (var row in _eventRows)
        {
            row.State = EntityState.Detached;
        }

        foreach (var (version, original) in _raised)
        {
            version.CurrentValue = original;
            version.IsModified = false;
        }

        // Npgsql's execution strategy wraps a failure it deems transient (a deadlock) in an InvalidOperationException.
        var update = exception is ConcurrencyConflictException ? null : exception as DbUpdateException ?? exception.InnerException as DbUpdateException;
        return update switch
        {
            DbUpdateConcurrencyException concurrency => ConcurrencyConflictException.From(concurrency, isDuplicateKey: false),
            not null => classify(update.InnerException ?? update) switch
            {
                StoreConflict.DuplicateKey => ConcurrencyConflictException.From(update, isDuplicateKey: true),
                StoreConflict.LostRace => ConcurrencyConflictException.From(update, isDuplicateKey: false),
                _ => null,
            },
            _ => null,
        };
    }

    private static EntityEntry? RootOf(EntityEntry entry, Dictionary<(IEntityType, string), EntityEntry> parents)
    {
        var current = entry;
        while (AggregateParts.LinkToParent(current.Metadata) is { } link)
        {
            if (ParentOf(current, link, parents) is not { } parent)
            {
                return null;
            }

            current = parent;
        }

        return IsRoot(current.Metadata) && current.State != EntityState.Detached ? current : null;
    }

    private static bool IsRoot(IEntityType entityType) => !entityType.IsOwned() && AggregateVersions.AccessFor(entityType.ClrType) is not null;

    private static bool IsParent(IEntityType entityType) => Parents.GetOrAdd(entityType, type => IsRoot(type) || AggregateParts.PartNavigations(type).Any());

    private static EntityEntry? ParentOf(EntityEntry entry, IForeignKey link, Dictionary<(IEntityType, string), EntityEntry> parents) =>
        parents.TryGetValue((link.PrincipalEntityType, KeyOf(entry, link.Properties)), out var parent) ? parent : null;

    /// <summary>
    /// Replaces the placeholder positions of new parts by their places: after the highest position their siblings
    /// hold, in the order of the parent's list. Done before the save, not when the part is tracked, because only now
    /// are all of a save's new parts known. Lists only grow at the end, lose items, or replace an item by one with the same
    /// key, which keeps its place; they are loaded in position order, so the highest stored position is the last stored
    /// item's, or a sibling's deleted in this save.
    /// </summary>
    private static void AssignPositions(List<EntityEntry> changed, Dictionary<(IEntityType, string), EntityEntry> parents)
    {
        var placeholders = changed
            .Where(e => e.State == EntityState.Added
                && e.Metadata.FindProperty(AggregateParts.PositionProperty) is not null
                && PlaceholderPositionGenerator.IsPlaceholder(PositionOf(e)))
            .ToList();
        if (placeholders.Count == 0)
        {
            return;
        }

        var context = placeholders[0].Context;
        // Looked up once, not per group: a save of thousands of new aggregates (a city being loaded) has thousands of
        // groups and usually no deletions, and scanning every change per group made such a save quadratic.
        var deletedByParent = changed
            .Where(e => e.State == EntityState.Deleted && e.Metadata.FindProperty(AggregateParts.PositionProperty) is not null)
            .ToLookup(e => (e.Metadata, Parent: KeyOf(e, AggregateParts.LinkToParent(e.Metadata)!.Properties)));
        foreach (var group in placeholders.GroupBy(e => (e.Metadata, Parent: KeyOf(e, AggregateParts.LinkToParent(e.Metadata)!.Properties))))
        {
            var link = AggregateParts.LinkToParent(group.Key.Metadata)!;
            var deletedParts = deletedByParent[group.Key].ToList();
            var deleted = deletedParts.Select(PositionOf);

            // A part that replaces a deleted one with the same key (a resident's new ballot) takes its place in the list.
            var key = group.Key.Metadata.FindPrimaryKey()!.Properties;
            var replaced = deletedParts.Count == 0 || key.Any(p => p.Name == AggregateParts.PositionProperty)
                ? new Dictionary<string, int>()
                : deletedParts.ToDictionary(e => KeyOf(e, key), PositionOf);
            var list = ParentOf(group.First(), link, parents) is { } parent
                && link.PrincipalToDependent?.GetGetter().GetClrValueUsingContainingEntity(parent.Entity) is System.Collections.IEnumerable items
                ? items.Cast<object>().ToList()
                : [];
            var lastStored = Enumerable.Reverse(list).Select(item => PositionOf(context.Entry(item))).FirstOrDefault(p => !PlaceholderPositionGenerator.IsPlaceholder(p));
            var next = deleted.Append(lastStored).Max();
            var places = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < list.Count; i++)
            {
                places.TryAdd(list[i], i);
            }

            foreach (var part in group.OrderBy(e => places.TryGetValue(e.Entity, out var index) ? index : int.MaxValue))
            {
                part.Property(AggregateParts.PositionProperty).CurrentValue = replaced.TryGetValue(KeyOf(part, key), out var place) ? place : ++next;
            }
        }
    }

    private static int PositionOf(EntityEntry entry) => (int)(entry.State == EntityState.Deleted
        ? entry.Property(AggregateParts.PositionProperty).OriginalValue
        : entry.Property(AggregateParts.PositionProperty).CurrentValue)!;

    private static string KeyOf(EntityEntry entry, IReadOnlyList<IProperty> properties) =>
        string.Join('|', properties.Select(p => Convert.ToString(
            entry.State == EntityState.Deleted ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue,
            System.Globalization.CultureInfo.InvariantCulture)));
}
