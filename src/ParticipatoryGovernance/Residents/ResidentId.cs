namespace ParticipatoryGovernance.Residents;

/// <summary>Identifies a <see cref="Resident"/>.</summary>
/// <param name="Value">The underlying GUID; never <see cref="Guid.Empty"/> for a stored resident.</param>
public readonly record struct ResidentId(Guid Value)
{
    /// <summary>A new, time-ordered identifier.</summary>
    /// <returns>The identifier.</returns>
    public static ResidentId New() => new(Guid.CreateVersion7());

    /// <summary>The GUID in its standard form.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}
