using NodaTime;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Ideas;

/// <summary>A resident's endorsement (حمایت) of an idea; one per resident per idea.</summary>
/// <param name="ResidentId">Who endorsed it.</param>
/// <param name="At">When.</param>
public sealed record IdeaEndorsement(ResidentId ResidentId, Instant At);
