namespace ParticipatoryGovernance.YouthMayors;

/// <summary>Identifies a <see cref="YouthMayorCampaign"/>.</summary>
/// <param name="Value">The underlying GUID; never <see cref="Guid.Empty"/> for a stored one.</param>
public readonly record struct YouthMayorCampaignId(Guid Value)
{
    /// <summary>A new, time-ordered identifier.</summary>
    /// <returns>The identifier.</returns>
    public static YouthMayorCampaignId New() => new(Guid.CreateVersion7());

    /// <summary>The GUID in its standard form.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}
