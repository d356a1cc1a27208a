namespace ParticipatoryGovernance.Ideas;

/// <summary>
/// The acts on a <see cref="CitizenIdea"/> whose permission depends on the idea's state, for
/// <see cref="CitizenIdea.Allows"/>: a page offers an act only when the idea's status and visibility allow it.
/// </summary>
public enum IdeaAct
{
    /// <summary>An official starts the review (<see cref="CitizenIdea.StartReview"/>).</summary>
    StartReview = 1,

    /// <summary>An official accepts the idea (<see cref="CitizenIdea.Accept"/>).</summary>
    Accept = 2,

    /// <summary>An official rejects the idea (<see cref="CitizenIdea.Reject"/>).</summary>
    Reject = 3,

    /// <summary>An official starts carrying it out (<see cref="CitizenIdea.StartImplementation"/>).</summary>
    StartImplementation = 4,

    /// <summary>An official records a milestone and the progress (<see cref="CitizenIdea.ReportProgress"/>).</summary>
    ReportProgress = 5,

    /// <summary>An official records a resident who carries it out (<see cref="CitizenIdea.RecordImplementer"/>).</summary>
    RecordImplementer = 6,

    /// <summary>An official records that it was carried out (<see cref="CitizenIdea.Implement"/>).</summary>
    Implement = 7,

    /// <summary>The proposer withdraws it (<see cref="CitizenIdea.Withdraw"/>).</summary>
    Withdraw = 8,

    /// <summary>The proposer resubmits it as a new version (<see cref="CitizenIdea.Resubmit"/>).</summary>
    Resubmit = 9,

    /// <summary>A resident endorses it or withdraws an endorsement (<see cref="CitizenIdea.Endorse"/>).</summary>
    Endorse = 10,

    /// <summary>A resident reports it to the moderators (<see cref="CitizenIdea.Report"/>).</summary>
    Report = 11,

    /// <summary>A moderator shows a hidden idea again (<see cref="CitizenIdea.Restore"/>).</summary>
    Restore = 12,

    /// <summary>A moderator removes it (<see cref="CitizenIdea.Remove"/>).</summary>
    Remove = 13,
}
