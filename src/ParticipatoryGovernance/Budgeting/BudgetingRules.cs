using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// The charter's settings for participatory budgeting rounds: who may vote and how many projects a ballot approves.
/// Part of <see cref="Municipalities.GovernanceCharter"/> as <c>Budgeting</c>.
/// </summary>
/// <remarks>
/// <para>
/// The report gives no figures for budgeting; the defaults are chosen for Rafsanjan: residents aged 18 or more on the
/// day voting opens (the age of majority), a ballot of 1 to 5 projects (Polish cities allow 1–5 or 1–10; Assen and
/// Wieliczka let voters approve any number).
/// </para>
/// <para>An immutable value; thread-safe. Change a setting with a <c>with</c> expression and validate the charter.</para>
/// </remarks>
public sealed record BudgetingRules
{
    /// <summary>The youngest age, on the day voting opens, at which a resident of the round's area may vote. Default 18. Allowed 6–30.</summary>
    public int MinimumVoterAge { get; init; } = 18;

    /// <summary>The fewest projects a ballot must approve. Default 1. Allowed 1–<see cref="MaximumProjectsPerBallot"/>.</summary>
    public int MinimumProjectsPerBallot { get; init; } = 1;

    /// <summary>The most projects a ballot may approve. Default 5. Allowed 1–1,000.</summary>
    public int MaximumProjectsPerBallot { get; init; } = 5;

    /// <summary>
    /// Rials added to every voter's budget at each step of Equal Shares' Add1 completion. Default 10,000 rials (1,000
    /// tomans): one-rial steps, as Add1 takes in euros or złoty, would mean millions of runs for a rial budget. From 1 to
    /// 1,000,000,000.
    /// </summary>
    public long Add1StepPerVoter { get; init; } = 10_000;

    /// <summary>What ballots say: approvals (the default) or cumulative points. Copied into a round when it opens.</summary>
    public BudgetingBallotKind BallotKind { get; init; } = BudgetingBallotKind.Approval;

    /// <summary>For cumulative ballots, the most points one project may get from one ballot. Default 3. Allowed 1–100.</summary>
    public int MaximumPointsPerProject { get; init; } = 3;

    /// <summary>For cumulative ballots, the most points one ballot may give in all. Default 10. Allowed <see cref="MaximumPointsPerProject"/>–10,000.</summary>
    public int MaximumPointsPerBallot { get; init; } = 10;

    /// <summary>
    /// Whether the results so far are shown while voting is open. Default <see langword="true"/>; a city that fears the
    /// running count sways late voters sets it to <see langword="false"/>, and results appear once voting closes.
    /// </summary>
    public bool ShowResultsWhileVoting { get; init; } = true;

    /// <summary>Checks every setting, adding a violation named <c>charter.Budgeting.&lt;Setting&gt;</c> for each broken one.</summary>
    /// <param name="errors">The list to add to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public void Validate(List<RuleViolation> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Add1StepPerVoter is < 1 or > 1_000_000_000)
        {
            errors.Add(RuleViolation.Of(
                CharterRuleIds.BudgetingAdd1StepPerVoter,
                $"گام افزایش سهم هر رأی‌دهنده در تکمیل روش سهم برابر باید از ۱ تا {PersianDigits.Format(1_000_000_000)} ریال باشد؛ اکنون {PersianDigits.Format(Add1StepPerVoter)} است.",
                $"Budgeting.Add1StepPerVoter (rials added to each voter's share per Add1 step) must be from 1 to 1000000000; it is {Add1StepPerVoter}."));
        }

        Range(errors, nameof(MinimumVoterAge), MinimumVoterAge, 6, 30, "کمترین سن رأی‌دهندگان بودجه", "youngest voting age");
        Range(errors, nameof(MaximumProjectsPerBallot), MaximumProjectsPerBallot, 1, 1000, "بیشترین طرح‌های هر برگهٔ رأی", "most projects a ballot approves");
        if (!Enum.IsDefined(BallotKind))
        {
            errors.Add(RuleViolation.Of(
                CharterRuleIds.Prefix + "Budgeting." + nameof(BallotKind),
                "نوع برگهٔ رأی بودجه باید تأییدی (Approval) یا امتیازی (Cumulative) باشد.",
                $"Budgeting.BallotKind must be Approval or Cumulative; it is {(int)BallotKind}."));
        }

        Range(errors, nameof(MaximumPointsPerProject), MaximumPointsPerProject, 1, 100, "بیشترین امتیاز هر طرح در یک برگه", "most points a ballot gives one project");
        Range(errors, nameof(MaximumPointsPerBallot), MaximumPointsPerBallot, Math.Clamp(MaximumPointsPerProject, 1, 100), 10_000, "بیشترین امتیاز هر برگه", "most points a ballot gives in all");
        Range(errors, nameof(MinimumProjectsPerBallot), MinimumProjectsPerBallot, 1, Math.Max(1, MaximumProjectsPerBallot), "کمترین طرح‌های هر برگهٔ رأی", "fewest projects a ballot approves");
    }

    private static void Range(List<RuleViolation> errors, string setting, int value, int min, int max, string persianName, string englishName)
    {
        if (value < min || value > max)
        {
            var field = "Budgeting." + setting;
            errors.Add(RuleViolation.Of(
                CharterRuleIds.Prefix + field,
                $"{persianName} باید از {PersianDigits.Format(min)} تا {PersianDigits.Format(max)} باشد؛ اکنون {PersianDigits.Format(value)} است.",
                $"{field} ({englishName}) must be from {min} to {max}; it is {value}."));
        }
    }
}
