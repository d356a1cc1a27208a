using System.Globalization;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// Applies the rule a pabulib file's META names (<c>rule</c>) to its ballots, to reproduce the projects a city funded.
/// </summary>
/// <remarks>
/// <para>Supported rules (the greedy ones on any vote type, on the scores of <see cref="BudgetingElection.CountScores"/>):</para>
/// <list type="bullet">
/// <item><c>greedy</c>: <see cref="GreedyApproval"/>, ties in score by the order of rows in PROJECTS.</item>
/// <item><c>greedy-threshold</c>: the same, without projects scoring under META <c>min_project_score_threshold</c>.</item>
/// <item><c>greedy-no-skip</c>: the same, stopping at the first project that does not fit; projects under
/// <c>min_project_score_threshold</c> are left out when the file gives one.</item>
/// <item><c>greedy-exclusive</c>: greedy where a project in conflict with a chosen one is skipped. Pabulib names the
/// conflicting projects only in the META <c>comment</c>, in prose, so this applies plain greedy (as pabulib's checker
/// does); <see cref="GreedyOptions.Excluded"/> takes the conflicts when a caller knows them.</item>
/// <item><c>greedy-custom</c> when the META <c>comment</c> describes Poznań's rule (it mentions funding the project
/// that stops the count when the remaining budget covers "at least 80%" of it): greedy-no-skip, then that project too
/// when what is left covers 80 % of its cost (<see cref="GreedyOptions.FundStoppingProjectFromPercent"/>). Other custom
/// rules are refused.</item>
/// <item>In every greedy rule a project costing pabulib's sentinel 999,999,999 (how pabulib marks a project withdrawn
/// after the vote) is left out of the count, as pabulib's checker does, so that it does not stop a no-skip count.</item>
/// <item><c>equalshares</c>: <see cref="EqualShares"/> without completion.</item>
/// <item><c>equalshares/add1</c>: <see cref="EqualShares"/> with <see cref="EqualSharesCompletion.Add1WithinBudget"/>,
/// pabulib's Add1: the shares keep rising while the outcome fits the budget, past the first outcome to which no
/// further project could be added (ADR 0027). The step is one currency unit per voter, that is
/// <see cref="BudgetingElection.Unit"/> minor units.</item>
/// <item>For both Add1 rules, META <c>add1_step_per_voter</c> (not a pabulib key; written by
/// <see cref="BudgetingRound.ExportPabulib(TextWriter, IEnumerable{BudgetingRoundBallot}, long)"/>) raises the shares by that many currency units per voter
/// at a time instead of one (the charter's <c>BudgetingRules.Add1StepPerVoter</c>); files without it use one.</item>
/// <item><c>equalshares/add1-comparison</c> (Wieliczka): that Add1, then the comparison step — the greedy outcome
/// replaces it when more voters approve more of its projects than prefer the Add1 outcome so.</item>
/// <item>On cumulative ballots, <c>equalshares</c> and <c>equalshares/add1</c> run <see cref="CumulativeEqualShares"/>
/// (utilities = points) with the same completion and step; <c>equalshares/add1-comparison</c>, which counts projects
/// per voter, takes approval and choose-1 ballots only. Ordinal ballots are refused by every Equal Shares rule.</item>
/// </list>
/// <para>
/// Greedy ties follow the order of rows in PROJECTS because cities sort that section by their own count, so the file
/// order is how the city settled a tie (pabulib's checker sorts the rows stably by score, to the same effect); plain
/// <see cref="GreedyApproval.Select(BudgetingElection)"/> orders ties by id.
/// </para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class PabulibRules
{
    /// <summary>The cost, in currency units, by which pabulib marks a project withdrawn after the vote.</summary>
    public const long WithdrawnProjectCost = 999_999_999;

    /// <summary>The rules <see cref="Select"/> understands (<c>greedy-custom</c> only when its comment describes Poznań's rule).</summary>
    public static IReadOnlyList<string> SupportedRules { get; } =
        ["greedy", "greedy-threshold", "greedy-no-skip", "greedy-exclusive", "greedy-custom", "equalshares", "equalshares/add1", "equalshares/add1-comparison"];

    /// <summary>Applies the rule named by the election's META <c>rule</c> entry.</summary>
    /// <param name="election">The election, usually read with <see cref="PabulibFile.Read"/>.</param>
    /// <returns>The funded project ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    /// <exception cref="NotSupportedException">The META names no rule, a rule not in <see cref="SupportedRules"/>, a
    /// <c>greedy-custom</c> rule other than Poznań's, an Equal Shares rule for ordinal ballots, or the comparison for cumulative ones; the
    /// message names it.</exception>
    /// <exception cref="ArgumentException"><c>greedy-threshold</c> without a whole-number <c>min_project_score_threshold</c>, or an
    /// <c>add1_step_per_voter</c> that is not a whole number of 1 or more.</exception>
    public static IReadOnlyList<string> Select(BudgetingElection election) => Greedy(election) is { } options
        ? GreedyApproval.Select(election, options)
        : SelectEqualShares(election);

    /// <summary>
    /// The greedy variant the election's META <c>rule</c> names, or null when the rule is not a greedy one.
    /// </summary>
    /// <param name="election">The election.</param>
    /// <returns>The options <see cref="Select"/> runs <see cref="GreedyApproval"/> with, or null for another rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    /// <exception cref="NotSupportedException">A <c>greedy-custom</c> rule other than Poznań's.</exception>
    /// <exception cref="ArgumentException"><c>greedy-threshold</c> without a whole-number <c>min_project_score_threshold</c>.</exception>
    public static GreedyOptions? Greedy(BudgetingElection election)
    {
        ArgumentNullException.ThrowIfNull(election);
        var plain = new GreedyOptions { TieBreak = GreedyTieBreak.ProjectOrder, Excluded = Withdrawn(election) };
        switch (election.MetaValue("rule")?.Trim())
        {
            case "greedy":
            case "greedy-exclusive":
                return plain;
            case "greedy-threshold":
                var threshold = Threshold(election) ?? throw new ArgumentException(
                    "Rule 'greedy-threshold' needs a whole-number META 'min_project_score_threshold'.", nameof(election));
                return plain with { MinimumScore = threshold };
            case "greedy-no-skip":
                return plain with { MinimumScore = Threshold(election), StopAtFirstMisfit = true };
            case "greedy-custom":
                var comment = election.MetaValue("comment") ?? string.Empty;
                return comment.Contains("at least 80%", StringComparison.OrdinalIgnoreCase)
                    ? plain with { StopAtFirstMisfit = true, FundStoppingProjectFromPercent = 80 }
                    : throw new NotSupportedException($"Rule 'greedy-custom' is supported only as Poznań's 80% rule; this file's META comment is: {(comment.Length == 0 ? "(none)" : comment)}");
            default:
                return null;
        }
    }

    private static IReadOnlyList<string> SelectEqualShares(BudgetingElection election)
    {
        var rule = election.MetaValue("rule")?.Trim();
        switch (rule)
        {
            case "equalshares" when election.VoteType == BudgetingVoteType.Cumulative:
                return CumulativeEqualShares.Select(election, EqualSharesCompletion.None);
            case "equalshares/add1" when election.VoteType == BudgetingVoteType.Cumulative:
                return CumulativeEqualShares.Select(
                    election, EqualSharesCompletion.Add1WithinBudget, new EqualSharesOptions { Add1StepPerVoter = Add1StepPerVoter(election) });
            case "equalshares" or "equalshares/add1" or "equalshares/add1-comparison" when election.VoteType is BudgetingVoteType.Cumulative or BudgetingVoteType.Ordinal:
                throw new NotSupportedException($"Rule '{rule}' is supported for approval and choose-1 ballots, and without the comparison for cumulative ballots; this election's ballots are {PabulibFile.NameOf(election.VoteType)}.");
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

    private static HashSet<string> Withdrawn(BudgetingElection election)
    {
        var sentinel = WithdrawnProjectCost * election.Unit;
        return election.Projects.Where(p => p.Cost == sentinel).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
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
    /// <exception cref="NotSupportedException">The election's ballots are cumulative or ordinal.</exception>
    public static PabulibComparison Compare(BudgetingElection election)
    {
        ArgumentNullException.ThrowIfNull(election);
        if (election.VoteType is BudgetingVoteType.Cumulative or BudgetingVoteType.Ordinal)
        {
            throw new NotSupportedException($"The comparison is defined for approval and choose-1 ballots only; this election's ballots are {PabulibFile.NameOf(election.VoteType)}.");
        }

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

    /// <summary>The META key of the Add1 step per voter, in currency units (1 when absent); the step passed on is in minor units.</summary>
    internal const string Add1StepPerVoterKey = "add1_step_per_voter";

    private static long Add1StepPerVoter(BudgetingElection election)
    {
        var text = election.MetaValue(Add1StepPerVoterKey)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return election.Unit;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step >= 1
            ? checked(step * election.Unit)
            : throw new ArgumentException($"META '{Add1StepPerVoterKey}' must be a whole number of 1 or more; it is '{text}'.", nameof(election));
    }

    private static long? Threshold(BudgetingElection election)
    {
        var text = election.MetaValue("min_project_score_threshold")?.Trim();
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
