namespace ParticipatoryGovernance.Ideas;

/// <summary>Identifies a <see cref="CitizenIdea"/> (one version of an idea).</summary>
/// <param name="Value">The underlying GUID; never <see cref="Guid.Empty"/> for a stored idea.</param>
/// <remarks>
/// Comparable, also through the non-generic <see cref="IComparable"/> that in-memory specification evaluation uses
/// (Ardalis.Specification keeps order keys as <see cref="object"/>), so that lists of ideas can break ties by identifier.
/// </remarks>
public readonly record struct CitizenIdeaId(Guid Value) : IComparable<CitizenIdeaId>, IComparable
{
    /// <summary>Whether one identifier sorts before another.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CitizenIdeaId left, CitizenIdeaId right) => left.CompareTo(right) < 0;

    /// <summary>Whether one identifier sorts after another.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CitizenIdeaId left, CitizenIdeaId right) => left.CompareTo(right) > 0;

    /// <summary>Whether one identifier sorts before or equal to another.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(CitizenIdeaId left, CitizenIdeaId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether one identifier sorts after or equal to another.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(CitizenIdeaId left, CitizenIdeaId right) => left.CompareTo(right) >= 0;

    /// <summary>A new, time-ordered identifier.</summary>
    /// <returns>The identifier.</returns>
    public static CitizenIdeaId New() => new(Guid.CreateVersion7());

    /// <summary>Compares the underlying GUIDs.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>The GUID comparison.</returns>
    public int CompareTo(CitizenIdeaId other) => Value.CompareTo(other.Value);

    /// <summary>Compares with another boxed identifier; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">The other identifier, or <see langword="null"/>.</param>
    /// <returns>The GUID comparison.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="CitizenIdeaId"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CitizenIdeaId other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a citizen idea identifier.", nameof(obj)),
    };

    /// <summary>The GUID in its standard form.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}
