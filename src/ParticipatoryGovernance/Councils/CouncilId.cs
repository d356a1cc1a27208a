namespace ParticipatoryGovernance.Councils;

/// <summary>Identifies a <see cref="Council"/>.</summary>
/// <param name="Value">The underlying GUID; never <see cref="Guid.Empty"/> for a stored council.</param>
/// <remarks>
/// Ordered by the GUID, also through the non-generic <see cref="IComparable"/> that in-memory specification evaluation
/// uses, so that ordered lists can break ties by identifier. The comparison members, <c>New()</c> and <c>ToString()</c>
/// are generated (ADR 0028).
/// </remarks>
[StronglyTypedId]
public readonly partial record struct CouncilId(Guid Value);
