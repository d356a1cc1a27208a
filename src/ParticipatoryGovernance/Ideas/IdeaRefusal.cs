using System.Globalization;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Ideas;

/// <summary>The rule violations a <see cref="CitizenIdea"/> answers with, in Persian and English.</summary>
internal static class IdeaRefusal
{
    public static RuleViolation PhaseNotLaunched(LocalDate on) => RuleViolation.Of(
        IdeaRuleIds.PhaseNotLaunched,
        $"شهرداری تا {PersianDates.Format(on)} مرحلهٔ «طرح‌های خلاقانه شهروندی» را آغاز نکرده بود؛ ایده‌ها از آغاز این مرحله پذیرفته می‌شوند.",
        $"The municipality had not launched the citizen ideas phase by {on}; ideas are accepted from the phase's launch on.");

    public static RuleViolation UnknownField(UrbanField field, IReadOnlyList<UrbanField> fields) => RuleViolation.Of(
        IdeaRuleIds.UnknownField,
        $"حوزهٔ «{field.Name.Persian}» از حوزه‌های شهری این شهر نیست؛ یکی از این‌ها را برگزینید: {string.Join("، ", fields.Select(f => f.Name.Persian))}.",
        $"The urban field '{field.Key}' is not one of this municipality's fields; choose one of: {string.Join(", ", fields.Select(f => f.Key))}.");

    public static RuleViolation NotAllowedInStatus(string rule, IdeaStatus current, LocalizedText operation, IReadOnlyList<IdeaStatus> allowed) => RuleViolation.Of(
        rule,
        $"این ایده اکنون «{IdeaStatuses.NameOf(current).Persian}» است؛ {operation.Persian} فقط برای ایدهٔ {Alternatives(allowed.Select(s => "«" + IdeaStatuses.NameOf(s).Persian + "»").ToList(), "، ", " یا ")} ممکن است.",
        $"This idea is {IdeaStatuses.NameOf(current)}; you can {operation} only when it is {Alternatives(allowed.Select(s => IdeaStatuses.NameOf(s).English).ToList(), ", ", " or ")}.");

    public static RuleViolation DatedTooEarly(Instant at, Instant lastChange) => RuleViolation.Of(
        IdeaRuleIds.DatedTooEarly,
        $"این کار به تاریخ {Persian(at)} ثبت شده است، پیش از آخرین تغییر ایده در {Persian(lastChange)}؛ رویدادها را به ترتیب رخ دادن ثبت کنید.",
        $"This is dated {Latin(at)}, before the idea's last recorded change at {Latin(lastChange)}; record events in the order they happened.");

    public static RuleViolation Hidden() => RuleViolation.Of(
        IdeaRuleIds.HiddenPendingModeration,
        "این ایده پس از گزارش شهروندان پنهان شده است و تا تصمیم ناظر، تغییری در آن پذیرفته نمی‌شود.",
        "This idea is hidden after residents' reports; nothing can change until a moderator restores or removes it.");

    public static RuleViolation Removed(Instant at) => RuleViolation.Of(
        IdeaRuleIds.Removed,
        $"ناظر این ایده را در {Persian(at)} حذف کرده است؛ دیگر تغییری در آن پذیرفته نمی‌شود.",
        $"A moderator removed this idea at {Latin(at)}; it can no longer change.");

    public static RuleViolation ProposerOnly(LocalizedText operation) => RuleViolation.Of(
        IdeaRuleIds.ProposerOnly,
        $"{operation.Persian} فقط از شهروندی که ایده را داده برمی‌آید.",
        $"Only the resident who proposed this idea can {operation}.");

    public static RuleViolation AlreadyResubmitted(CitizenIdeaId next) => RuleViolation.Of(
        IdeaRuleIds.AlreadyResubmitted,
        "نسخهٔ تازهٔ این ایده پیش‌تر فرستاده شده است؛ آن نسخه را دنبال کنید.",
        $"A new version of this idea was already submitted ({next}); follow that version instead.");

