using NodaTime;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Comments;

/// <summary>A resident's report that a comment is abusive.</summary>
/// <param name="ReporterId">Who reported it.</param>
/// <param name="At">When.</param>
/// <param name="Reason">What the resident says is wrong.</param>
/// <param name="Round">The moderation round it belongs to, counted as an idea counts its own (<see cref="Ideas.CitizenIdea.ModerationRound"/>).</param>
public sealed record CommentReport(ResidentId ReporterId, Instant At, string Reason, int Round);
