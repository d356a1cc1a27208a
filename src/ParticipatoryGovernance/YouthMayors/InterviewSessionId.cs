namespace ParticipatoryGovernance.YouthMayors;

/// <summary>Identifies an <see cref="InterviewSession"/> within its campaign.</summary>
/// <param name="Value">The underlying GUID; never <see cref="Guid.Empty"/> for a stored one.</param>
/// <remarks>Comparable (also through the non-generic <see cref="IComparable"/>, which in-memory specification evaluation uses) so that ordered lists can break ties by identifier.</remarks>
public readonly record struct InterviewSessionId(Guid Value) : IComparable<InterviewSessionId>, IComparable
{
    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(InterviewSessionId left, InterviewSessionId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(InterviewSessionId left, InterviewSessionId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> does not sort after <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(InterviewSessionId left, InterviewSessionId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> does not sort before <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(InterviewSessionId left, InterviewSessionId right) => left.CompareTo(right) >= 0;

    /// <summary>A new, time-ordered identifier.</summary>
    /// <returns>The identifier.</returns>
    public static InterviewSessionId New() => new(Guid.CreateVersion7());

    /// <summary>Compares the underlying GUIDs.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>Less than zero, zero or more than zero as this sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(InterviewSessionId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        InterviewSessionId other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a InterviewSessionId with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>The GUID in its standard form.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}
