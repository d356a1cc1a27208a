using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// The Method of Equal Shares (Peters &amp; Skowron) for approval ballots with cost utilities, as in pabutools' default
/// and equalshares.net: the budget is split equally among the voters; in each round, the project whose cost its
/// supporters can cover with the lowest price per supporter (each paying that price, or all they have left if less)
/// is funded and its supporters pay; it ends when no remaining project's supporters can cover its cost.
/// </summary>
/// <remarks>
/// <para>
/// Voters' shares and prices are exact fractions. A fast floating-point run takes a decision only when its margin
/// exceeds 1e-9 of the amounts compared, far above its rounding; closer calls and every exact tie are decided in
/// exact fractions, and <see cref="Explain(BudgetingElection, EqualSharesCompletion)"/> reruns the deciding share exactly (ADR 0014). Ties in price per unit of cost are broken by lower
/// cost, then more approvals, then project id in ordinal order. A project that costs nothing is funded if anyone
/// approves it; a project nobody approves is never funded.
/// </para>
/// <para>
/// <see cref="EqualSharesCompletion.Add1"/> starts every voter at the budget divided by the number of voters and
/// raises that by one currency unit at a time; it stops at the first outcome to which no further supported project
/// could be added within the budget, or keeps the previous outcome when the next one would cost more than the budget
/// (pabutools' <c>voter_budget_increment=1</c>; equalshares.net's Add1). <see cref="EqualSharesCompletion.Add1WithinBudget"/>
/// raises the share the same way but does not stop at the first such outcome: it keeps the last outcome before one
/// that costs more than the budget (pabulib's <c>equalshares/add1</c>, and Wieliczka 2023's count; ADR 0027). With
/// either, when all supported projects fit in the budget together, that is where it ends, and they are all funded.
/// </para>
/// <para>
/// Add1 does not run every share: after each run it proves, by replaying that run's winners at larger shares, how far
/// the same outcome holds, and runs next at the first step after that (<see cref="EqualSharesAdd1Search.Jump"/>, ADR
/// 0030). The outcome and deciding share are those of stepping one share at a time.
/// </para>
/// <para>
/// <see cref="EqualSharesOptions"/> choose the Add1 step, exact arithmetic throughout (for an audit), and how many Add1
/// runs may use the processors at once (for a web server); only the step changes the outcome.
/// </para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class EqualShares
{
    /// <summary>The projects the Method of Equal Shares funds.</summary>
    /// <param name="election">The election.</param>
    /// <param name="completion">The completion; cities use <see cref="EqualSharesCompletion.Add1"/> or <see cref="EqualSharesCompletion.Add1WithinBudget"/>.</param>
    /// <returns>The funded project ids in the order chosen.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completion"/> is not a defined value.</exception>
    public static IReadOnlyList<string> Select(BudgetingElection election, EqualSharesCompletion completion) =>
        Select(election, completion, EqualSharesOptions.Default);

    /// <summary>
    /// Runs the Method of Equal Shares with Add1 completion that raises every voter's budget by
    /// <paramref name="add1StepPerVoter"/> currency units at a time instead of one: for currencies whose unit is tiny
    /// (a rial), where one-unit steps would take millions of runs. With a step of 1 it is <see cref="Select(BudgetingElection, EqualSharesCompletion)"/>.
    /// The same as <see cref="Select(BudgetingElection, EqualSharesCompletion, EqualSharesOptions)"/> with that
    /// <see cref="EqualSharesOptions.Add1StepPerVoter"/>.
    /// </summary>
    /// <param name="election">The election.</param>
    /// <param name="completion">The completion; the step does not matter for <see cref="EqualSharesCompletion.None"/>.</param>
    /// <param name="add1StepPerVoter">Currency units added to each voter's budget per Add1 step; 1 or more.</param>
    /// <returns>The funded project ids, in the order the method funds them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completion"/> is undefined or <paramref name="add1StepPerVoter"/> is less than 1.</exception>
    public static IReadOnlyList<string> Select(BudgetingElection election, EqualSharesCompletion completion, long add1StepPerVoter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(add1StepPerVoter, 1);
        return Select(election, completion, new EqualSharesOptions { Add1StepPerVoter = add1StepPerVoter });
    }

    /// <summary>
    /// Runs the Method of Equal Shares with the given Add1 step, arithmetic and parallelism; no option but the step
    /// changes the outcome.
    /// </summary>
    /// <param name="election">The election.</param>
    /// <param name="completion">The completion.</param>
    /// <param name="options">How to count; <see cref="EqualSharesOptions.Default"/> for one-unit steps in fast arithmetic.</param>
    /// <returns>The funded project ids, in the order the method funds them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completion"/> is not a defined value.</exception>
    public static IReadOnlyList<string> Select(BudgetingElection election, EqualSharesCompletion completion, EqualSharesOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        var profile = new ApprovalProfile(election);
        long work = 0;
        var (winners, _) = Decide(profile, completion, options, ref work);
        return winners.Select(p => profile.Ids[p]).ToArray();
    }

    /// <summary>Runs the Method of Equal Shares and explains, for every project, why it was or was not funded.</summary>
    /// <param name="election">The election.</param>
    /// <param name="completion">The completion.</param>
    /// <returns>The outcome: what every supporter of a funded project paid, or that a project's supporters ran out of money.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completion"/> is not a defined value.</exception>
    public static EqualSharesOutcome Explain(BudgetingElection election, EqualSharesCompletion completion) =>
        Explain(election, completion, EqualSharesOptions.Default);

    /// <summary>
    /// Runs the Method of Equal Shares and explains every project, with Add1 raising every voter's budget by
    /// <paramref name="add1StepPerVoter"/> currency units at a time (see <see cref="Select(BudgetingElection, EqualSharesCompletion, long)"/>).
    /// </summary>
    /// <param name="election">The election.</param>
    /// <param name="completion">The completion.</param>
    /// <param name="add1StepPerVoter">Currency units added to each voter's budget per Add1 step; 1 or more.</param>
    /// <returns>The outcome, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completion"/> is undefined or <paramref name="add1StepPerVoter"/> is less than 1.</exception>
    public static EqualSharesOutcome Explain(BudgetingElection election, EqualSharesCompletion completion, long add1StepPerVoter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(add1StepPerVoter, 1);
        return Explain(election, completion, new EqualSharesOptions { Add1StepPerVoter = add1StepPerVoter });
    }

    /// <summary>
    /// Runs the Method of Equal Shares with the given Add1 step, arithmetic and parallelism, and explains every project.
    /// The deciding share is always rerun in exact fractions for the explanation.
    /// </summary>
    /// <param name="election">The election.</param>
    /// <param name="completion">The completion.</param>
    /// <param name="options">How to count; <see cref="EqualSharesOptions.Default"/> for one-unit steps in fast arithmetic.</param>
    /// <returns>The outcome, explained; its <see cref="EqualSharesOutcome.Increment"/> is the deciding share's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completion"/> is not a defined value.</exception>
    public static EqualSharesOutcome Explain(BudgetingElection election, EqualSharesCompletion completion, EqualSharesOptions options)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(options);
        var profile = new ApprovalProfile(election);
        long work = 0;
        var (_, increment) = Decide(profile, completion, options, ref work);
        // Without voters nobody has a share: nothing is funded (Decide returns no winners), and the run below is
        // given the whole budget rather than a division by zero.
        var share = increment < 0 || profile.VoterCount == 0 ? Fraction.FromInteger(profile.Budget) : Share(profile, increment);
        var run = EqualSharesExactRun.Run(profile, share);
        var names = election.Projects.Select(NameOf).ToArray();
        return Describe(profile, names, run, share, Math.Max(increment, 0)) with { Runs = work };
    }

    /// <summary>
    /// Decides the outcome; also returns the increment per voter of the deciding run, or −1 when every supported
    /// project fits and the completion funds them all.
    /// </summary>
    private static (List<int> Winners, long Increment) Decide(ApprovalProfile profile, EqualSharesCompletion completion, EqualSharesOptions options, ref long work)
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
        var exact = options.Arithmetic == EqualSharesArithmetic.Exact;
        var lanes = options.MaxDegreeOfParallelism
            ?? (profile.TypeCount * (long)profile.ProjectCount >= ParallelWork ? Math.Clamp(Environment.ProcessorCount, 1, 8) : 1);
        if (completion == EqualSharesCompletion.None)
        {
            work++;
            return (RunOnce(profile, exact ? null : new EqualSharesFastRun(profile), 0), 0);
        }

        var supported = Enumerable.Range(0, profile.ProjectCount).Where(p => profile.IsCandidate(p) || profile.IsFree(p)).ToList();
        if (profile.CostOf(supported) <= profile.Budget)
        {
            // Add1 would raise the shares until every supported project is funded: no outcome on the way can exceed
            // the budget, and none is exhaustive before it holds them all.
            return (OrderedLikeARun(profile, supported), -1);
        }

        if (options.Add1Search == EqualSharesAdd1Search.Jump && !exact)
        {
            return DecideByJumps(profile, completion, step, lanes, ref work);
        }

        // Add1's runs are independent of each other: on a large election, run as many shares at once as there are
        // cores, each lane on its own fast run (whose settled opening needs rising shares), and read the results in
        // order. At most lanes − 1 runs past the deciding one are wasted.
        var runs = new EqualSharesFastRun?[lanes];
        for (var lane = 0; lane < lanes && !exact; lane++)
        {
            runs[lane] = new EqualSharesFastRun(profile);
        }

        var block = StepBlock * lanes;
        var outcomes = new List<int>[block];
        List<int>? previous = null;
        for (long first = 0; ; first += block)
        {
            var decided = RunBlock(profile, completion, runs, step, first, block, outcomes, ref work);
            for (var k = 0; k < (decided < 0 ? block : decided); k++)
            {
                previous = outcomes[k];
            }

            if (decided >= 0)
            {
                return Decided(profile, previous, outcomes[decided], (first + decided) * step, step);
            }
        }
    }

    /// <summary>Shares per lane that stepping runs between two waits for the lanes (only speed depends on it).</summary>
    private const int StepBlock = 32;

    /// <summary>Whether Add1 stops at this outcome: it costs more than the budget, or (Add1 only) it is exhaustive.</summary>
    private static bool Decides(ApprovalProfile profile, EqualSharesCompletion completion, List<int> outcome) =>
        profile.CostOf(outcome) > profile.Budget || (completion == EqualSharesCompletion.Add1 && IsExhaustive(profile, outcome));

    /// <summary>
    /// What Add1 ends with at a deciding outcome: the outcome at the share before it when it costs more than the budget
    /// (every share before was run or certified to give <paramref name="previous"/>), else the outcome itself.
    /// </summary>
    private static (List<int> Winners, long Increment) Decided(ApprovalProfile profile, List<int>? previous, List<int> outcome, long increment, long step) =>
        profile.CostOf(outcome) > profile.Budget ? (previous!, increment - step) : (outcome, increment);

    /// <summary>
    /// Runs the grid shares <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1, the
    /// k-th on lane k mod lanes: each lane goes through its shares in rising order (its settled opening needs that)
    /// without waiting for the others, and stops once a deciding outcome is known at an earlier share. Returns the
    /// position in the block of the first deciding outcome, or −1; <paramref name="outcomes"/> holds every outcome
    /// before it. At most lanes − 1 runs past it are wasted.
    /// </summary>
    private static int RunBlock(ApprovalProfile profile, EqualSharesCompletion completion, EqualSharesFastRun?[] runs, long step, long first, int count, List<int>[] outcomes, ref long work)
    {
        var lanes = Math.Min(runs.Length, count);
        var decidedAt = count;
        long done = 0;
        void Lane(int lane)
        {
            for (var k = lane; k < Volatile.Read(ref decidedAt); k += runs.Length)
            {
                var outcome = RunOnce(profile, runs[lane], (first + k) * step);
                outcomes[k] = outcome;
                Interlocked.Increment(ref done);
                if (Decides(profile, completion, outcome))
                {
                    // Keep the earliest: another lane may have decided at a later share meanwhile.
                    var seen = Volatile.Read(ref decidedAt);
                    while (k < seen)
                    {
                        var was = Interlocked.CompareExchange(ref decidedAt, k, seen);
                        if (was == seen)
                        {
                            break;
                        }

                        seen = was;
                    }

                    return;
                }
            }
        }

        if (lanes == 1)
        {
            Lane(0);
        }
        else
        {
            Parallel.For(0, lanes, new ParallelOptions { MaxDegreeOfParallelism = lanes }, Lane);
        }

        work += done;
        return decidedAt < count ? decidedAt : -1;
    }

    /// <summary>
    /// Add1 that computes a run only at shares where the outcome may differ from the last one computed: after each run
    /// it certifies, by replaying that run's winners at larger shares, how far the same outcome provably holds, and
    /// goes on from the next share of the grid (ADR 0030). The outcome and deciding increment are stepping's.
    /// </summary>
    private static (List<int> Winners, long Increment) DecideByJumps(ApprovalProfile profile, EqualSharesCompletion completion, long step, int lanes, ref long work)
    {
        var runs = new EqualSharesFastRun[lanes];
        for (var lane = 0; lane < lanes; lane++)
        {
            runs[lane] = new EqualSharesFastRun(profile);
        }

        var batch = new List<int>[MaxRest];
        List<int>? previous = null;
        var reach = 1L;
        var misses = 0;
        var replays = 0L;
        var rest = 1;
        for (long index = 0; ; )
        {
            // Usually one share; after certificates kept failing at once (the outcome changes often here, or a rival
            // is close), a few consecutive shares without certificates, in parallel lanes on a large election as
            // stepping does. Each lane's shares rise, so its settled opening holds. Only speed depends on this.
            var count = rest;
            var first = index;
            var decided = RunBlock(profile, completion, runs, step, first, count, batch, ref work);
            for (var k = 0; k < (decided < 0 ? count : decided); k++)
            {
                previous = batch[k];
            }

            if (decided >= 0)
            {
                return Decided(profile, previous, batch[decided], (first + decided) * step, step);
            }

            index = first + count - 1;
            var fast = runs[(count - 1) % lanes];
            var last = index;
            fast.Force(previous!, ShareOf(profile, index * step));
            {
                // Gallop: double the jump after each certificate that holds; on a failure, jump to just before the share
                // where the failing comparison flips when it is affine, else halve the jump, down to one step.
                var jump = Math.Max(1, reach);
                replays = 0;
                while (true)
                {
                    var target = last + jump;
                    work++;
                    replays++;
                    if (fast.TryCertifyBetween(ShareOf(profile, last * step), ShareOf(profile, target * step)))
                    {
                        last = target;
                        jump = NextJump(jump, fast.Reach, jump * 2);
                        continue;
                    }

                    if (jump == 1)
                    {
                        break;
                    }

                    var crossing = fast.Crossing;
                    if (!double.IsNaN(crossing))
                    {
                        // The grid index of the crossing; the last grid share before it is the next far end to try.
                        var at = ((crossing * profile.VoterCount) - profile.Budget) / ((double)step * profile.VoterCount);
                        var before = Math.Ceiling(at) - 1 - last;
                        if (before < 1)
                        {
                            break;
                        }

                        if (before < jump)
                        {
                            jump = (long)before;
                            continue;
                        }
                    }

                    jump = Math.Min(NextJump(jump, fast.Reach, jump / 2), jump / 2);
                }

                reach = Math.Max(1, (last - index) / 2);
            }

            // A gallop that certified fewer shares than stepping would have run in the same time (one per replay on each
            // lane; a replay runs on one core) did worse than stepping: step more shares before the next one (up to
            // MaxRest), so that where certificates seldom pay (an outcome that changes every few shares) jumping costs
            // little more than stepping in lanes.
            misses = last - index < replays * lanes ? misses + 1 : 0;
            rest = misses == 0 ? 1 : Math.Min(1 << Math.Min(misses - 1, 8), MaxRest);
            index = last + 1;
        }
    }

    /// <summary>
    /// The next jump after a certificate: <paramref name="reach"/> (<see cref="EqualSharesFastRun.Reach"/>, the
    /// certificate's estimate of how far the closest rival allows, as a multiple of this jump) times a safety factor,
    /// at most four times this jump; <paramref name="otherwise"/> when there is no estimate. Only speed depends on it.
    /// </summary>
    private static long NextJump(long jump, double reach, long otherwise)
    {
        if (double.IsNaN(reach))
        {
            return otherwise;
        }

        return (long)Math.Clamp(reach * 0.95 * jump, 1, 4.0 * jump);
    }

    /// <summary>The most shares stepped without trying a certificate after certificates kept failing at once.</summary>
    private const int MaxRest = 128;

    private static double ShareOf(ApprovalProfile profile, long increment) =>
        (double)(profile.Budget + (increment * profile.VoterCount)) / profile.VoterCount;

    /// <summary>Voter types × projects from which Add1 runs shares in parallel; below it, threads cost more than they save.</summary>
    private const long ParallelWork = 200_000;

    private static List<int> OrderedLikeARun(ApprovalProfile profile, List<int> supported)
    {
        var run = EqualSharesExactRun.Run(profile, Fraction.FromInteger(profile.Budget));
        return run.Winners.Count == supported.Count ? run.Winners : supported;
    }

    /// <summary>One run at a share; in exact fractions when there is no fast run or it finds a call too close.</summary>
    private static List<int> RunOnce(ApprovalProfile profile, EqualSharesFastRun? fast, long increment)
    {
        var share = ShareOf(profile, increment);
        var exact = Share(profile, increment);
        return fast?.TryRun(share, exact) ?? EqualSharesExactRun.Run(profile, exact).Winners;
    }

    private static Fraction Share(ApprovalProfile profile, long increment) =>
        Fraction.Of(profile.Budget + (increment * (long)profile.VoterCount), profile.VoterCount);

    private static bool IsExhaustive(ApprovalProfile profile, List<int> outcome)
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

    /// <summary>How explanations name a project: its <c>name</c> column on one line, or its id when it has none.</summary>
    private static string NameOf(BudgetingProject project)
    {
        var name = project.Attribute("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            return project.Id;
        }

        return string.Join(' ', name.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static EqualSharesOutcome Describe(ApprovalProfile profile, string[] names, EqualSharesExactRun run, Fraction share, long increment)
    {
        var shareShown = share.ToDecimal();
        var results = new EqualSharesProjectResult[profile.ProjectCount];
        var funded = new HashSet<int>(run.Winners);
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            var id = profile.Ids[p];
            var name = names[p];
            var approvals = profile.Approvals[p];
            var cost = profile.Cost[p];
            if (funded.Contains(p) && cost == 0)
            {
                results[p] = new(id, approvals, EqualSharesVerdict.Funded, 0, 0m, approvals, 0, 0m, 0m, LocalizedText.Of(
                    $"«{name}» تأمین شد: هزینه‌ای ندارد و {BudgetText.Fa(approvals)} رأی‌دهنده به آن رأی موافق دادند.",
                    $"“{name}” was funded: it costs nothing and {BudgetText.En(approvals)} voters approved it."));
            }
            else if (funded.Contains(p))
            {
                var round = run.Round[p];
                var price = run.Price[p].ToDecimal();
                var full = run.FullPayers[p];
                var partial = run.PartialPayers[p];
                var partialPaid = run.PartialPaid[p].ToDecimal();
                var fa = $"«{name}» در دور {BudgetText.Fa(round)} تأمین شد: هر رأی‌دهنده با سهم {BudgetText.Fa(shareShown)} آغاز کرد؛ سهم هر حامی از هزینهٔ {BudgetText.Fa(cost)} برابر {BudgetText.Fa(price)} بود و {BudgetText.Fa(full)} حامی همین مبلغ را پرداختند";
                var en = $"“{name}” was funded in round {BudgetText.En(round)}: every voter started with a share of {BudgetText.En(shareShown)}; of its cost of {BudgetText.En(cost)}, each supporter paid {BudgetText.En(price)}, which {BudgetText.En(full)} supporters paid in full";
                if (partial > 0)
                {
                    fa += $" و {BudgetText.Fa(partial)} حامی که کمتر داشتند همهٔ باقی‌ماندهٔ خود را، روی هم {BudgetText.Fa(partialPaid)}، پرداختند";
                    en += $", and {BudgetText.En(partial)} supporters who had less left paid all they had, {BudgetText.En(partialPaid)} together";
                }

                results[p] = new(id, approvals, EqualSharesVerdict.Funded, round, price, full, partial, partialPaid, 0m, new LocalizedText(fa + ".", en + "."));
            }
            else if (approvals == 0)
            {
                results[p] = new(id, 0, EqualSharesVerdict.NoSupporters, 0, 0m, 0, 0, 0m, 0m, LocalizedText.Of(
                    $"«{name}» تأمین نشد: هیچ رأی‌دهنده‌ای به آن رأی موافق نداد.",
                    $"“{name}” was not funded: no voter approved it."));
            }
            else
            {
                var round = run.DroppedInRound[p];
                var left = run.MoneyLeft[p].ToDecimal();
                results[p] = new(id, approvals, EqualSharesVerdict.SupportersMoneyRanOut, round, 0m, 0, 0, 0m, left, LocalizedText.Of(
                    $"«{name}» تأمین نشد: هزینهٔ آن {BudgetText.Fa(cost)} بود، اما در دور {BudgetText.Fa(round)} برای {BudgetText.Fa(approvals)} حامی آن، پس از پرداخت سهمشان از طرح‌های برگزیدهٔ پیشین، روی هم تنها {BudgetText.Fa(left)} مانده بود.",
                    $"“{name}” was not funded: it cost {BudgetText.En(cost)}, but by round {BudgetText.En(round)} its {BudgetText.En(approvals)} supporters had only {BudgetText.En(left)} left together after paying their part of the projects chosen before."));
            }
        }

        var winners = run.Winners.Select(p => profile.Ids[p]).ToArray();
        return new EqualSharesOutcome(winners, profile.CostOf(run.Winners), shareShown, increment, results);
    }
}
