using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Ideas;

/// <summary>A resident who carries out an idea in the city, as the model lets citizens do with their own ideas and others'.</summary>
/// <param name="ResidentId">The resident.</param>
/// <param name="RecordedBy">The official who recorded it.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record IdeaImplementer(ResidentId ResidentId, Actor RecordedBy, Instant RecordedAt)
{
    // For EF Core, which cannot pass the actor (a value object in columns) to a constructor: it sets the properties
    // from their columns right after this runs. See docs/decisions/0011.
    private IdeaImplementer()
        : this(default, null!, default)
    {
    }
}
