using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Comments;

/// <summary>
/// The charter's settings for comments: how long an author may still edit what they posted. Part of
/// <see cref="GovernanceCharter"/> as <c>Comments</c>. Reports hide a comment under the same rule as an idea, the
/// charter's <c>Ideas.ReportsToHide</c>.
/// </summary>
/// <remarks>
/// A short window (15 minutes by default, about what Decidim and most forums allow) lets an author fix a slip without
/// letting them rewrite what others already answered. An immutable value; thread-safe.
/// </remarks>
public sealed record CommentRules
{
    /// <summary>Minutes after posting during which the author may edit a comment. Default 15. Allowed 0–1440; 0 turns editing off.</summary>
    public int EditWindowMinutes { get; init; } = 15;

    /// <summary>The edit window as an elapsed time.</summary>
    public NodaTime.Duration EditWindow => NodaTime.Duration.FromMinutes(EditWindowMinutes);

    /// <summary>Checks every setting, adding a violation named <c>charter.Comments.&lt;Setting&gt;</c> for each broken one.</summary>
    /// <param name="errors">The list to add to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public void Validate(List<RuleViolation> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (EditWindowMinutes is < 0 or > 1440)
        {
            const string field = "Comments." + nameof(EditWindowMinutes);
            errors.Add(RuleViolation.Of(
                CharterRuleIds.Prefix + field,
                $"دقیقه‌های مهلت ویرایش نظر باید از ۰ تا ۱٬۴۴۰ باشد؛ اکنون {PersianDigits.Format(EditWindowMinutes)} است.",
                $"{field} (minutes in which an author may edit a comment) must be from 0 to 1440; it is {EditWindowMinutes}."));
        }
    }
}
