namespace ParticipatoryGovernance.Meetings;

/// <summary>Where a neighbourhood meeting is in its life.</summary>
public enum MeetingStatus
{
    /// <summary>Planned; the agenda can still change.</summary>
    Scheduled = 1,

    /// <summary>Under way: attendance is recorded and items are voted on.</summary>
    Open = 2,

    /// <summary>Over, with minutes; nothing can change.</summary>
    Closed = 3,

    /// <summary>Called off; nothing can change.</summary>
    Cancelled = 4,
}

/// <summary>Where an agenda item is.</summary>
public enum AgendaItemStatus
{
    /// <summary>On the agenda, not yet put to the residents.</summary>
    Pending = 1,

    /// <summary>Put to the residents present; votes are being cast.</summary>
    Voting = 2,

    /// <summary>Decided; its <see cref="NeighbourhoodDecision"/> is recorded.</summary>
    Decided = 3,
}

/// <summary>What came of an agenda item put to the vote.</summary>
public enum DecisionOutcome
{
    /// <summary>The majority was reached: the policy goes ahead with the residents' approval.</summary>
    Passed = 1,

    /// <summary>The quorum was met but not the majority (ties included).</summary>
    Rejected = 2,

    /// <summary>Too few residents voted for the decision to count.</summary>
    NoQuorum = 3,
}
