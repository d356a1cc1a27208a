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

    /// <summary>The act needs at least one choice (an applicant, an interview) and none was given.</summary>
    public const string NothingChosen = "usecase.nothing-chosen";

    /// <summary>The same record was chosen twice where each may appear once.</summary>
    public const string ChosenTwice = "usecase.chosen-twice";


    internal static RuleViolation MissingMunicipality() => RuleViolation.Of(
        MunicipalityNotFound,
        "این شهرداری ثبت نشده است.",
        "This municipality is not registered.");

    internal static RuleViolation Missing(LocalizedText what) => RuleViolation.Of(
        NotFound,
        $"{what.Persian} پیدا نشد؛ شاید برداشته شده یا از شهر دیگری باشد.",
        $"The {what} was not found; it may have been removed or belong to another city.");

    internal static RuleViolation Unknown(LocalizedText what) => RuleViolation.Of(
        UnknownChoice,
        $"{what.Persian} از گزینه‌های موجود نیست؛ یکی از گزینه‌های فهرست را انتخاب کنید.",
        $"The {what} is not one of the choices offered; pick one from the list.");

    internal static RuleViolation DateOutside(LocalizedText what, LocalDate earliest, LocalDate latest) => RuleViolation.Of(
        DateOutOfRange,
        $"{what.Persian} باید از {PersianDates.Format(earliest)} تا {PersianDates.Format(latest)} باشد.",
        $"The {what} must be from {earliest} to {latest}.");

    internal static RuleViolation TooManyOf(LocalizedText what, int most) => RuleViolation.Of(
        TooMany,
        $"{what.Persian} بیش از {PersianDigits.Format(most)} مورد است؛ آن را کوتاه کنید.",
        $"There are more than {most} {what}; shorten the list.");

    /// <summary>The one window for dates a person enters (<see cref="DateInput"/>).</summary>
    internal static RuleViolation? CheckDate(LocalDate date, LocalDate today, LocalizedText what) => DateInput.Check(date, today, what);

    internal static RuleViolation? CheckNumber(int? value, int minimum, int maximum, LocalizedText what) =>
        value is { } number && (number < minimum || number > maximum)
            ? RuleViolation.Of(
                InputRuleIds.NumberOutOfRange,
                $"{what.Persian} باید از {PersianDigits.Format(minimum)} تا {PersianDigits.Format(maximum)} باشد.",
                $"The {what} must be from {minimum} to {maximum}.")
            : null;

    internal static RuleViolation HeldInFuture(LocalDate today) => RuleViolation.Of(
        DateOutOfRange,
        $"جلسه‌ای که هنوز برگزار نشده ثبت نمی‌شود؛ امروز {PersianDates.Format(today)} است.",
        $"A session is recorded once held; today is {PersianDates.FormatNumericLatin(today)}.");

    internal static RuleViolation NoneChosen(LocalizedText what) => RuleViolation.Of(
        NothingChosen,
        $"دست‌کم یک {what.Persian} را برگزینید.",
        $"Choose at least one {what}.");

    internal static RuleViolation Twice(LocalizedText what) => RuleViolation.Of(
        ChosenTwice,
        $"یک {what.Persian} دو بار آمده است؛ هر کدام را یک بار برگزینید.",
        $"The same {what} appears twice; choose each once.");

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
