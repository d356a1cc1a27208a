using System.Globalization;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.EntityFrameworkCore.Import;

/// <summary>
/// The rule identifiers an import reports. A row the model refuses (a council already full, a women's council member
/// who is not a woman) is reported with the model's own rule, such as <c>council.full</c>.
/// </summary>
public static class ImportRules
{
    /// <summary><c>import.empty-file</c>: the file has no header, or a header and no data rows.</summary>
    public const string EmptyFile = "import.empty-file";

    /// <summary><c>import.unknown-column</c>: the header names a column the file kind does not have (often a misspelling).</summary>
    public const string UnknownColumn = "import.unknown-column";

    /// <summary><c>import.duplicate-column</c>: the header names a column twice (perhaps once in Persian and once in English).</summary>
    public const string DuplicateColumn = "import.duplicate-column";

    /// <summary><c>import.unknown-language-column</c>: a column for another language's form of a text (such as <c>name_ckb</c>) names a language the charter does not list.</summary>
    public const string UnknownLanguageColumn = "import.unknown-language-column";

    /// <summary><c>import.unnamed-column</c>: a header cell is empty, as when a spreadsheet exports a column without a title.</summary>
    public const string UnnamedColumn = "import.unnamed-column";

    /// <summary><c>import.missing-column</c>: the header lacks a column the file kind needs.</summary>
    public const string MissingColumn = "import.missing-column";

    /// <summary><c>import.field-count</c>: a row has more or fewer fields than the header.</summary>
    public const string FieldCount = "import.field-count";

    /// <summary><c>import.required</c>: a row leaves a needed value empty.</summary>
    public const string Required = "import.required";

    /// <summary><c>import.not-a-number</c>: a value that must be a whole number has other characters.</summary>
    public const string NotANumber = "import.not-a-number";

    /// <summary><c>import.not-a-date</c>: a value that must be a Solar Hijri date is not one.</summary>
    public const string NotADate = "import.not-a-date";

    /// <summary><c>import.unknown-value</c>: a value must be one of a list (a gender, an anchor kind, a council role) and is not.</summary>
    public const string UnknownValue = "import.unknown-value";

    /// <summary><c>import.value-refused</c>: a value is out of range, such as a name longer than the model accepts.</summary>
    public const string ValueRefused = "import.value-refused";

    /// <summary><c>import.unknown-neighbourhood</c>: a row names a neighbourhood number the municipality does not have.</summary>
    public const string UnknownNeighbourhood = "import.unknown-neighbourhood";

    /// <summary><c>import.unknown-resident</c>: a council roster names a resident who is not recorded in that neighbourhood.</summary>
    public const string UnknownResident = "import.unknown-resident";

    /// <summary><c>import.duplicate</c>: a row repeats an earlier row, or something already stored.</summary>
    public const string Duplicate = "import.duplicate";

    /// <summary><c>import.inconsistent-term</c>: rows of one council give different ends for its term.</summary>
    public const string InconsistentTerm = "import.inconsistent-term";

    /// <summary><c>import.municipality-not-found</c>: the municipality to import into is not stored.</summary>
    public const string MunicipalityNotFound = "import.municipality-not-found";

    internal static RuleViolation Empty() => RuleViolation.Of(
        EmptyFile,
        "پرونده خالی است: سطر اول باید سرستون‌ها باشد و پس از آن دست‌کم یک سطر داده.",
        "The file is empty: the first line must be the header and at least one data row must follow.");

    internal static RuleViolation Unknown(string column, IEnumerable<string> expected) => RuleViolation.Of(
        UnknownColumn,
        $"ستون «{column}» شناخته نیست. ستون‌های این پرونده: {string.Join("، ", expected)}.",
        $"The column '{column}' is not known. This file's columns are: {string.Join(", ", expected)}.");

    internal static RuleViolation LanguageNotInCharter(string column, string language, IEnumerable<string> languages) => RuleViolation.Of(
        UnknownLanguageColumn,
        $"ستون «{column}» برای زبان {language} است که در زبان‌های منشور شهر نیست ({string.Join("، ", languages)})؛ زبان را به منشور بیفزایید یا ستون را بردارید.",
        $"The column '{column}' is for the language {language}, which the city's charter does not list ({string.Join(", ", languages)}); add the language to the charter or remove the column.");

    internal static RuleViolation Twice(string column) => RuleViolation.Of(
        DuplicateColumn,
        $"ستون «{column}» دو بار آمده است (شاید یک بار فارسی و یک بار انگلیسی)؛ یکی را بردارید.",
        $"The column '{column}' appears twice (perhaps once in Persian and once in English); remove one.");

    internal static RuleViolation Unnamed(int position) => RuleViolation.Of(
        UnnamedColumn,
        $"ستون {PersianDigits.Format(position)} سرستون نام ندارد؛ نامش را بنویسید یا آن ستون را بردارید.",
        $"Column {position} of the header has no name; name it or remove the column.");

