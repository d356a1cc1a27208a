using Ardalis.Specification;
using NodaTime;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Meetings.Specifications;

/// <summary>A neighbourhood's meetings, latest first, optionally only those starting in a period or with a status, a page at a time.</summary>
public sealed class MeetingsOfNeighbourhoodSpec : Specification<NeighbourhoodMeeting>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="neighbourhoodId">The neighbourhood.</param>
    /// <param name="status">Only meetings with this status, when given.</param>
    /// <param name="from">Only meetings starting at or after this instant, when given.</param>
    /// <param name="to">Only meetings starting before this instant, when given.</param>
    /// <param name="skip">Meetings to skip, for paging; 0 or more.</param>
    /// <param name="take">Meetings to return at most, when given; 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A paging argument is out of range.</exception>
    public MeetingsOfNeighbourhoodSpec(NeighbourhoodId neighbourhoodId, MeetingStatus? status = null, Instant? from = null, Instant? to = null, int skip = 0, int? take = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        if (take is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(take), take, "Take at least one meeting, or leave take out.");
        }

        Query.Where(m => m.NeighbourhoodId == neighbourhoodId)
            .Where(m => m.Status == status, status is not null)
            .Where(m => m.StartsAt >= from, from is not null)
            .Where(m => m.StartsAt < to, to is not null)
            .OrderByDescending(m => m.StartsAt)
            .ThenBy(m => m.Id);
        if (skip > 0)
        {
            Query.Skip(skip);
        }

        if (take is not null)
        {
            Query.Take(take.Value);
        }
    }
}
