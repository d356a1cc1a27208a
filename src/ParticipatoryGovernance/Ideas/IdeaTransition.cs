using NodaTime;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Ideas;

/// <summary>A change of an idea's status: from what, to what, who made it, when, and why.</summary>
/// <param name="From">The status before.</param>
/// <param name="To">The status after.</param>
/// <param name="By">Who made the change: the proposer, an official, or the charter's support rule.</param>
/// <param name="At">When.</param>
/// <param name="Reason">
/// Why, in the words of whoever acted; for an acceptance or rejection this is the official answer the proposer sees.
/// Changes the charter makes carry a reason in Persian and English, separated by " / ".
/// </param>
public sealed record IdeaTransition(IdeaStatus From, IdeaStatus To, Actor By, Instant At, string Reason)
{
    // For EF Core, which cannot pass the actor (a value object in columns) to a constructor: it sets the properties
    // from their columns right after this runs. See docs/decisions/0011.
    private IdeaTransition()
        : this(default, default, null!, default, null!)
    {
    }
}
