namespace ParticipatoryGovernance.Neighbourhoods;

/// <summary>Identifies a <see cref="Neighbourhood"/>.</summary>
/// <param name="Value">The underlying GUID; never <see cref="Guid.Empty"/> for a stored neighbourhood.</param>
public readonly record struct NeighbourhoodId(Guid Value)
{
    /// <summary>A new, time-ordered identifier.</summary>
    /// <returns>The identifier.</returns>
    public static NeighbourhoodId New() => new(Guid.CreateVersion7());

    /// <summary>The GUID in its standard form.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}
