using System.Text.RegularExpressions;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Budgeting;

/// <summary>
/// The one short line the outcome table says about a project under each rule, made from the verdict's own figures, so
/// that a row stays a row on a phone too. The library's explanations are whole paragraphs (and older stored outcomes
/// list the ids of every project funded before, hundreds of characters long); the project's page shows them in full,
/// with project ids replaced by titles.
/// </summary>
public static partial class OutcomeLines
{
    public static string Greedy(GreedyProjectResult result, BudgetingRoundDisplay round, Texts L)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(L);
        var cost = round.ProjectOf(result.ProjectId)?.Cost.Amount ?? 0;
        var left = round.Round.Budget.Amount - result.BudgetUsedBefore;
        return result.Verdict switch
        {
            GreedyVerdict.Funded => L.T($"رتبهٔ {L.N(result.Rank)}.", $"Rank {L.N(result.Rank)}."),
            GreedyVerdict.DidNotFit => L.T(
                $"رتبهٔ {L.N(result.Rank)}؛ در نوبتش {L.N(left)} ریال مانده بود، کمتر از هزینه‌اش.",
                $"Rank {L.N(result.Rank)}; only {L.N(left)} rials were left at its turn, less than its cost."),
            GreedyVerdict.CountStopped => L.T("شمارش پیش از نوبتش متوقف شد.", "The count stopped before its turn."),
            _ when result.Approvals == 0 => NobodyVoted(L),
            _ => L.T("رأی‌هایش کمتر از حد لازم است.", "Below the vote threshold."),
        };
    }

    public static string EqualShares(EqualSharesProjectResult result, BudgetingRoundDisplay round, Texts L)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(L);
        return result.Verdict switch
        {
            EqualSharesVerdict.Funded when result.Round == 0 => L.T("هزینه‌ای ندارد.", "It costs nothing."),
            EqualSharesVerdict.Funded => L.T(
                $"دور {L.N(result.Round)}؛ هر حامی حداکثر {L.N(Rials(result.PricePerSupporter))} ریال.",
                $"Round {L.N(result.Round)}; each supporter paid at most {L.N(Rials(result.PricePerSupporter))} rials."),
            EqualSharesVerdict.SupportersMoneyRanOut => L.T(
                $"حامیانش روی هم {L.N(Rials(result.MoneyLeft))} ریال داشتند، کمتر از هزینه‌اش.",
                $"Its supporters had {L.N(Rials(result.MoneyLeft))} rials left together, less than its cost."),
            _ => NobodyVoted(L),
        };
    }

    /// <summary>The library's explanation for the project's page: whole, with every project id replaced by its title.</summary>
    public static string Readable(LocalizedText explanation, BudgetingRoundDisplay round, Texts L)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(L);
        var text = L.T(explanation);
        if (!LooksLikeId().IsMatch(text))
        {
            return text;
        }

        foreach (var project in round.Round.Projects)
        {
            // Persian text carries ids with Persian digits.
            var title = "«" + project.Title + "»";
            text = text.Replace(project.ProjectId, title, StringComparison.OrdinalIgnoreCase)
                .Replace(PersianDigits.ToPersian(project.ProjectId), title, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    /// <summary>Rials for display, rounded to whole rials (decisions used exact fractions).</summary>
    private static long Rials(decimal amount) => (long)Math.Round(amount, MidpointRounding.AwayFromZero);

    private static string NobodyVoted(Texts L) => L.T("کسی به آن رأی نداد.", "Nobody voted for it.");

    // The start of a GUID, in Latin or Persian digits.
    [GeneratedRegex("[0-9a-fA-F۰-۹]{8}-[0-9a-fA-F۰-۹]{4}-", RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikeId();
}