    public static RuleViolation OwnIdeaEndorsement() => RuleViolation.Of(
        IdeaRuleIds.OwnIdeaEndorsement,
        "پیشنهاددهنده نمی‌تواند از ایدهٔ خود حمایت کند.",
        "The proposer cannot endorse their own idea.");

    public static RuleViolation AlreadyEndorsed(Instant at) => RuleViolation.Of(
        IdeaRuleIds.AlreadyEndorsed,
        $"شما در {Persian(at)} از این ایده حمایت کرده‌اید؛ هر شهروند یک بار حمایت می‌کند.",
        $"You endorsed this idea at {Latin(at)}; each resident endorses an idea once.");

    public static RuleViolation NotEndorsed() => RuleViolation.Of(
        IdeaRuleIds.NotEndorsed,
        "شما از این ایده حمایت نکرده‌اید که حمایت را پس بگیرید.",
        "You have not endorsed this idea, so there is no endorsement to withdraw.");

    public static RuleViolation AlreadyReported() => RuleViolation.Of(
        IdeaRuleIds.AlreadyReported,
        "شما این ایده را پیش‌تر گزارش کرده‌اید؛ گزارش شما در انتظار تصمیم ناظر است.",
        "You have already reported this idea; your report is waiting for a moderator.");

    public static RuleViolation NotHidden() => RuleViolation.Of(
        IdeaRuleIds.NotHidden,
        "این ایده پنهان نیست که بازگردانده شود.",
        "This idea is not hidden, so there is nothing to restore.");

    public static RuleViolation ProgressOutOfRange(int percent) => RuleViolation.Of(
        IdeaRuleIds.ProgressOutOfRange,
        $"پیشرفت اجرا باید از ۰ تا ۱۰۰ درصد باشد؛ {PersianDigits.Format(percent)} داده شده است.",
        $"Progress must be from 0 to 100 percent; it was given as {percent.ToString(CultureInfo.InvariantCulture)}.");

    public static RuleViolation MilestoneInFuture(LocalDate reachedOn, LocalDate today) => RuleViolation.Of(
        IdeaRuleIds.MilestoneInFuture,
        $"گام اجرا به تاریخ {PersianDates.Format(reachedOn)} هنوز نرسیده است؛ امروز {PersianDates.Format(today)} است.",
        $"The milestone is dated {reachedOn}, which has not come yet; today is {today}.");

    public static RuleViolation MilestoneBeforeAcceptance(LocalDate reachedOn, LocalDate accepted) => RuleViolation.Of(
        IdeaRuleIds.MilestoneBeforeAcceptance,
        $"گام اجرا به تاریخ {PersianDates.Format(reachedOn)} پیش از پذیرش ایده در {PersianDates.Format(accepted)} است.",
        $"The milestone is dated {reachedOn}, before the idea was accepted on {accepted}.");

    public static RuleViolation AlreadyImplementer() => RuleViolation.Of(
        IdeaRuleIds.AlreadyImplementer,
        "این شهروند پیش‌تر به‌عنوان مجری این ایده ثبت شده است.",
        "This resident is already recorded as carrying out this idea.");

    public static string SupportReached(IdeaRules rules) => LocalizedText.Of(
        $"رسیدن به {PersianDigits.Format(rules.SupportThreshold)} حمایت در {PersianDigits.Format(rules.SupportWindowDays)} روز",
        $"Reached {rules.SupportThreshold} endorsements within {rules.SupportWindowDays} days").ToString();

    public static string ReportsReached(int reports) => LocalizedText.Of(
        $"{PersianDigits.Format(reports)} گزارش از شهروندان؛ پنهان تا تصمیم ناظر",
        $"Reported by {reports} residents; hidden until a moderator decides").ToString();

    // "a, b or c"
    private static string Alternatives(List<string> items, string separator, string lastSeparator) =>
        items.Count == 1 ? items[0] : string.Join(separator, items.Take(items.Count - 1)) + lastSeparator + items[^1];

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
