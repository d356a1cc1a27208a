namespace ParticipatoryGovernance.Meetings;

/// <summary>
/// The identifiers of the rules a neighbourhood meeting refuses with (<see cref="Common.RuleViolation.Rule"/>). Hosts and tests match
/// on them; they never change once published. In each summary, … marks a detail the message fills in.
/// </summary>
public static class MeetingRuleIds
{
    /// <summary><c>meeting.already-open</c>: The meeting is already open.</summary>
    public const string AlreadyOpen = "meeting.already-open";

    /// <summary><c>meeting.already-voted</c>: This resident has already voted on item …; each resident votes once.</summary>
    public const string AlreadyVoted = "meeting.already-voted";

    /// <summary><c>meeting.cancelled</c>: The meeting was cancelled and can no longer change.</summary>
    public const string Cancelled = "meeting.cancelled";

    /// <summary><c>meeting.closed</c>: The meeting is closed and can no longer change.</summary>
    public const string Closed = "meeting.closed";

    /// <summary><c>meeting.has-decisions</c>: This meeting has taken decisions; close it with minutes instead of cancelling it.</summary>
    public const string HasDecisions = "meeting.has-decisions";

    /// <summary><c>meeting.item-not-pending</c>: Item … has already been put to the vote.</summary>
    public const string ItemNotPending = "meeting.item-not-pending";

    /// <summary><c>meeting.item-not-voting</c>: Item … is not open for voting, so there is nothing to decide. Or: Item … is not open for voting.</summary>
    public const string ItemNotVoting = "meeting.item-not-voting";

    /// <summary><c>meeting.item-still-voting</c>: Item … is still being voted on; decide it before closing the meeting.</summary>
    public const string ItemStillVoting = "meeting.item-still-voting";

    /// <summary><c>meeting.no-such-item</c>: There is no item … on the agenda.</summary>
    public const string NoSuchItem = "meeting.no-such-item";

    /// <summary><c>meeting.not-a-resident</c>: … does not live in this neighbourhood; only its residents are recorded as present and vote.</summary>
    public const string NotAResident = "meeting.not-a-resident";

    /// <summary><c>meeting.not-open</c>: The meeting has not been opened yet; open it first.</summary>
    public const string NotOpen = "meeting.not-open";

    /// <summary><c>meeting.voter-absent</c>: Only residents recorded as present at the meeting may vote; record the resident's attendance first.</summary>
    public const string VoterAbsent = "meeting.voter-absent";
}
