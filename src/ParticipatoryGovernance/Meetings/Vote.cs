using NodaTime;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Meetings;

/// <summary>One resident's vote on an agenda item.</summary>
/// <param name="ResidentId">The voter, who attended the meeting.</param>
/// <param name="Choice">For, against or abstain.</param>
/// <param name="CastAt">When the vote was cast.</param>
public sealed record Vote(ResidentId ResidentId, VoteChoice Choice, Instant CastAt);

/// <summary>A resident recorded as present at a meeting.</summary>
/// <param name="ResidentId">The resident.</param>
/// <param name="RecordedAt">When the attendance was recorded.</param>
public sealed record MeetingAttendee(ResidentId ResidentId, Instant RecordedAt);
