using System.Globalization;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// Applies the rule a pabulib file's META names (<c>rule</c>) to its ballots, to reproduce the projects a city funded.
/// </summary>
/// <remarks>
/// <para>Supported rules:</para>
/// <list type="bullet">
/// <item><c>greedy</c>: <see cref="GreedyApproval"/>, ties in approvals by the order of rows in PROJECTS.</item>
/// <item><c>greedy-threshold</c>: the same, without projects under META <c>min_project_score_threshold</c> approvals.</item>
/// <item><c>greedy-no-skip</c>: the same, stopping at the first project that does not fit; projects under
/// <c>min_project_score_threshold</c> are left out when the file gives one.</item>
/// <item><c>equalshares</c>: <see cref="EqualShares"/> without completion.</item>
/// <item><c>equalshares/add1</c>: <see cref="EqualShares"/> with <see cref="EqualSharesCompletion.Add1WithinBudget"/>,
/// pabulib's Add1: the shares keep rising while the outcome fits the budget, past the first outcome to which no
/// further project could be added (ADR 0027).</item>
/// <item>For both Add1 rules, META <c>add1_step_per_voter</c> (not a pabulib key; written by
/// <see cref="BudgetingRound.ExportPabulib(TextWriter, IEnumerable{BudgetingRoundBallot}, long)"/>) raises the shares by that many currency units per voter
/// at a time instead of one (the charter's <c>BudgetingRules.Add1StepPerVoter</c>); files without it use one.</item>
/// <item><c>equalshares/add1-comparison</c> (Wieliczka): that Add1, then the comparison step — the greedy outcome
/// replaces it when more voters approve more of its projects than prefer the Add1 outcome so.</item>
/// </list>
/// <para>
/// Greedy ties follow the order of rows in PROJECTS because cities sort that section by their own count, so the file
/// order is how the city settled a tie; plain <see cref="GreedyApproval.Select(BudgetingElection)"/> orders ties by id.
/// </para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class PabulibRules
{
    /// <summary>The rules <see cref="Select"/> understands.</summary>
    public static IReadOnlyList<string> SupportedRules { get; } =
        ["greedy", "greedy-threshold", "greedy-no-skip", "equalshares", "equalshares/add1", "equalshares/add1-comparison"];

    /// <summary>Applies the rule named by the election's META <c>rule</c> entry.</summary>
    /// <param name="election">The election, usually read with <see cref="PabulibFile.Read"/>.</param>
    /// <returns>The funded project ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    /// <exception cref="NotSupportedException">The META names no rule, or a rule not in <see cref="SupportedRules"/>; the message names it.</exception>
    /// <exception cref="ArgumentException"><c>greedy-threshold</c> without a whole-number <c>min_project_score_threshold</c>, or an
    /// <c>add1_step_per_voter</c> that is not a whole number of 1 or more.</exception>
    public static IReadOnlyList<string> Select(BudgetingElection election)
    {
        ArgumentNullException.ThrowIfNull(election);
        var rule = election.MetaValue("rule")?.Trim();
        switch (rule)
        {
            case "greedy":
                return GreedyApproval.Select(election, new GreedyOptions { TieBreak = GreedyTieBreak.ProjectOrder });
            case "greedy-threshold":
                var threshold = Threshold(election) ?? throw new ArgumentException(
                    "Rule 'greedy-threshold' needs a whole-number META 'min_project_score_threshold'.", nameof(election));
                return GreedyApproval.Select(election, new GreedyOptions { TieBreak = GreedyTieBreak.ProjectOrder, MinimumApprovals = threshold });
            case "greedy-no-skip":
                return GreedyApproval.Select(election, new GreedyOptions
                {
                    TieBreak = GreedyTieBreak.ProjectOrder,
                    MinimumApprovals = Threshold(election),
                    StopAtFirstMisfit = true,
                });
            case "equalshares":
                return EqualShares.Select(election, EqualSharesCompletion.None);
            case "equalshares/add1":
                return EqualShares.Select(election, EqualSharesCompletion.Add1WithinBudget, Add1StepPerVoter(election));
            case "equalshares/add1-comparison":
                return Compare(election).Funded;
            case null or "":
                throw new NotSupportedException("The election's META names no rule ('rule' entry missing or empty).");
            default:
                throw new NotSupportedException($"Rule '{rule}' is not supported; supported rules: {string.Join(", ", SupportedRules)}.");
        }
    }

    /// <summary>
    /// Wieliczka's comparison step (<c>equalshares/add1-comparison</c>): the Add1 outcome stays unless more voters approve
    /// more projects of the greedy outcome than voters who approve more projects of the Add1 outcome. Gives both
    /// outcomes and how many voters preferred each, for a city to publish beside the result.
    /// </summary>
    /// <param name="election">The election; its META <c>rule</c> is not read, its <c>add1_step_per_voter</c> is.</param>
    /// <returns>The comparison; <see cref="PabulibComparison.Funded"/> is what <see cref="Select"/> funds for that rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    /// <exception cref="ArgumentException">An <c>add1_step_per_voter</c> that is not a whole number of 1 or more.</exception>
    public static PabulibComparison Compare(BudgetingElection election)
    {
        ArgumentNullException.ThrowIfNull(election);
        var equalShares = EqualShares.Select(election, EqualSharesCompletion.Add1WithinBudget, Add1StepPerVoter(election));
        var greedy = GreedyApproval.Select(election, new GreedyOptions { TieBreak = GreedyTieBreak.ProjectOrder });
        var inEqualShares = new HashSet<string>(equalShares, StringComparer.Ordinal);
        var inGreedy = new HashSet<string>(greedy, StringComparer.Ordinal);
        int preferEqualShares = 0, preferGreedy = 0;
        foreach (var ballot in election.Ballots)
        {
            var fromEqualShares = ballot.ProjectIds.Count(inEqualShares.Contains);
            var fromGreedy = ballot.ProjectIds.Count(inGreedy.Contains);
            if (fromEqualShares > fromGreedy)
            {
                preferEqualShares++;
            }
            else if (fromGreedy > fromEqualShares)
            {
                preferGreedy++;
            }
        }

        return new PabulibComparison(equalShares, greedy, preferEqualShares, preferGreedy);
    }

    /// <summary>
    /// <c>equalshares/add1</c> explained: the one path by which a <see cref="BudgetingRound"/> decides and exports its
    /// Equal Shares outcome, and the same rule and step <see cref="Select"/> applies to a file with that rule.
    /// </summary>
    internal static EqualSharesOutcome ExplainEqualSharesAdd1(BudgetingElection election) =>
        EqualShares.Explain(election, EqualSharesCompletion.Add1WithinBudget, Add1StepPerVoter(election));

    /// <summary>The META key of the Add1 step per voter, in currency units (1 when absent).</summary>
    internal const string Add1StepPerVoterKey = "add1_step_per_voter";

    private static long Add1StepPerVoter(BudgetingElection election)
    {
        var text = election.MetaValue(Add1StepPerVoterKey)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step >= 1
            ? step
            : throw new ArgumentException($"META '{Add1StepPerVoterKey}' must be a whole number of 1 or more; it is '{text}'.", nameof(election));
    }

    private static long? Threshold(BudgetingElection election)
    {
        var text = election.MetaValue("min_project_score_threshold")?.Trim();
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
