using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.EntityFrameworkCore.Events;

namespace ParticipatoryGovernance.EntityFrameworkCore.Storage;

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
    public Exception? Undo(Exception exception, Func<Exception, bool> isUniqueViolation)
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
            DbUpdateException update when isUniqueViolation(update.InnerException ?? update) => ConcurrencyConflictException.From(update, isDuplicateKey: true),
            _ => null,
        };
    }

    private static EntityEntry? RootOf(EntityEntry entry, Dictionary<(IEntityType, string), EntityEntry> byKey)
    {
        var current = entry;
        while (current.Metadata.IsOwned())
        {
            var ownership = current.Metadata.FindOwnership()!;
            var key = KeyOf(current, ownership.Properties);
            if (!byKey.TryGetValue((ownership.PrincipalEntityType, key), out var owner))
            {
                return null;
            }

            current = owner;
        }

        return AggregateVersions.AccessFor(current.Metadata.ClrType) is null || current.State == EntityState.Detached ? null : current;
    }

    private static string KeyOf(EntityEntry entry, IReadOnlyList<IProperty> properties) =>
        string.Join('|', properties.Select(p => Convert.ToString(
            entry.State == EntityState.Deleted ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue,
            System.Globalization.CultureInfo.InvariantCulture)));
}
