using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Ideas;

/// <summary>
/// The charter's settings for citizen ideas: how much support moves an idea to review on its own, within how long,
/// and how many reports hide it pending a moderator. Part of <see cref="Municipalities.GovernanceCharter"/> as
/// <c>Ideas</c>.
/// </summary>
/// <remarks>
/// <para>
/// The report gives no figures for these; the defaults are chosen for Rafsanjan and explained in
/// <c>docs/decisions/0005-citizen-idea-lifecycle.md</c>: 100 endorsements within 90 days (CONSUL's rule, scaled to a
/// neighbourhood of a few thousand residents), and hidden after 3 reports (Decidim's default).
/// </para>
/// <para>An immutable value; thread-safe. Change a setting with a <c>with</c> expression and validate the charter.</para>
/// </remarks>
public sealed record IdeaRules
{
    /// <summary>
    /// The endorsements that move a submitted idea to review without waiting for an official, when they come within
    /// <see cref="SupportWindowDays"/> of its submission. Default 100. Allowed 1–1,000,000.
    /// </summary>
    public int SupportThreshold { get; init; } = 100;

    /// <summary>The days after submission within which endorsements count toward <see cref="SupportThreshold"/>. Default 90. Allowed 1–730.</summary>
    public int SupportWindowDays { get; init; } = 90;

    /// <summary>The reports from different residents after which an idea is hidden until a moderator decides. Default 3. Allowed 1–100.</summary>
    public int ReportsToHide { get; init; } = 3;

    /// <summary>The support window as an elapsed time: <see cref="SupportWindowDays"/> days of 24 hours.</summary>
    public NodaTime.Duration SupportWindow => NodaTime.Duration.FromDays(SupportWindowDays);

    /// <summary>Checks every setting, adding a violation named <c>charter.Ideas.&lt;Setting&gt;</c> for each broken one.</summary>
    /// <param name="errors">The list to add to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public void Validate(List<RuleViolation> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Range(errors, nameof(SupportThreshold), SupportThreshold, 1, 1_000_000, "آستانهٔ حمایت از ایده", "endorsements that move an idea to review");
        Range(errors, nameof(SupportWindowDays), SupportWindowDays, 1, 730, "روزهای مهلت حمایت", "days in the support window");
        Range(errors, nameof(ReportsToHide), ReportsToHide, 1, 100, "گزارش‌های لازم برای پنهان کردن ایده", "reports that hide an idea");
    }

    private static void Range(List<RuleViolation> errors, string setting, int value, int min, int max, string persianName, string englishName)
    {
        if (value < min || value > max)
        {
            var field = "Ideas." + setting;
            errors.Add(RuleViolation.Of(
                CharterRuleIds.Prefix + field,
                $"{persianName} باید از {PersianDigits.Format(min)} تا {PersianDigits.Format(max)} باشد؛ اکنون {PersianDigits.Format(value)} است.",
                $"{field} ({englishName}) must be from {min} to {max}; it is {value}."));
        }
    }
}
