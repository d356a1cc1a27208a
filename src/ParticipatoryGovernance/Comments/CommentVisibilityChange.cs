using NodaTime;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Comments;

/// <summary>A comment hidden after reports or by a moderator, or restored.</summary>
/// <param name="From">The visibility before.</param>
/// <param name="To">The visibility after.</param>
/// <param name="By">The moderator, or the charter when reports hid it.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why.</param>
public sealed record CommentVisibilityChange(CommentVisibility From, CommentVisibility To, Actor By, Instant At, string Reason)
{
    // For EF Core, which cannot pass the actor (a value object in columns) to a constructor: it sets the properties
    // from their columns right after this runs. See docs/decisions/0011.
    private CommentVisibilityChange()
        : this(default, default, null!, default, null!)
    {
    }
}
