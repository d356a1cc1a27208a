namespace ParticipatoryGovernance.YouthMayors;

/// <summary>Identifies a <see cref="YouthMayorCampaign"/>.</summary>
/// <param name="Value">The underlying GUID; never <see cref="Guid.Empty"/> for a stored one.</param>
/// <remarks>
/// Ordered by the GUID, also through the non-generic <see cref="IComparable"/> that in-memory specification evaluation
/// uses, so that ordered lists can break ties by identifier. The comparison members, <c>New()</c> and <c>ToString()</c>
/// are generated (ADR 0028).
/// </remarks>
[StronglyTypedId]
public readonly partial record struct YouthMayorCampaignId(Guid Value);
