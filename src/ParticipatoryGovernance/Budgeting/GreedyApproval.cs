using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// The greedy rule cities use most (CONSUL and most pabulib cities fund this way): score each project, go through the
/// projects from the highest score down, and fund each one that still fits in what is left of the budget.
/// </summary>
/// <remarks>
/// <para>
/// A project's score is <see cref="BudgetingElection.CountScores"/>: its approvals on approval and choose-1 ballots, the
/// sum of its points on cumulative ballots, and on ordinal ballots the sum of the ballots' points (or, for a ballot
/// without points, <c>n</c> for the first of <c>n</c> ranked projects down to 1), which is the <c>score</c> column of
/// pabulib's ordinal and cumulative files. Ties in score are ordered by project id in ordinal order unless
/// <see cref="GreedyOptions.TieBreak"/> says otherwise. A project with no support is funded if it still fits when its
/// turn comes, as in pabutools and the pabulib checker. All arithmetic is on whole minor units.
/// </para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class GreedyApproval
{
    /// <summary>The projects plain greedy funds: highest score first, each one that still fits, ties by project id.</summary>
    /// <param name="election">The election.</param>
    /// <returns>The funded project ids in count order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    public static IReadOnlyList<string> Select(BudgetingElection election) => Explain(election, GreedyOptions.Plain).Funded;

    /// <summary>The projects a greedy variant funds.</summary>
    /// <param name="election">The election.</param>
    /// <param name="options">The variant.</param>
    /// <returns>The funded project ids in count order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="Explain"/>).</exception>
    public static IReadOnlyList<string> Select(BudgetingElection election, GreedyOptions options) => Explain(election, options).Funded;

    /// <summary>Runs a greedy variant and explains, for every project, why it was or was not funded.</summary>
    /// <param name="election">The election.</param>
    /// <param name="options">The variant; plain greedy when null.</param>
    /// <returns>The outcome with one result per project.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="GreedyOptions.TieBreak"/> is not a defined value, or
    /// <see cref="GreedyOptions.FundStoppingProjectFromPercent"/> is outside 1 to 100.</exception>
    public static GreedyOutcome Explain(BudgetingElection election, GreedyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(election);
        options ??= GreedyOptions.Plain;
        if (!Enum.IsDefined(options.TieBreak))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.TieBreak, "Unknown tie-break.");
        }

        if (options.FundStoppingProjectFromPercent is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.FundStoppingProjectFromPercent, "The percentage must be between 1 and 100.");
        }

        var projects = election.Projects;
        var approvals = election.CountApprovals();
        var scores = election.CountScores();
        var order = Enumerable.Range(0, projects.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byScore = scores[b].CompareTo(scores[a]);
            if (byScore != 0)
            {
                return byScore;
            }

            return options.TieBreak == GreedyTieBreak.ProjectId
                ? string.CompareOrdinal(projects[a].Id, projects[b].Id)
                : a.CompareTo(b);
        });

        var words = new Words(election);
        var results = new GreedyProjectResult[projects.Count];
        var funded = new List<string>();
        var budget = election.Budget;
        long spent = 0;
        var rank = 0;
        int? stoppedAt = null;
        foreach (var index in order)
        {
            var project = projects[index];
            var score = scores[index];
            GreedyProjectResult Result(int place, GreedyVerdict verdict, string[] before, string fa, LocalizedTemplate en) =>
                new(project.Id, approvals[index], score, place, verdict, spent, before, LocalizedText.Of(fa, en));

            if (options.Excluded.Contains(project.Id))
            {
                results[index] = Result(0, GreedyVerdict.Excluded, [],
                    "تأمین نشد: از شمارش کنار گذاشته شد (پس گرفته شد یا با طرحی که انتخاب شد ناسازگار بود).",
                    "Not funded: it was left out of the count (withdrawn, or in conflict with a project that was chosen).");
                continue;
            }

            if (options.MinimumScore is { } threshold && score < threshold)
            {
                results[index] = Result(0, GreedyVerdict.BelowThreshold, [],
                    $"تأمین نشد: {words.Fa(score)} داشت، کمتر از حد نصاب {words.Fa(threshold)}.",
                    $"Not funded: it had {words.En(score)}, fewer than the {words.En(threshold)} required.");
                continue;
            }

            rank++;
            var before = funded.ToArray();
            var left = budget - spent;
            if (stoppedAt is { } stopper)
            {
                var name = election.NameOf(stopper);
                results[index] = Result(rank, GreedyVerdict.CountStopped, before,
                    $"تأمین نشد: شمارش در طرح «{name}» متوقف شد که در بودجهٔ باقی‌مانده نمی‌گنجید.",
                    $"Not funded: the count stopped at \"{name}\", which did not fit in what was left of the budget.");
                continue;
            }

            if (project.Cost <= left)
            {
                results[index] = Result(rank, GreedyVerdict.Funded, before,
                    $"تأمین شد: با {words.Fa(score)} رتبهٔ {BudgetText.Fa(rank)} را داشت؛ هزینهٔ آن {words.FaMoney(project.Cost)} بود و هنگام نوبتش {words.FaMoney(left)} از بودجه مانده بود.",
                    $"Funded: with {words.En(score)} it was number {BudgetText.En(rank)} in the count; it cost {words.EnMoney(project.Cost)} and {words.EnMoney(left)} was left when its turn came.");
                funded.Add(project.Id);
                spent = checked(spent + project.Cost);
                continue;
            }

            if (options.StopAtFirstMisfit)
            {
                stoppedAt = index;
                if (options.FundStoppingProjectFromPercent is { } percent && (decimal)left * 100 >= (decimal)project.Cost * percent)
                {
                    results[index] = Result(rank, GreedyVerdict.FundedFromReserve, before,
                        $"تأمین شد از ذخیره: هزینهٔ آن {words.FaMoney(project.Cost)} بود و تنها {words.FaMoney(left)} مانده بود، اما این دست‌کم {BudgetText.Fa(percent)}٪ هزینه بود و باقی از ذخیره آمد.",
                        $"Funded from reserve funds: it cost {words.EnMoney(project.Cost)} and only {words.EnMoney(left)} was left, but that covered at least {BudgetText.En(percent)}% of its cost; the rest came from reserves.");
                    funded.Add(project.Id);
                    spent = checked(spent + project.Cost);
                    continue;
                }
            }

            results[index] = Result(rank, GreedyVerdict.DidNotFit, before,
                $"تأمین نشد: هزینهٔ آن {words.FaMoney(project.Cost)} بود اما هنگام نوبتش تنها {words.FaMoney(left)} از بودجه مانده بود.",
                $"Not funded: it cost {words.EnMoney(project.Cost)} but only {words.EnMoney(left)} was left when its turn came.");
        }

        return new GreedyOutcome(funded.AsReadOnly(), spent, results);
    }

    /// <summary>How the explanations word scores and money for the election's ballots and decimals.</summary>
    private sealed class Words(BudgetingElection election)
    {
        private readonly bool _points = election.VoteType is BudgetingVoteType.Cumulative or BudgetingVoteType.Ordinal;

        /// <summary>The score with its noun, a text of its own so that other languages name it too.</summary>
        public LocalizedText En(long score) => _points
            ? LocalizedText.Of($"{BudgetText.Fa(score)} امتیاز", $"{BudgetText.En(score)} points")
            : LocalizedText.Of($"{BudgetText.Fa(score)} رأی موافق", $"{BudgetText.En(score)} approvals");

        public string Fa(long score) => _points ? $"{BudgetText.Fa(score)} امتیاز" : $"{BudgetText.Fa(score)} رأی موافق";

        public string EnMoney(long amount) => BudgetText.EnAmount(amount, election.Decimals);

        public string FaMoney(long amount) => BudgetText.FaAmount(amount, election.Decimals);
    }
}
