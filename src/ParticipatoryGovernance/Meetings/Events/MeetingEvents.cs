using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Meetings.Events;

/// <summary>A neighbourhood meeting was scheduled.</summary>
/// <param name="MeetingId">The meeting.</param>
/// <param name="NeighbourhoodId">The neighbourhood.</param>
/// <param name="StartsAt">When it starts.</param>
public sealed record MeetingScheduled(MeetingId MeetingId, NeighbourhoodId NeighbourhoodId, Instant StartsAt) : IDomainEvent;

/// <summary>A neighbourhood meeting opened.</summary>
/// <param name="MeetingId">The meeting.</param>
/// <param name="At">When.</param>
public sealed record MeetingOpened(MeetingId MeetingId, Instant At) : IDomainEvent;

/// <summary>The residents present decided an agenda item.</summary>
/// <param name="MeetingId">The meeting.</param>
/// <param name="NeighbourhoodId">The neighbourhood.</param>
/// <param name="Decision">The decision and its tally.</param>
public sealed record NeighbourhoodDecisionTaken(MeetingId MeetingId, NeighbourhoodId NeighbourhoodId, NeighbourhoodDecision Decision) : IDomainEvent;

/// <summary>A neighbourhood meeting closed with its minutes.</summary>
/// <param name="MeetingId">The meeting.</param>
/// <param name="NeighbourhoodId">The neighbourhood.</param>
/// <param name="At">When.</param>
/// <param name="Attendees">How many residents were present.</param>
public sealed record MeetingClosed(MeetingId MeetingId, NeighbourhoodId NeighbourhoodId, Instant At, int Attendees) : IDomainEvent;

/// <summary>A neighbourhood meeting was called off.</summary>
/// <param name="MeetingId">The meeting.</param>
/// <param name="At">When.</param>
public sealed record MeetingCancelled(MeetingId MeetingId, Instant At) : IDomainEvent;
