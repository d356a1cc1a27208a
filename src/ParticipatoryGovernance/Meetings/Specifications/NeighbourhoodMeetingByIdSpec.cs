using Ardalis.Specification;

namespace ParticipatoryGovernance.Meetings.Specifications;

/// <summary>The neighbourhood meeting with an identifier.</summary>
/// <remarks>No includes: the EF Core package loads every query of an aggregate whole, its agenda and attendees in order.</remarks>
public sealed class NeighbourhoodMeetingByIdSpec : SingleResultSpecification<NeighbourhoodMeeting>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public NeighbourhoodMeetingByIdSpec(MeetingId id) => Query.Where(m => m.Id == id);
}
