namespace ParticipatoryGovernance.Meetings;

/// <summary>Identifies a <see cref="NeighbourhoodMeeting"/>.</summary>
/// <param name="Value">The underlying GUID; never <see cref="Guid.Empty"/> for a stored meeting.</param>
public readonly record struct MeetingId(Guid Value)
{
    /// <summary>A new, time-ordered identifier.</summary>
    /// <returns>The identifier.</returns>
    public static MeetingId New() => new(Guid.CreateVersion7());

    /// <summary>The GUID in its standard form.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}
