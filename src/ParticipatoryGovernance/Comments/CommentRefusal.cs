using System.Globalization;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Comments;

/// <summary>The rule violations a <see cref="Comment"/> answers with, in Persian and English.</summary>
internal static class CommentRefusal
{
    public static RuleViolation AlreadyReported() => RuleViolation.Of(
        CommentRuleIds.AlreadyReported,
        "شما این نظر را پیش‌تر گزارش کرده‌اید؛ گزارش شما در انتظار تصمیم ناظر است.",
        "You have already reported this comment; your report is waiting for a moderator.");

    public static RuleViolation AuthorOnly() => RuleViolation.Of(
        CommentRuleIds.AuthorOnly,
        "ویرایش نظر فقط از نویسندهٔ آن برمی‌آید.",
        "Only the resident who wrote this comment can edit it.");

    public static RuleViolation DatedTooEarly(Instant at, Instant lastChange) => RuleViolation.Of(
        CommentRuleIds.DatedTooEarly,
        $"این کار به تاریخ {Persian(at)} ثبت شده است، پیش از آخرین تغییر نظر در {Persian(lastChange)}.",
        $"This is dated {Latin(at)}, before the comment's last recorded change at {Latin(lastChange)}.");

    public static RuleViolation EditWindowClosed(CommentRules rules, Instant postedAt) => RuleViolation.Of(
        CommentRuleIds.EditWindowClosed,
        $"نظر را تا {PersianDigits.Format(rules.EditWindowMinutes)} دقیقه پس از فرستادن می‌توان ویرایش کرد؛ این نظر در {Persian(postedAt)} فرستاده شده است.",
        $"A comment can be edited for {rules.EditWindowMinutes.ToString(CultureInfo.InvariantCulture)} minutes after it is posted; this one was posted at {Latin(postedAt)}.");

    public static RuleViolation Hidden() => RuleViolation.Of(
        CommentRuleIds.Hidden,
        "این نظر با تصمیم ناظر یا گزارش شهروندان پنهان است؛ تا بازگردانده نشود، ویرایش، گزارش یا پاسخ نمی‌پذیرد.",
        "This comment is hidden by moderation; it cannot be edited, reported or answered until a moderator restores it.");

    public static RuleViolation NotHidden() => RuleViolation.Of(
        CommentRuleIds.NotHidden,
        "این نظر پنهان نیست که بازگردانده شود.",
        "This comment is not hidden, so there is nothing to restore.");

    public static RuleViolation OwnCommentReport() => RuleViolation.Of(
        CommentRuleIds.OwnCommentReport,
        "نظر خودتان را نمی‌توانید گزارش کنید؛ تا مهلت ویرایش هست، آن را ویرایش کنید.",
        "You cannot report your own comment; edit it while you still may.");

    public static RuleViolation ParentElsewhere() => RuleViolation.Of(
        CommentRuleIds.ParentElsewhere,
        "نظری که به آن پاسخ می‌دهید دربارهٔ ایده یا بند دیگری است؛ پاسخ در همان گفت‌وگوی نظر اصلی می‌ماند.",
        "The comment you answer is on another idea or agenda item; a reply stays on its parent's subject.");

    public static RuleViolation SubjectClosed() => RuleViolation.Of(
        CommentRuleIds.SubjectClosed,
        "این ایده یا بند دستور جلسه نظر تازه نمی‌پذیرد (ایده پنهان یا حذف شده، یا جلسه لغو شده است).",
        "This idea or agenda item is closed to comments (the idea is hidden or removed, or the meeting was cancelled).");

    public static RuleViolation TooDeep(int maxDepth) => RuleViolation.Of(
        CommentRuleIds.TooDeep,
        $"گفت‌وگو حداکثر {PersianDigits.Format(maxDepth)} لایه دارد؛ به نظر بالاتر پاسخ دهید.",
        $"Threads go {maxDepth.ToString(CultureInfo.InvariantCulture)} levels deep at most; answer the comment above instead.");

    public static RuleViolation Unchanged() => RuleViolation.Of(
        CommentRuleIds.Unchanged,
        "ویرایش نه متن را تغییر می‌دهد نه موضع را.",
        "The edit changes neither the text nor the stance.");

    public static RuleViolation UnknownAgendaItem(int number) => RuleViolation.Of(
        CommentRuleIds.UnknownAgendaItem,
        $"این جلسه بند شمارهٔ {PersianDigits.Format(number)} ندارد.",
        $"The meeting has no agenda item {number.ToString(CultureInfo.InvariantCulture)}.");

    public static string ReportsReached(int reports) => LocalizedText.Of(
        $"{PersianDigits.Format(reports)} گزارش از شهروندان؛ پنهان تا تصمیم ناظر",
        $"Reported by {reports} residents; hidden until a moderator decides").ToString();

    // Instants are shown in the city's time, as people there read them.
    private static string Persian(Instant at)
    {
        var local = PersianDates.InCity(at);
        return PersianDates.Format(local.Date) + " ساعت " + PersianDigits.ToPersian(local.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    private static string Latin(Instant at)
    {
        var local = PersianDates.InCity(at);
        return PersianDates.FormatLatin(local.Date) + " " + local.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture) + " Tehran time";
    }
}
