using Ardalis.Specification;

namespace ParticipatoryGovernance.Meetings.Specifications;

/// <summary>The neighbourhood meeting with an identifier, whatever its status.</summary>
public sealed class NeighbourhoodMeetingByIdSpec : SingleResultSpecification<NeighbourhoodMeeting>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public NeighbourhoodMeetingByIdSpec(MeetingId id) => Query.Where(m => m.Id == id);
}