    internal static RuleViolation Missing(string english, string persian) => RuleViolation.Of(
        MissingColumn,
        $"ستون «{persian}» (یا {english}) در سرستون‌ها نیست و لازم است.",
        $"The header has no '{english}' column (or «{persian}»), which is needed.");

    internal static RuleViolation Fields(int found, int expected) => RuleViolation.Of(
        FieldCount,
        $"این سطر {PersianDigits.Format(found)} خانه دارد و سرستون {PersianDigits.Format(expected)}؛ مقداری که ویرگول دارد باید میان دو علامت \" باشد.",
        $"This row has {found} fields and the header {expected}; a value containing a comma must be in double quotes.");

    internal static RuleViolation Empty(string column) => RuleViolation.Of(
        Required,
        $"مقدار «{column}» خالی است و لازم است.",
        $"The value of '{column}' is empty and is needed.");

    internal static RuleViolation Number(string column, string value) => RuleViolation.Of(
        NotANumber,
        $"«{value}» در ستون «{column}» عدد درستی نیست؛ تنها رقم بنویسید (فارسی یا لاتین)، مانند ۱۲ یا 12.",
        $"'{value}' in '{column}' is not a whole number; write digits only (Persian or Latin), such as 12 or ۱۲.");

    internal static RuleViolation TooLarge(string column, string value) => RuleViolation.Of(
        InputRuleIds.NumberOutOfRange,
        $"«{value}» در ستون «{column}» بیش از اندازه بزرگ است؛ بزرگ‌ترین عدد پذیرفته {PersianDigits.Format(int.MaxValue)} است.",
        $"'{value}' in '{column}' is too large; the largest number accepted is {int.MaxValue}.");

    internal static RuleViolation Date(string column, string value, LocalizedText reason) => RuleViolation.Of(
        NotADate,
        $"«{value}» در ستون «{column}» تاریخ خورشیدی درستی نیست: {reason.Persian}.",
        $"'{value}' in '{column}' is not a Solar Hijri date: {reason}.");

    internal static RuleViolation NotOneOf(string column, string value, string persianChoices, string englishChoices) => RuleViolation.Of(
        UnknownValue,
        $"«{value}» در ستون «{column}» پذیرفته نیست؛ یکی از این‌ها را بنویسید: {persianChoices}.",
        $"'{value}' in '{column}' is not accepted; write one of: {englishChoices}.");

    internal static RuleViolation Refused(string column, LocalizedText reason) => RuleViolation.Of(
        ValueRefused,
        $"مقدار ستون «{column}» پذیرفته نشد: {reason.Persian}",
        $"The value of '{column}' was refused: {reason}");

    internal static RuleViolation NoNeighbourhood(int number) => RuleViolation.Of(
        UnknownNeighbourhood,
        $"محلهٔ شمارهٔ {PersianDigits.Format(number)} در این شهر ثبت نشده است؛ نخست پروندهٔ محله‌ها را وارد کنید یا شماره را درست کنید.",
        $"The municipality has no neighbourhood number {number}; import the neighbourhoods file first, or correct the number.");

    internal static RuleViolation NoResident(string name, int neighbourhood, string birthDate) => RuleViolation.Of(
        UnknownResident,
        $"شهروندی به نام {name} با تاریخ تولد {PersianDigits.ToPersian(birthDate)} در محلهٔ {PersianDigits.Format(neighbourhood)} ثبت نشده است؛ نخست او را در پروندهٔ شهروندان وارد کنید.",
        $"No resident named {name} born {PersianDigits.ToLatin(birthDate)} is recorded in neighbourhood {neighbourhood}; import them in the residents file first.");

    internal static RuleViolation Repeated(LocalizedText what, int? earlierLine) => earlierLine is { } line
        ? RuleViolation.Of(Duplicate, $"{what.Persian} در سطر {PersianDigits.Format(line)} هم آمده است؛ یکی از دو سطر را بردارید.", $"{what} also appears on line {line}; remove one of the two rows.")
        : RuleViolation.Of(Duplicate, $"{what.Persian} پیش‌تر ثبت شده است؛ این سطر را بردارید.", $"{what} is already stored; remove this row.");

    internal static RuleViolation TermDiffers(string column, int firstLine) => RuleViolation.Of(
        InconsistentTerm,
        $"پایان دورهٔ این شورا در سطر {PersianDigits.Format(firstLine)} چیز دیگری است؛ همهٔ سطرهای یک شورا باید یک «{column}» داشته باشند.",
        $"Line {firstLine} gives this council's term another end; every row of one council must have the same '{column}'.");

    internal static RuleViolation NoMunicipality() => RuleViolation.Of(
        MunicipalityNotFound,
        "شهرداری‌ای که داده‌ها برای آن است ذخیره نشده است؛ نخست آن را بسازید و ذخیره کنید.",
        "The municipality to import into is not stored; create and save it first.");
}
