using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// The Method of Equal Shares (Peters &amp; Skowron) for cumulative ballots, with additive utilities: a voter's utility
/// for a project is the points they gave it (pabutools' <c>method_of_equal_shares</c> with cumulative satisfaction;
/// equalshares.net's general utilities). The budget is split equally among the voters; in each round, for every
/// remaining project whose supporters together still hold its cost, ρ is the least price per point at which the
/// supporters, each paying ρ × their points or all they have left if less, pay the cost; the project with the lowest ρ is
/// funded and its supporters pay so; it ends when no remaining project's supporters can cover its cost.
/// </summary>
/// <remarks>
/// <para>
/// A project's supporters are the voters who gave it points; a project named with zero points is not supported by that
/// ballot. Ties in ρ are broken as <see cref="EqualShares"/> breaks ties:
/// lower cost, then more supporters, then project id in ordinal order. A project that costs nothing is funded first if
/// anyone gave it points; one nobody gave points never is. Scaling every ballot's points by the same factor changes no
/// outcome; when every ballot gives each project it names the same multiple of the project's cost in points, the outcome is
/// <see cref="EqualShares"/>' on the same ballots read as approvals (cost utilities).
/// </para>
/// <para>
/// The completions are <see cref="EqualShares"/>': <see cref="EqualSharesCompletion.Add1"/> and
/// <see cref="EqualSharesCompletion.Add1WithinBudget"/> raise every voter's share by
/// <see cref="EqualSharesOptions.Add1StepPerVoter"/> minor units at a time from the budget divided by the number of
/// voters, and stop as documented there. Runs are in floating point where every decision's margin exceeds a relative
/// 1e-9 and in exact fractions otherwise, every tie included (ADR 0014); <see cref="EqualSharesArithmetic.Exact"/> runs
/// them all exactly, and <see cref="Explain(BudgetingElection, EqualSharesCompletion, EqualSharesOptions)"/> reruns the
/// deciding share exactly. <see cref="EqualSharesOptions.MaxDegreeOfParallelism"/> is not read: runs are on the calling
/// thread.
/// </para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class CumulativeEqualShares
{
    /// <summary>The projects the Method of Equal Shares funds on cumulative ballots, with one-unit Add1 steps.</summary>
    /// <param name="election">The election; its <see cref="BudgetingElection.VoteType"/> must be <see cref="BudgetingVoteType.Cumulative"/>.</param>
    /// <param name="completion">The completion.</param>
    /// <returns>The funded project ids in the order chosen.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    /// <exception cref="ArgumentException">The election's ballots are not cumulative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completion"/> is not a defined value.</exception>
    public static IReadOnlyList<string> Select(BudgetingElection election, EqualSharesCompletion completion) =>
        Select(election, completion, EqualSharesOptions.Default);

    /// <summary>The projects the Method of Equal Shares funds on cumulative ballots, with the options' Add1 step.</summary>
    /// <param name="election">The election; its <see cref="BudgetingElection.VoteType"/> must be <see cref="BudgetingVoteType.Cumulative"/>.</param>
    /// <param name="completion">The completion.</param>
    /// <param name="options">How to count: the Add1 step in minor units and the arithmetic; the step alone can change the outcome.</param>
    /// <returns>The funded project ids in the order chosen.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The election's ballots are not cumulative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completion"/> is not a defined value.</exception>
    public static IReadOnlyList<string> Select(BudgetingElection election, EqualSharesCompletion completion, EqualSharesOptions options)
    {
        var profile = Profile(election, options);
        var (winners, _) = Decide(profile, completion, options);
        return winners.Select(p => profile.Ids[p]).ToArray();
    }

    /// <summary>Runs the Method of Equal Shares on cumulative ballots and explains every project, with one-unit Add1 steps.</summary>
    /// <param name="election">The election; its <see cref="BudgetingElection.VoteType"/> must be <see cref="BudgetingVoteType.Cumulative"/>.</param>
    /// <param name="completion">The completion.</param>
    /// <returns>The outcome, explained (see <see cref="Explain(BudgetingElection, EqualSharesCompletion, EqualSharesOptions)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    /// <exception cref="ArgumentException">The election's ballots are not cumulative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completion"/> is not a defined value.</exception>
    public static EqualSharesOutcome Explain(BudgetingElection election, EqualSharesCompletion completion) =>
        Explain(election, completion, EqualSharesOptions.Default);

    /// <summary>
    /// Runs the Method of Equal Shares on cumulative ballots and explains, for every project, why it was or was not
    /// funded, in one line in Persian and English that names it by its <c>name</c> (its id when it has none).
    /// </summary>
    /// <param name="election">The election; its <see cref="BudgetingElection.VoteType"/> must be <see cref="BudgetingVoteType.Cumulative"/>.</param>
    /// <param name="completion">The completion.</param>
    /// <param name="options">How to count: the Add1 step in minor units and the arithmetic; the step alone can change the outcome.</param>
    /// <returns>
    /// The outcome. <see cref="EqualSharesProjectResult.Approvals"/> counts the voters who gave a project points;
    /// <see cref="EqualSharesProjectResult.PricePerSupporter"/> is the most any one supporter paid; amounts in the
    /// records are minor units (those in the explanations, currency units); <see cref="EqualSharesOutcome.SharePerVoter"/>
    /// is 0 when there are no ballots.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The election's ballots are not cumulative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completion"/> is not a defined value.</exception>
    public static EqualSharesOutcome Explain(BudgetingElection election, EqualSharesCompletion completion, EqualSharesOptions options)
    {
        var profile = Profile(election, options);
        var (_, increment) = Decide(profile, completion, options);

        // Without voters nobody has a share and nothing is funded; the run then has no voter types to pay from.
        var share = profile.VoterCount == 0 ? Fraction.Zero
            : increment < 0 ? Fraction.FromInteger(profile.Budget)
            : Share(profile, increment);
        var run = CumulativeEqualSharesRun.Run(profile, share);
        return Describe(profile, run, share, Math.Max(increment, 0));
    }

    private static CumulativeProfile Profile(BudgetingElection election, EqualSharesOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        if (election.VoteType != BudgetingVoteType.Cumulative)
        {
            throw new ArgumentException(
                $"Equal Shares on points takes cumulative ballots; this election's ballots are {PabulibFile.NameOf(election.VoteType)} (use EqualShares for approval and choose-1 ballots).",
                nameof(election));
        }

        return new CumulativeProfile(election);
    }

    /// <summary>
    /// Decides the outcome; also returns the increment per voter (minor units) of the deciding run, or −1 when every
    /// supported project fits and the completion funds them all.
    /// </summary>
    private static (List<int> Winners, long Increment) Decide(CumulativeProfile profile, EqualSharesCompletion completion, EqualSharesOptions options)
    {
        if (!Enum.IsDefined(completion))
        {
            throw new ArgumentOutOfRangeException(nameof(completion), completion, "Unknown completion.");
        }

        if (profile.VoterCount == 0)
        {
            return ([], 0);
        }

        var step = options.Add1StepPerVoter;
        var fast = options.Arithmetic == EqualSharesArithmetic.Fast ? new CumulativeEqualSharesFastRun(profile) : null;
        if (completion == EqualSharesCompletion.None)
        {
            return (RunOnce(profile, fast, 0), 0);
        }

        var supported = Enumerable.Range(0, profile.ProjectCount).Where(p => profile.IsCandidate(p) || profile.IsFree(p)).ToList();
        if (profile.CostOf(supported) <= profile.Budget)
        {
            // Add1 would raise the shares until every supported project is funded: no outcome on the way can exceed
            // the budget, and none is exhaustive before it holds them all.
            var rich = CumulativeEqualSharesRun.Run(profile, Fraction.FromInteger(profile.Budget));
            return (rich.Winners.Count == supported.Count ? rich.Winners : supported, -1);
        }

        // Otherwise the shares rise until an outcome costs more than the budget, which happens at the latest once every
        // supporter can pay every supported project alone: the loop ends.
        List<int>? previous = null;
        for (long increment = 0; ; increment += step)
        {
            var outcome = RunOnce(profile, fast, increment);
            if (profile.CostOf(outcome) > profile.Budget)
            {
                // Never at increment 0: what the voters pay for the first outcome comes out of the budget.
                return (previous!, increment - step);
            }

            if (completion == EqualSharesCompletion.Add1 && IsExhaustive(profile, outcome))
            {
                return (outcome, increment);
            }

            previous = outcome;
        }
    }

    /// <summary>One run at a share; in exact fractions when there is no fast run or it finds a call too close.</summary>
    private static List<int> RunOnce(CumulativeProfile profile, CumulativeEqualSharesFastRun? fast, long increment)
    {
        var share = ((double)profile.Budget + ((double)increment * profile.VoterCount)) / profile.VoterCount;
        return fast?.TryRun(share) ?? CumulativeEqualSharesRun.Run(profile, Share(profile, increment)).Winners;
    }

    private static Fraction Share(CumulativeProfile profile, long increment) =>
        Fraction.Of(profile.Budget + ((System.Numerics.BigInteger)increment * profile.VoterCount), profile.VoterCount);

    private static bool IsExhaustive(CumulativeProfile profile, List<int> outcome)
    {
        var left = profile.Budget - profile.CostOf(outcome);
        var funded = new HashSet<int>(outcome);
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            if (profile.IsCandidate(p) && !funded.Contains(p) && profile.Cost[p] <= left)
            {
                return false;
            }
        }

        return true;
    }

    private static EqualSharesOutcome Describe(CumulativeProfile profile, CumulativeEqualSharesRun run, Fraction share, long increment)
    {
        var decimals = profile.Decimals;
        var unit = profile.Unit;
        var shareEn = BudgetText.En((share / unit).ToDecimal());
        var shareFa = BudgetText.Fa((share / unit).ToDecimal());
        var results = new EqualSharesProjectResult[profile.ProjectCount];
        var funded = new HashSet<int>(run.Winners);
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            var id = profile.Ids[p];
            var name = profile.Names[p];
            var supporters = profile.Supporters[p];
            var cost = profile.Cost[p];
            var costEn = BudgetText.EnAmount(cost, decimals);
            var costFa = BudgetText.FaAmount(cost, decimals);
            if (funded.Contains(p) && cost == 0)
            {
                results[p] = new(id, supporters, EqualSharesVerdict.Funded, 0, 0m, supporters, 0, 0m, 0m, LocalizedText.Of(
                    $"«{name}» تأمین شد: هزینه‌ای ندارد و {BudgetText.Fa(supporters)} رأی‌دهنده به آن امتیاز دادند.",
                    $"“{name}” was funded: it costs nothing and {BudgetText.En(supporters)} voters gave it points."));
            }
            else if (funded.Contains(p))
            {
                var round = run.Round[p];
                var perPoint = run.PricePerPoint[p] / unit;
                var full = run.FullPayers[p];
                var partial = run.PartialPayers[p];
                var partialPaid = run.PartialPaid[p];
                var fa = $"«{name}» در دور {BudgetText.Fa(round)} تأمین شد: هر رأی‌دهنده با سهم {shareFa} آغاز کرد؛ از هزینهٔ {costFa}، هر حامی به ازای هر امتیازی که به آن داده بود {BudgetText.Fa(perPoint.ToDecimal())} پرداخت و {BudgetText.Fa(full)} حامی همین را کامل پرداختند";
                var en = $"“{name}” was funded in round {BudgetText.En(round)}: every voter started with a share of {shareEn}; of its cost of {costEn}, each supporter paid {BudgetText.En(perPoint.ToDecimal())} per point they gave it, which {BudgetText.En(full)} supporters paid in full";
                if (partial > 0)
                {
                    fa += $" و {BudgetText.Fa(partial)} حامی که کمتر داشتند همهٔ باقی‌ماندهٔ خود را، روی هم {BudgetText.Fa((partialPaid / unit).ToDecimal())}، پرداختند";
                    en += $", and {BudgetText.En(partial)} supporters who had less left paid all they had, {BudgetText.En((partialPaid / unit).ToDecimal())} together";
                }

                results[p] = new(id, supporters, EqualSharesVerdict.Funded, round, run.MostPaid[p].ToDecimal(), full, partial, partialPaid.ToDecimal(), 0m, new LocalizedText(fa + ".", en + "."));
            }
            else if (supporters == 0)
            {
                results[p] = new(id, 0, EqualSharesVerdict.NoSupporters, 0, 0m, 0, 0, 0m, 0m, LocalizedText.Of(
                    $"«{name}» تأمین نشد: هیچ رأی‌دهنده‌ای به آن امتیاز نداد.",
                    $"“{name}” was not funded: no voter gave it points."));
            }
            else
            {
                var round = run.DroppedInRound[p];
                var left = run.MoneyLeft[p];
                results[p] = new(id, supporters, EqualSharesVerdict.SupportersMoneyRanOut, round, 0m, 0, 0, 0m, left.ToDecimal(), LocalizedText.Of(
                    $"«{name}» تأمین نشد: هزینهٔ آن {costFa} بود، اما در دور {BudgetText.Fa(round)} برای {BudgetText.Fa(supporters)} حامی آن، پس از پرداخت سهمشان از طرح‌های برگزیدهٔ پیشین، روی هم تنها {BudgetText.Fa((left / unit).ToDecimal())} مانده بود.",
                    $"“{name}” was not funded: it cost {costEn}, but by round {BudgetText.En(round)} its {BudgetText.En(supporters)} supporters had only {BudgetText.En((left / unit).ToDecimal())} left together after paying their part of the projects chosen before."));
            }
        }

        var winners = run.Winners.Select(p => profile.Ids[p]).ToArray();
        return new EqualSharesOutcome(winners, profile.CostOf(run.Winners), share.ToDecimal(), increment, results);
    }
}
