using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.ValueGeneration;

namespace ParticipatoryGovernance.EntityFrameworkCore.Storage;

/// <summary>
/// The rows an aggregate root owns beyond its own: owned types (a municipality's phase launches) and "parts", entity
/// types in child tables linked to their parent by a foreign key marked with <see cref="Annotation"/> (an idea's
/// transitions, a meeting's agenda items and their votes). A part is saved, versioned, loaded and ordered with its
/// root, never on its own.
/// </summary>
/// <remarks>
/// Parts are entity types rather than owned types because owned types cannot hold complex properties: a transition's
/// actor or a consent's guardian name are columns only in a part. Thread-safe; the caches are keyed by model metadata.
/// </remarks>
internal static class AggregateParts
{
    /// <summary>The annotation on a foreign key that links a part to the row it belongs to.</summary>
    public const string Annotation = "ParticipatoryGovernance:AggregatePart";

    /// <summary>
    /// The shadow property that keeps a part's place in its list, for collections whose elements have no order of their
    /// own (endorsements, votes): 1, 2, 3… in the order added, assigned when the aggregate is saved.
    /// </summary>
    public const string PositionProperty = "Position";

    private static readonly ConcurrentDictionary<IReadOnlyEntityType, IReadOnlyList<string>> Orders = new();

    /// <summary>Whether a foreign key ties a row to the aggregate it is part of.</summary>
    public static bool IsPartLink(IReadOnlyForeignKey foreignKey) =>
        foreignKey.IsOwnership || foreignKey.FindAnnotation(Annotation)?.Value is true;

    /// <summary>The link from a part (or owned type) to the row it belongs to, or <see langword="null"/> for a root.</summary>
    public static IReadOnlyForeignKey? LinkToParent(IReadOnlyEntityType entityType) =>
        entityType.FindOwnership() ?? entityType.GetForeignKeys().FirstOrDefault(fk => fk.FindAnnotation(Annotation)?.Value is true);

    /// <summary>The link from a part (or owned type) to the row it belongs to, or <see langword="null"/> for a root.</summary>
    public static IForeignKey? LinkToParent(IEntityType entityType) => (IForeignKey?)LinkToParent((IReadOnlyEntityType)entityType);

    /// <summary>The aggregate root type a part (or owned type) belongs to; the type itself when it is a root.</summary>
    public static IReadOnlyEntityType RootTypeOf(IReadOnlyEntityType entityType)
    {
        var current = entityType;
        while (LinkToParent(current) is { } link)
        {
            current = link.PrincipalEntityType;
        }

        return current;
    }

    /// <summary>The navigations from a row to its parts and owned types.</summary>
    public static IEnumerable<IReadOnlyNavigation> PartNavigations(IReadOnlyEntityType entityType) =>
        entityType.GetNavigations().Where(n => !n.IsOnDependent && IsPartLink(n.ForeignKey));

    /// <summary>
    /// The properties a collection of parts is kept in order by: <see cref="PositionProperty"/> when the part has it,
    /// otherwise its key without the parent's columns (an agenda item's number, a term's number, a phase).
    /// </summary>
    public static IReadOnlyList<string> OrderOf(IReadOnlyEntityType partType) => Orders.GetOrAdd(partType, type =>
    {
        if (type.FindProperty(PositionProperty) is not null)
        {
            return [PositionProperty];
        }

        var parentColumns = LinkToParent(type)?.Properties ?? [];
        return [.. type.FindPrimaryKey()!.Properties.Where(p => !parentColumns.Contains(p)).Select(p => p.Name)];
    });
}

/// <summary>
/// Gives a new part a placeholder position, unique and negative, so that several new parts can be tracked at once even
/// when the position is part of their key; the save replaces it with the real position (see <c>PendingSave</c>).
/// </summary>
internal sealed class PlaceholderPositionGenerator : ValueGenerator<int>
{
    private static long _issued;

    public override bool GeneratesTemporaryValues => false;

    /// <summary>Whether a position is still a placeholder.</summary>
    public static bool IsPlaceholder(int position) => position < 0;

    // -1, -2, … and round again after two billion: a placeholder lives only until the next save of its aggregate.
    public override int Next(EntityEntry entry) => -(int)(Interlocked.Increment(ref _issued) % int.MaxValue) - 1;
}
