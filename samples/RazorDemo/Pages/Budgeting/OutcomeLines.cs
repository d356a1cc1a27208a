using System.Text.RegularExpressions;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Budgeting;

/// <summary>
/// The one line the outcome table says about a project under each rule. The library's explanation is used when it is
/// one short line that names no other project by its id; otherwise (older stored outcomes list the ids of every project
/// funded before, hundreds of characters long) the line is made from the verdict's own figures, so a row stays a row.
/// The project's page shows the library's full explanation, with project ids replaced by titles.
/// </summary>
public static partial class OutcomeLines
{
    /// <summary>The longest library explanation shown as it is in the table.</summary>
    public const int MaxLineLength = 160;

    public static string Greedy(GreedyProjectResult result, BudgetingRoundDisplay round, Texts L)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(L);
        if (Usable(L.T(result.Explanation)) is { } line)
        {
            return line;
        }

        var cost = round.ProjectOf(result.ProjectId)?.Cost.Amount ?? 0;
        var votes = round.IsCumulative ? L.T($"{L.N(result.Approvals)} امتیاز", $"{L.N(result.Approvals)} points") : L.T($"{L.N(result.Approvals)} رأی", $"{L.N(result.Approvals)} votes");
        return result.Verdict switch
        {
            GreedyVerdict.Funded => L.T($"تأمین شد: رتبهٔ {L.N(result.Rank)} با {votes}.", $"Funded: ranked {L.N(result.Rank)} with {votes}."),
            GreedyVerdict.DidNotFit => L.T(
                $"تأمین نشد: در نوبتش (رتبهٔ {L.N(result.Rank)}) {L.N(round.Round.Budget.Amount - result.BudgetUsedBefore)} ریال مانده بود و هزینه‌اش {L.N(cost)} ریال است.",
                $"Not funded: when its turn came (rank {L.N(result.Rank)}) {L.N(round.Round.Budget.Amount - result.BudgetUsedBefore)} rials were left; it costs {L.N(cost)}."),
            GreedyVerdict.CountStopped => L.T("تأمین نشد: شمارش پیش از نوبت آن، در طرحی که نگنجید، متوقف شد.", "Not funded: the count stopped, before its turn, at a project that did not fit."),
            _ when result.Approvals == 0 => NobodyVoted(L),
            _ => L.T($"تأمین نشد: {votes} کمتر از حد لازم است.", $"Not funded: {votes} is below the threshold."),
        };
    }

    public static string EqualShares(EqualSharesProjectResult result, BudgetingRoundDisplay round, Texts L)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(L);
        if (Usable(L.T(result.Explanation)) is { } line)
        {
            return line;
        }

        var cost = round.ProjectOf(result.ProjectId)?.Cost.Amount ?? 0;
        return result.Verdict switch
        {
            EqualSharesVerdict.Funded when result.Round == 0 => L.T("تأمین شد: هزینه‌ای ندارد.", "Funded: it costs nothing."),
            EqualSharesVerdict.Funded => L.T(
                $"تأمین شد در دور {L.N(result.Round)}: هر حامی حداکثر {L.N(Rials(result.PricePerSupporter))} ریال پرداخت.",
                $"Funded in round {L.N(result.Round)}: each supporter paid at most {L.N(Rials(result.PricePerSupporter))} rials."),
            EqualSharesVerdict.SupportersMoneyRanOut => L.T(
                $"تأمین نشد: {L.N(result.Approvals)} حامی آن روی هم {L.N(Rials(result.MoneyLeft))} ریال داشتند، کمتر از هزینهٔ {L.N(cost)} ریالی آن.",
                $"Not funded: its {L.N(result.Approvals)} supporters had {L.N(Rials(result.MoneyLeft))} rials left together, less than its cost of {L.N(cost)}."),
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

    private static string NobodyVoted(Texts L) => L.T("تأمین نشد: کسی به آن رأی نداد.", "Not funded: nobody voted for it.");

    private static string? Usable(string explanation) =>
        explanation.Length is > 0 and <= MaxLineLength && !explanation.Contains('\n', StringComparison.Ordinal) && !LooksLikeId().IsMatch(explanation)
            ? explanation
            : null;

    // The start of a GUID, in Latin or Persian digits.
    [GeneratedRegex("[0-9a-fA-F۰-۹]{8}-[0-9a-fA-F۰-۹]{4}-", RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikeId();
}
