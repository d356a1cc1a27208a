namespace ParticipatoryGovernance.Meetings;

/// <summary>A resident's vote on an agenda item.</summary>
public enum VoteChoice
{
    /// <summary>For (موافق).</summary>
    For = 1,

    /// <summary>Against (مخالف).</summary>
    Against = 2,

    /// <summary>Abstain (ممتنع).</summary>
    Abstain = 3,
}
