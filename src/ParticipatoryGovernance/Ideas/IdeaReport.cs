using NodaTime;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Ideas;

/// <summary>A resident's report that an idea is abusive.</summary>
/// <param name="ReporterId">Who reported it.</param>
/// <param name="At">When.</param>
/// <param name="Reason">What the resident says is wrong.</param>
/// <param name="Round">
/// The moderation round it belongs to: 0 until a moderator first restores the idea, then one more after each
/// restoration. Only the reports of the current round count toward hiding the idea again.
/// </param>
public sealed record IdeaReport(ResidentId ReporterId, Instant At, string Reason, int Round);
