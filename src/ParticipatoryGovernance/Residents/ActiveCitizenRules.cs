using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Residents;

/// <summary>"Attended at least <paramref name="MinimumAttended"/> of the last <paramref name="OfLastMeetings"/> meetings of their neighbourhood."</summary>
/// <param name="MinimumAttended">Meetings the resident must have attended.</param>
/// <param name="OfLastMeetings">How many of the neighbourhood's latest held meetings are looked at.</param>
public sealed record MeetingAttendanceRule(int MinimumAttended, int OfLastMeetings);

/// <summary>"Did something at least <paramref name="MinimumCount"/> times in the last <paramref name="WithinDays"/> days."</summary>
/// <param name="MinimumCount">How many times.</param>
/// <param name="WithinDays">The look-back window in days, ending on the assessment date.</param>
public sealed record RecentActivityRule(int MinimumCount, int WithinDays);

/// <summary>
/// The charter's rules for who counts as an active, dynamic citizen (شهروند پویا و فعال) of a neighbourhood: the
/// output of phase 2 and the pool councils are formed from. A resident is active when any enabled rule holds.
/// </summary>
/// <remarks>Immutable and thread-safe. Set a rule to <see langword="null"/> (or <see langword="false"/>) to turn it off.</remarks>
public sealed record ActiveCitizenRules
{
    /// <summary>Rule identifier of <see cref="MeetingAttendance"/>.</summary>
    public const string MeetingAttendanceRuleId = "meeting-attendance";

    /// <summary>Rule identifier of <see cref="ImplementedIdeaQualifies"/>.</summary>
    public const string ImplementedIdeaRuleId = "implemented-idea";

    /// <summary>Rule identifier of <see cref="IdeasSubmitted"/>.</summary>
    public const string IdeasSubmittedRuleId = "ideas-submitted";

    /// <summary>Rule identifier of <see cref="IdeasEndorsed"/>.</summary>
    public const string IdeasEndorsedRuleId = "ideas-endorsed";

    /// <summary>Rule identifier of <see cref="CommentsPosted"/>.</summary>
    public const string CommentsPostedRuleId = "comments-posted";

    /// <summary>Rule identifier of <see cref="RoleHolderQualifies"/>.</summary>
    public const string RoleHeldRuleId = "role-held";

    /// <summary>Attended at least N of the last M meetings of their neighbourhood. Default 3 of the last 6.</summary>
    public MeetingAttendanceRule? MeetingAttendance { get; init; } = new(3, 6);

    /// <summary>Submitted an idea that was implemented, or carried one out. Default on.</summary>
    public bool ImplementedIdeaQualifies { get; init; } = true;

    /// <summary>Submitted at least N ideas in the last D days. Default 2 in 365 days.</summary>
    public RecentActivityRule? IdeasSubmitted { get; init; } = new(2, 365);

    /// <summary>Endorsed at least N ideas in the last D days. Default 10 in 180 days.</summary>
    public RecentActivityRule? IdeasEndorsed { get; init; } = new(10, 180);

    /// <summary>
    /// Posted at least N comments or replies (not hidden by moderation) in the last D days. Default 20 in 180 days: a
    /// comment is less than an endorsement's commitment but more than a click, so twice the endorsements' count.
    /// </summary>
    public RecentActivityRule? CommentsPosted { get; init; } = new(20, 180);

    /// <summary>Holds or held in the last year a council seat, a youth-mayor post or a youth-team seat. Default on.</summary>
    public bool RoleHolderQualifies { get; init; } = true;

    internal void Validate(List<RuleViolation> errors)
    {
        const string prefix = CharterRuleIds.ActiveCitizensPrefix;
        if (MeetingAttendance is { } attendance)
        {
            if (attendance.OfLastMeetings is < 1 or > 100)
            {
                errors.Add(RuleViolation.Of(
                    prefix + "MeetingAttendance.OfLastMeetings",
                    $"شمار جلسه‌های بررسی‌شده باید از ۱ تا ۱۰۰ باشد؛ اکنون {PersianDigits.Format(attendance.OfLastMeetings)} است.",
                    $"ActiveCitizens.MeetingAttendance.OfLastMeetings must be from 1 to 100; it is {attendance.OfLastMeetings}."));
            }

            if (attendance.MinimumAttended < 1 || attendance.MinimumAttended > attendance.OfLastMeetings)
            {
                errors.Add(RuleViolation.Of(
                    prefix + "MeetingAttendance.MinimumAttended",
                    "کمترین شمار حضور باید دست‌کم ۱ و نه بیشتر از جلسه‌های بررسی‌شده باشد.",
                    $"ActiveCitizens.MeetingAttendance.MinimumAttended must be from 1 to OfLastMeetings ({attendance.OfLastMeetings}); it is {attendance.MinimumAttended}."));
            }
        }

        ValidateRecent(errors, prefix + nameof(IdeasSubmitted), IdeasSubmitted);
        ValidateRecent(errors, prefix + nameof(IdeasEndorsed), IdeasEndorsed);
        ValidateRecent(errors, prefix + nameof(CommentsPosted), CommentsPosted);
    }

    private static void ValidateRecent(List<RuleViolation> errors, string field, RecentActivityRule? rule)
    {
        if (rule is null)
        {
            return;
        }

        if (rule.MinimumCount is < 1 or > 10_000 || rule.WithinDays is < 1 or > 3660)
        {
            errors.Add(RuleViolation.Of(
                field,
                "شمار لازم باید از ۱ تا ۱۰۰۰۰ و بازهٔ روزها از ۱ تا ۳۶۶۰ باشد.",
                $"{field[CharterRuleIds.Prefix.Length..]} needs MinimumCount from 1 to 10000 and WithinDays from 1 to 3660; it has {rule.MinimumCount} and {rule.WithinDays}."));
        }
    }
}
