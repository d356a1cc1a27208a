using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.UseCases;

/// <summary>The rules the use-case layer itself applies before an aggregate is reached.</summary>
public static class UseCaseRules
{
    /// <summary>The command names a municipality that is not stored.</summary>
    public const string MunicipalityNotFound = "usecase.municipality-not-found";

    /// <summary>The command names a record that does not exist in its municipality (or that the reader may not see).</summary>
    public const string NotFound = "usecase.not-found";

    /// <summary>A choice (a status, a field, a role, a seat) that is not one of the values offered.</summary>
    public const string UnknownChoice = "usecase.unknown-choice";

    /// <summary>
    /// A date or time outside the window a record can sensibly carry: before 1 Farvardin 1300 (Solar Hijri) or more than
    /// five years after today in the city; a typing slip, not a plan.
    /// </summary>
    public const string DateOutOfRange = "usecase.date-out-of-range";

    /// <summary>A list a person sent (agenda items, choices) longer than the act takes.</summary>
    public const string TooMany = "usecase.too-many";

    internal static RuleViolation MissingMunicipality() => RuleViolation.Of(
        MunicipalityNotFound,
        "این شهرداری ثبت نشده است.",
        "This municipality is not registered.");

    internal static RuleViolation Missing(LocalizedText what) => RuleViolation.Of(
        NotFound,
        $"{what.Persian} پیدا نشد؛ شاید برداشته شده یا از شهر دیگری باشد.",
        $"The {what.English} was not found; it may have been removed or belong to another city.");

    internal static RuleViolation Unknown(LocalizedText what) => RuleViolation.Of(
        UnknownChoice,
        $"{what.Persian} از گزینه‌های موجود نیست؛ یکی از گزینه‌های فهرست را انتخاب کنید.",
        $"The {what.English} is not one of the choices offered; pick one from the list.");

    internal static RuleViolation DateOutside(LocalizedText what, LocalDate earliest, LocalDate latest) => RuleViolation.Of(
        DateOutOfRange,
        $"{what.Persian} باید از {PersianDates.Format(earliest)} تا {PersianDates.Format(latest)} باشد.",
        $"The {what.English} must be from {PersianDates.FormatLatin(earliest)} to {PersianDates.FormatLatin(latest)}.");

    internal static RuleViolation TooManyOf(LocalizedText what, int most) => RuleViolation.Of(
        TooMany,
        $"{what.Persian} بیش از {PersianDigits.Format(most)} مورد است؛ آن را کوتاه کنید.",
        $"There are more than {most} {what.English}; shorten the list.");

    /// <summary>Names of the records handlers look up, for their not-found refusals.</summary>
    internal static class Things
    {
        public static readonly LocalizedText Idea = new("ایده", "idea");
        public static readonly LocalizedText Resident = new("شهروند", "resident");
        public static readonly LocalizedText Neighbourhood = new("محله", "neighbourhood");
        public static readonly LocalizedText Meeting = new("جلسهٔ محله", "neighbourhood meeting");
        public static readonly LocalizedText Council = new("شورا", "council");
        public static readonly LocalizedText Campaign = new("پویش شهردار نوجوان", "youth-mayor campaign");
        public static readonly LocalizedText Election = new("انتخابات شهردار نوجوان", "youth-mayor election");
        public static readonly LocalizedText Round = new("دور بودجهٔ مشارکتی", "budgeting round");
        public static readonly LocalizedText Field = new("حوزهٔ شهری", "urban field");
        public static readonly LocalizedText Role = new("نقش در شورا", "council role");
    }
}
