using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.EntityFrameworkCore.Storage;

/// <summary>
/// The optimistic concurrency version every aggregate root carries as a shadow column: the domain types stay free of
/// storage concerns, and an aggregate added to the model gets it without a line of mapping.
/// </summary>
internal static class AggregateVersions
{
    /// <summary>
    /// The shadow property's name; not <c>Version</c>, which an aggregate may use for a number of its own (an idea's
    /// version after resubmissions). The column is <c>version</c> on every aggregate's table.
    /// </summary>
    public const string PropertyName = "StoredVersion";

    private static readonly ConcurrentDictionary<Type, AggregateAccess?> Accessors = new();

    /// <summary>Adds the version to every aggregate root in the model.</summary>
    public static void AddTo(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() && AccessFor(e.ClrType) is not null).ToList())
        {
            modelBuilder.Entity(entityType.ClrType)
                .Property<long>(PropertyName)
                .HasColumnName("version")
                .IsConcurrencyToken()
                .ValueGeneratedNever();
        }
    }

    public static bool IsVersioned(IReadOnlyEntityType entityType) => entityType.FindProperty(PropertyName)?.IsShadowProperty() == true;

    /// <summary>How to read and clear an aggregate root's events, or <see langword="null"/> for a type that is none.</summary>
    public static AggregateAccess? AccessFor(Type type) => Accessors.GetOrAdd(type, Create);

    private static AggregateAccess? Create(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(AggregateRoot<>))
            {
                var events = current.GetProperty(nameof(AggregateRoot<Guid>.DomainEvents), BindingFlags.Public | BindingFlags.Instance)!;
                var clear = current.GetMethod(nameof(AggregateRoot<Guid>.ClearDomainEvents), BindingFlags.Public | BindingFlags.Instance)!;
                return new AggregateAccess(
                    aggregate => (IReadOnlyList<IDomainEvent>)events.GetValue(aggregate)!,
                    aggregate => clear.Invoke(aggregate, null));
            }
        }

        return null;
    }
}

/// <summary>Reads and clears the events of an aggregate root whose id type is only known at run time.</summary>
internal sealed record AggregateAccess(Func<object, IReadOnlyList<IDomainEvent>> Events, Action<object> ClearEvents);
