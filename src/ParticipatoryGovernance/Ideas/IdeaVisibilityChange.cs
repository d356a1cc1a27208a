using NodaTime;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Ideas;

/// <summary>A moderation step: an idea hidden after reports, restored or removed by a moderator.</summary>
/// <param name="From">The visibility before.</param>
/// <param name="To">The visibility after.</param>
/// <param name="By">The charter (hiding after reports) or the moderator.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why; the moderator's words, or the charter's rule in Persian and English separated by " / ".</param>
public sealed record IdeaVisibilityChange(IdeaVisibility From, IdeaVisibility To, Actor By, Instant At, string Reason)
{
    // For EF Core, which cannot pass the actor (a value object in columns) to a constructor: it sets the properties
    // from their columns right after this runs. See docs/decisions/0011.
    private IdeaVisibilityChange()
        : this(default, default, null!, default, null!)
    {
    }
}
