namespace ParticipatoryGovernance.AspNetCore.Contracts;

/// <summary>A new idea.</summary>
/// <param name="Title">Its title.</param>
/// <param name="Description">What it proposes.</param>
/// <param name="Field">The key of one of the charter's urban fields (see the municipality).</param>
/// <param name="Neighbourhood">The neighbourhood's number, or null for the whole city.</param>
/// <param name="EstimatedCost">An estimate in rials, or null.</param>
public sealed record SubmitIdeaRequest(string? Title, string? Description, string? Field, int? Neighbourhood, long? EstimatedCost);

/// <summary>A comment, or a reply to one.</summary>
/// <param name="Body">Its text.</param>
/// <param name="Stance"><c>for</c>, <c>against</c> or null (neutral).</param>
public sealed record CommentRequest(string? Body, string? Stance);

/// <summary>A budget ballot: the approved projects for an approval round, or points per project for a cumulative one.</summary>
/// <param name="Approved">The ideas approved (their ids), for an approval round.</param>
/// <param name="Points">Points per project, for a cumulative round.</param>
public sealed record BallotRequest(IReadOnlyList<Guid>? Approved, IReadOnlyList<BallotPointsRequest>? Points);

/// <summary>Points given to one project of a cumulative round.</summary>
/// <param name="Project">The idea's id.</param>
/// <param name="Points">The points.</param>
public sealed record BallotPointsRequest(Guid Project, int Points);
