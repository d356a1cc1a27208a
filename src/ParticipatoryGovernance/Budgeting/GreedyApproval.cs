using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// The greedy rule cities use most (CONSUL funds this way): count each project's approvals, go through the projects
/// from the most approved down, and fund each one that still fits in what is left of the budget.
/// </summary>
/// <remarks>
/// <para>
/// Ties in approvals are ordered by project id in ordinal order unless <see cref="GreedyOptions.TieBreak"/> says
/// otherwise. A project with no approvals is funded if it still fits when its turn comes, as in pabutools and the
/// pabulib checker. All arithmetic is on whole currency units.
/// </para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class GreedyApproval
{
    /// <summary>The projects plain greedy funds: most approved first, each one that still fits, ties by project id.</summary>
    /// <param name="election">The election.</param>
    /// <returns>The funded project ids in count order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    public static IReadOnlyList<string> Select(BudgetingElection election) => Explain(election, GreedyOptions.Plain).Funded;

    /// <summary>The projects a greedy variant funds.</summary>
    /// <param name="election">The election.</param>
    /// <param name="options">The variant.</param>
    /// <returns>The funded project ids in count order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<string> Select(BudgetingElection election, GreedyOptions options) => Explain(election, options).Funded;

    /// <summary>Runs a greedy variant and explains, for every project, why it was or was not funded.</summary>
    /// <param name="election">The election.</param>
    /// <param name="options">The variant; plain greedy when null.</param>
    /// <returns>The outcome with one result per project.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="GreedyOptions.TieBreak"/> is not a defined value.</exception>
    public static GreedyOutcome Explain(BudgetingElection election, GreedyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(election);
        options ??= GreedyOptions.Plain;
        if (!Enum.IsDefined(options.TieBreak))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.TieBreak, "Unknown tie-break.");
        }

        var projects = election.Projects;
        var approvals = election.CountApprovals();
        var order = Enumerable.Range(0, projects.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byApprovals = approvals[b].CompareTo(approvals[a]);
            if (byApprovals != 0)
            {
                return byApprovals;
            }

            return options.TieBreak == GreedyTieBreak.ProjectId
                ? string.CompareOrdinal(projects[a].Id, projects[b].Id)
                : a.CompareTo(b);
        });

        var results = new GreedyProjectResult[projects.Count];
        var funded = new List<string>();
        var budget = election.Budget;
        long spent = 0;
        var rank = 0;
        string? stoppedAt = null;
        foreach (var index in order)
        {
            var project = projects[index];
            var count = approvals[index];
            if (options.MinimumApprovals is { } threshold && count < threshold)
            {
                results[index] = new(project.Id, count, 0, GreedyVerdict.BelowThreshold, spent, funded.ToArray(), new LocalizedText(
                    $"تأمین نشد: {BudgetText.Fa(count)} رأی موافق داشت، کمتر از حد نصاب {BudgetText.Fa(threshold)} رأی.",
                    $"Not funded: it had {BudgetText.En(count)} approvals, fewer than the {BudgetText.En(threshold)} required."));
                continue;
            }

            rank++;
            var before = funded.ToArray();
            if (stoppedAt is not null)
            {
                results[index] = new(project.Id, count, rank, GreedyVerdict.CountStopped, spent, before, new LocalizedText(
                    $"تأمین نشد: شمارش در طرح {BudgetText.FaList([stoppedAt])} که در بودجهٔ باقی‌مانده نمی‌گنجید متوقف شد.",
                    $"Not funded: the count stopped at project {stoppedAt}, which did not fit in what was left of the budget."));
                continue;
            }

            if (project.Cost <= budget - spent)
            {
                results[index] = new(project.Id, count, rank, GreedyVerdict.Funded, spent, before, new LocalizedText(
                    $"تأمین شد: با {BudgetText.Fa(count)} رأی موافق رتبهٔ {BudgetText.Fa(rank)} را داشت؛ هزینهٔ آن {BudgetText.Fa(project.Cost)} بود و پیش از آن {BudgetText.Fa(spent)} از بودجهٔ {BudgetText.Fa(budget)} خرج شده بود.",
                    $"Funded: with {BudgetText.En(count)} approvals it was number {BudgetText.En(rank)} in the count; it cost {BudgetText.En(project.Cost)}, and {BudgetText.En(spent)} of the budget of {BudgetText.En(budget)} had been used before it."));
                funded.Add(project.Id);
                spent += project.Cost;
                continue;
            }

            var left = budget - spent;
            results[index] = new(project.Id, count, rank, GreedyVerdict.DidNotFit, spent, before, new LocalizedText(
                $"تأمین نشد: هزینهٔ آن {BudgetText.Fa(project.Cost)} بود، اما طرح‌هایی که پیش از آن تأمین شدند ({BudgetText.FaList(before)}) {BudgetText.Fa(spent)} از بودجهٔ {BudgetText.Fa(budget)} را خرج کرده بودند و تنها {BudgetText.Fa(left)} مانده بود.",
                $"Not funded: it cost {BudgetText.En(project.Cost)}, but the projects funded before it ({BudgetText.EnList(before)}) had already used {BudgetText.En(spent)} of the budget of {BudgetText.En(budget)}, leaving {BudgetText.En(left)}."));
            if (options.StopAtFirstMisfit)
            {
                stoppedAt = project.Id;
            }
        }

        return new GreedyOutcome(funded.AsReadOnly(), spent, results);
    }
}
