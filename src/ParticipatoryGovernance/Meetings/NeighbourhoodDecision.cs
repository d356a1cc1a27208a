using NodaTime;

namespace ParticipatoryGovernance.Meetings;

/// <summary>
/// What the residents present decided on an agenda item: the tally and whether it passed under the charter's quorum
/// and majority rules. This is how municipal policy in a neighbourhood goes ahead with its residents' approval.
/// </summary>
/// <param name="ItemNumber">The agenda item's number in its meeting.</param>
/// <param name="VotesFor">Votes for.</param>
/// <param name="VotesAgainst">Votes against.</param>
/// <param name="Abstentions">Abstentions.</param>
/// <param name="Attendees">Residents present when the item was decided.</param>
/// <param name="QuorumMet">Whether enough residents voted.</param>
/// <param name="Outcome">Passed, rejected or no quorum.</param>
/// <param name="Majority">The majority rule applied.</param>
/// <param name="DecidedAt">When the vote closed.</param>
public sealed record NeighbourhoodDecision(
    int ItemNumber,
    int VotesFor,
    int VotesAgainst,
    int Abstentions,
    int Attendees,
    bool QuorumMet,
    DecisionOutcome Outcome,
    MajorityRule Majority,
    Instant DecidedAt)
{
    /// <summary>Whether the item passed.</summary>
    public bool Passed => Outcome == DecisionOutcome.Passed;

    /// <summary>Votes cast, abstentions included.</summary>
    public int VotesCast => VotesFor + VotesAgainst + Abstentions;
}
