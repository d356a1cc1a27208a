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
    private readonly DbContext _context;

    private PendingSave(DbContext context) => _context = context;

    public static PendingSave Prepare(DbContext context, Instant now)
    {
        var pending = new PendingSave(context);
        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries().ToList();
        var byKey = entries.Where(e => e.Metadata.FindPrimaryKey() is not null)
            .GroupBy(e => (e.Metadata, KeyOf(e, e.Metadata.FindPrimaryKey()!.Properties)))
            .ToDictionary(g => g.Key, g => g.First());
        AssignPositions(entries, byKey);
        var touched = new HashSet<EntityEntry>();
        foreach (var entry in entries)
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && RootOf(entry, byKey) is { } root)
            {
                touched.Add(root);
            }

            if (!entry.Metadata.IsOwned() && AggregateVersions.AccessFor(entry.Metadata.ClrType) is { } access
                && access.Events(entry.Entity).Count > 0)
            {
                touched.Add(entry);
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

        return exception switch
        {
            DbUpdateConcurrencyException concurrency => ConcurrencyConflictException.From(concurrency, isDuplicateKey: false),
            DbUpdateException update => classify(update.InnerException ?? update) switch
            {
                StoreConflict.DuplicateKey => ConcurrencyConflictException.From(update, isDuplicateKey: true),
                StoreConflict.LostRace => ConcurrencyConflictException.From(update, isDuplicateKey: false),
                _ => null,
            },
            _ => null,
        };
    }

    private static EntityEntry? RootOf(EntityEntry entry, Dictionary<(IEntityType, string), EntityEntry> byKey)
    {
        var current = entry;
        while (AggregateParts.LinkToParent(current.Metadata) is { } link)
        {
            if (ParentOf(current, link, byKey) is not { } parent)
            {
                return null;
            }

            current = parent;
        }

        return AggregateVersions.AccessFor(current.Metadata.ClrType) is null || current.State == EntityState.Detached ? null : current;
    }

    private static EntityEntry? ParentOf(EntityEntry entry, IForeignKey link, Dictionary<(IEntityType, string), EntityEntry> byKey) =>
        byKey.TryGetValue((link.PrincipalEntityType, KeyOf(entry, link.Properties)), out var parent) ? parent : null;

    /// <summary>
    /// Replaces the placeholder positions of new parts by their places: after the highest position their siblings
    /// hold (deleted siblings included, whose rows still exist until this save), in the order of the parent's list.
    /// Done before the save, not when the part is tracked, because only now are all of a save's new parts known.
    /// </summary>
    private static void AssignPositions(List<EntityEntry> entries, Dictionary<(IEntityType, string), EntityEntry> byKey)
    {
        var withPlaceholders = entries
            .Where(e => e.State == EntityState.Added
                && e.Metadata.FindProperty(AggregateParts.PositionProperty) is not null
                && PlaceholderPositionGenerator.IsPlaceholder((int)e.Property(AggregateParts.PositionProperty).CurrentValue!))
            .ToList();
        if (withPlaceholders.Count == 0)
        {
            return;
        }

        var siblingsByParent = entries
            .Where(e => e.Metadata.FindProperty(AggregateParts.PositionProperty) is not null && AggregateParts.LinkToParent(e.Metadata) is not null)
            .GroupBy(e => (e.Metadata, Parent: KeyOf(e, AggregateParts.LinkToParent(e.Metadata)!.Properties)))
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var group in withPlaceholders.GroupBy(e => (e.Metadata, Parent: KeyOf(e, AggregateParts.LinkToParent(e.Metadata)!.Properties))))
        {
            var link = AggregateParts.LinkToParent(group.Key.Metadata)!;
            var next = siblingsByParent[group.Key]
                .Select(e => (int)(e.State == EntityState.Deleted
                    ? e.Property(AggregateParts.PositionProperty).OriginalValue
                    : e.Property(AggregateParts.PositionProperty).CurrentValue)!)
                .Where(p => !PlaceholderPositionGenerator.IsPlaceholder(p))
                .DefaultIfEmpty(0)
                .Max();
            var order = PlaceInParentList(group.First(), link, byKey);
            foreach (var part in group.OrderBy(e => order.TryGetValue(e.Entity, out var index) ? index : int.MaxValue))
            {
                part.Property(AggregateParts.PositionProperty).CurrentValue = ++next;
            }
        }
    }

    private static Dictionary<object, int> PlaceInParentList(EntityEntry part, IForeignKey link, Dictionary<(IEntityType, string), EntityEntry> byKey)
    {
        var places = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        if (ParentOf(part, link, byKey) is { } parent
            && link.PrincipalToDependent?.GetGetter().GetClrValueUsingContainingEntity(parent.Entity) is System.Collections.IEnumerable list)
        {
            var index = 0;
            foreach (var element in list)
            {
                places.TryAdd(element, index++);
            }
        }

        return places;
    }

    private static string KeyOf(EntityEntry entry, IReadOnlyList<IProperty> properties) =>
        string.Join('|', properties.Select(p => Convert.ToString(
            entry.State == EntityState.Deleted ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue,
            System.Globalization.CultureInfo.InvariantCulture)));
}
