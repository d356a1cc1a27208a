using Microsoft.AspNetCore.Mvc.ModelBinding;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Budgeting;

/// <summary>A ballot as posted by the resident's form or the clerk's: what to send to the library, and what to show ticked again.</summary>
/// <param name="Approved">For an approval round, the ideas ticked; null for a cumulative round.</param>
/// <param name="Points">For a cumulative round, the points per idea given at least one; null for an approval round.</param>
/// <param name="Ticked">The ideas to show ticked again.</param>
/// <param name="ShownPoints">The points to show again.</param>
/// <param name="Refusal">Why the form itself could not be read (a value that is not a project or not a whole number); null when it could.</param>
public sealed record PostedBallot(
    IReadOnlyList<CitizenIdeaId>? Approved,
    IReadOnlyList<BudgetingPoints>? Points,
    IReadOnlySet<CitizenIdeaId> Ticked,
    IReadOnlyDictionary<CitizenIdeaId, int> ShownPoints,
    LocalizedText? Refusal);

/// <summary>
/// Turns the ballot form's fields into the command's input. It decides no rule of the round (how many projects, how many
/// points, who may vote): the library does. It only refuses what is not a value at all: a ticked box whose value is not
/// an id, or points that are not a whole number.
/// </summary>
public static class BallotForm
{
    public static PostedBallot Read(BudgetingRound round, IReadOnlyList<Guid>? approved, IReadOnlyDictionary<Guid, int?>? points, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(modelState);
        var unreadable = modelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList();
        if (round.BallotKind == BudgetingBallotKind.Cumulative)
        {
            var given = (points ?? new Dictionary<Guid, int?>())
                .Where(p => p.Value is { } v && v != 0)
                .Select(p => new BudgetingPoints(new CitizenIdeaId(p.Key), p.Value!.Value))
                .ToList();
            var shown = given.GroupBy(p => p.Project).ToDictionary(g => g.Key, g => g.First().Points);
            var refusal = unreadable.Any(k => k.StartsWith("Points", StringComparison.Ordinal))
                ? new LocalizedText(
                    $"امتیاز هر طرح عددی درست از ۰ تا {PersianDigits.Format(round.MaximumPointsPerProject)} است.",
                    $"Points are whole numbers from 0 to {round.MaximumPointsPerProject}.")
                : null;
            return new PostedBallot(null, given, shown.Keys.ToHashSet(), shown, refusal);
        }

        var ticked = (approved ?? []).Select(id => new CitizenIdeaId(id)).ToList();
        var notIds = unreadable.Any(k => k.StartsWith("Approved", StringComparison.Ordinal))
            ? new LocalizedText("برگهٔ رأی چیزی جز طرح‌های این دور را برگزیده است.", "The ballot chooses something that is not a project of this round.")
            : null;
        return new PostedBallot(ticked, null, ticked.ToHashSet(), new Dictionary<CitizenIdeaId, int>(), notIds);
    }

    /// <summary>The counter's text as the page first shows it (the script keeps it current as the voter ticks).</summary>
    public static string Counter(BudgetingRound round, IReadOnlySet<CitizenIdeaId> ticked, IReadOnlyDictionary<CitizenIdeaId, int> points, Texts L)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(ticked);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(L);
        var chosen = round.Projects.Where(p => round.BallotKind == BudgetingBallotKind.Cumulative ? points.GetValueOrDefault(p.IdeaId) > 0 : ticked.Contains(p.IdeaId)).ToList();
        var cost = chosen.Sum(p => p.Cost.Amount);
        if (round.BallotKind == BudgetingBallotKind.Cumulative)
        {
            var used = chosen.Sum(p => (long)points[p.IdeaId]);
            return CounterText(L, L.N(chosen.Count), L.N(cost), L.N(round.Budget.Amount), L.N(used), L.N(round.MaximumPointsPerBallot), cumulative: true, round);
        }

        return CounterText(L, L.N(chosen.Count), L.N(cost), L.N(round.Budget.Amount), "", "", cumulative: false, round);
    }

    /// <summary>
    /// The counter's template in the reader's language, with {count}, {cost}, {budget} and (cumulative) {points}, {maxPoints}
    /// placeholders; the script fills them in with the reader's digits.
    /// </summary>
    public static string Template(BudgetingRound round, Texts L)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(L);
        return CounterText(L, "{count}", "{cost}", "{budget}", "{points}", "{maxPoints}", round.BallotKind == BudgetingBallotKind.Cumulative, round);
    }

    private static string CounterText(Texts L, string count, string cost, string budget, string points, string maxPoints, bool cumulative, BudgetingRound round) =>
        cumulative
            ? L.T(
                $"{count} طرح برگزیده‌اید؛ {points} از {maxPoints} امتیاز؛ هزینهٔ آن‌ها {cost} ریال از بودجهٔ {budget} ریالی.",
                $"{count} projects chosen; {points} of {maxPoints} points used; they cost {cost} of the {budget} rials budget.")
            : L.T(
                $"{count} طرح برگزیده‌اید (از {L.N(round.MinimumProjectsPerBallot)} تا {L.N(round.MaximumProjectsPerBallot)})؛ هزینهٔ آن‌ها {cost} ریال از بودجهٔ {budget} ریالی.",
                $"{count} projects chosen ({L.N(round.MinimumProjectsPerBallot)} to {L.N(round.MaximumProjectsPerBallot)} allowed); they cost {cost} of the {budget} rials budget.");
}
