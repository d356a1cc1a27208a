namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// The comparison step of <c>equalshares/add1-comparison</c> (<see cref="PabulibRules.Compare"/>): the Equal Shares
/// (Add1) outcome, the greedy outcome, and how many voters approve more projects of each.
/// </summary>
/// <param name="EqualSharesFunded">The projects Equal Shares with pabulib's Add1 funds, in the order chosen.</param>
/// <param name="GreedyFunded">The projects greedy funds (ties in approvals by the order of rows in PROJECTS).</param>
/// <param name="VotersPreferringEqualShares">Voters who approve more projects of the Equal Shares outcome than of the greedy one.</param>
/// <param name="VotersPreferringGreedy">Voters who approve more projects of the greedy outcome than of the Equal Shares one.</param>
/// <remarks>Voters who approve as many projects of both are counted in neither. This type is immutable and thread-safe.</remarks>
public sealed record PabulibComparison(
    IReadOnlyList<string> EqualSharesFunded,
    IReadOnlyList<string> GreedyFunded,
    int VotersPreferringEqualShares,
    int VotersPreferringGreedy)
{
    /// <summary>True when more voters prefer the greedy outcome, which then replaces the Equal Shares one; a tie keeps Equal Shares.</summary>
    public bool GreedyReplacesEqualShares => VotersPreferringGreedy > VotersPreferringEqualShares;

    /// <summary>The projects funded after the comparison: <see cref="GreedyFunded"/> or <see cref="EqualSharesFunded"/>.</summary>
    public IReadOnlyList<string> Funded => GreedyReplacesEqualShares ? GreedyFunded : EqualSharesFunded;
}
