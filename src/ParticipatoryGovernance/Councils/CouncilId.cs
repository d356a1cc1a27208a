namespace ParticipatoryGovernance.Councils;

/// <summary>Identifies a <see cref="Council"/>.</summary>
/// <param name="Value">The underlying GUID; never <see cref="Guid.Empty"/> for a stored council.</param>
public readonly record struct CouncilId(Guid Value)
{
    /// <summary>A new, time-ordered identifier.</summary>
    /// <returns>The identifier.</returns>
    public static CouncilId New() => new(Guid.CreateVersion7());

    /// <summary>The GUID in its standard form.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}
