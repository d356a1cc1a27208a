using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// The youth-mayor settings of a <see cref="GovernanceCharter"/> beyond the cohort, age window, seats, team size and
/// urban fields the charter already holds: where team members must live, and who may vote when youth mayors are
/// elected (<see cref="YouthMayorSelection.Election"/>).
/// </summary>
/// <remarks>An immutable value; change a setting with a <c>with</c> expression. Thread-safe. The defaults are Rafsanjan's.</remarks>
public sealed record YouthMayorRules
{
    /// <summary>
    /// Whether a youth mayor's team members must live in the youth mayor's neighbourhood. Default <see langword="true"/>:
    /// the campaign hands each neighbourhood's management to its own teenagers, and the team works in that
    /// neighbourhood.
    /// </summary>
    public bool TeamMembersFromOwnNeighbourhood { get; init; } = true;

    /// <summary>
    /// The ages, on the day a youth-mayor poll opens, at which a resident of the neighbourhood may vote. Default 12–23,
    /// the same as the charter's default window for applicants (Lewisham's young-mayor scheme uses 11–17). Allowed within 6–29.
    /// </summary>
    public AgeWindow VoterAgeWindow { get; init; } = new(12, 23);

    /// <summary>Checks the settings, adding a violation named <c>charter.YouthMayors.&lt;Field&gt;</c> for each broken rule.</summary>
    /// <param name="rules">The settings; a missing record is itself a violation.</param>
    /// <param name="errors">The list the violations are added to.</param>
    internal static void Validate(YouthMayorRules? rules, List<RuleViolation> errors)
    {
        if (rules is null)
        {
            errors.Add(RuleViolation.Of(
                CharterRuleIds.YouthMayors,
                "تنظیمات شهردار نوجوان تعیین نشده است.",
                "YouthMayors is required; start from new YouthMayorRules() for Rafsanjan's settings."));
            return;
        }

        rules.Validate(errors);
    }

    private void Validate(List<RuleViolation> errors)
    {
        const string Field = CharterRuleIds.YouthMayorsPrefix + nameof(VoterAgeWindow);
        if (VoterAgeWindow is null)
        {
            errors.Add(RuleViolation.Of(Field, "بازهٔ سنی رأی‌دهندگان تعیین نشده است.", "YouthMayors.VoterAgeWindow is required."));
            return;
        }

        foreach (var (part, value, persian) in new[]
        {
            (nameof(AgeWindow.MinimumAge), VoterAgeWindow.MinimumAge, "کمترین سن رأی‌دهندگان"),
            (nameof(AgeWindow.MaximumAge), VoterAgeWindow.MaximumAge, "بیشترین سن رأی‌دهندگان"),
        })
        {
            if (value is < 6 or > 29)
            {
                errors.Add(RuleViolation.Of(
                    Field + "." + part,
                    $"{persian} باید از ۶ تا ۲۹ باشد؛ اکنون {PersianDigits.Format(value)} است.",
                    $"YouthMayors.VoterAgeWindow.{part} must be from 6 to 29; it is {value}."));
            }
        }

        if (VoterAgeWindow.MinimumAge > VoterAgeWindow.MaximumAge)
        {
            errors.Add(RuleViolation.Of(
                Field,
                "کمترین سن رأی‌دهندگان نباید از بیشترین سن بیشتر باشد.",
                $"YouthMayors.VoterAgeWindow must not start after it ends; it runs from {VoterAgeWindow.MinimumAge} to {VoterAgeWindow.MaximumAge}."));
        }
    }
}
