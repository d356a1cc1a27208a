namespace ParticipatoryGovernance.Comments;

/// <summary>Identifies a <see cref="Comment"/>.</summary>
/// <param name="Value">The underlying GUID; never <see cref="Guid.Empty"/> for a stored comment.</param>
/// <remarks>The comparison members, <c>New()</c> and <c>ToString()</c> are generated (ADR 0028).</remarks>
[StronglyTypedId]
public readonly partial record struct CommentId(Guid Value);
