using NodaTime;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Ideas;

/// <summary>A dated step in carrying out an idea, with the progress it brings, shown to residents (as in Decidim's accountability).</summary>
/// <param name="ReachedOn">The ISO-calendar date the step was reached.</param>
/// <param name="ProgressPercent">The idea's progress after the step, 0–100.</param>
/// <param name="Description">What was done.</param>
/// <param name="RecordedBy">The official who recorded it.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record IdeaMilestone(LocalDate ReachedOn, int ProgressPercent, string Description, Actor RecordedBy, Instant RecordedAt)
{
    // For EF Core, which cannot pass the actor (a value object in columns) to a constructor: it sets the properties
    // from their columns right after this runs. See docs/decisions/0011.
    private IdeaMilestone()
        : this(default, default, null!, null!, default)
    {
    }
}
