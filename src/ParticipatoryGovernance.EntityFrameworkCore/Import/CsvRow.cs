using System.Globalization;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.EntityFrameworkCore.Import;

/// <summary>
/// One data row of an import file: reads its values as text, numbers, Solar Hijri dates and listed choices, and keeps
/// every problem found with the row's line and the column's name as the file spells it.
/// </summary>
internal sealed class CsvRow
{
    private readonly Dictionary<CsvColumn, (string Header, string Value)> _fields;
    private readonly List<ImportRowError> _errors = [];
    private bool _misaligned;

    private readonly IReadOnlyDictionary<CsvColumn, List<(string Language, CsvColumn Column)>> _otherLanguages;

    public CsvRow(int line, Dictionary<CsvColumn, (string Header, string Value)> fields)
        : this(line, fields, new Dictionary<CsvColumn, List<(string Language, CsvColumn Column)>>())
    {
    }

    /// <param name="line">The line the row starts on.</param>
    /// <param name="fields">The row's values by column.</param>
    /// <param name="otherLanguages">For a localized text's English column, the file's columns for its other languages.</param>
    public CsvRow(int line, Dictionary<CsvColumn, (string Header, string Value)> fields, IReadOnlyDictionary<CsvColumn, List<(string Language, CsvColumn Column)>> otherLanguages)
    {
        Line = line;
        _fields = fields;
        _otherLanguages = otherLanguages;
    }

    /// <summary>The line of the file the row starts on (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<ImportRowError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public void Fail(CsvColumn? column, RuleViolation violation) =>
        _errors.Add(new ImportRowError(Line, column is null ? null : HeaderOf(column), violation));

    /// <summary>Marks a row whose fields do not line up with the header: its values are not read, only this is reported.</summary>
    public void Misaligned(RuleViolation violation)
    {
        Fail(null, violation);
        _misaligned = true;
    }

    public string HeaderOf(CsvColumn column) => _fields.TryGetValue(column, out var field) ? field.Header : column.English;

    /// <summary>Whether the column is in the file and this row gives it a value.</summary>
    public bool Has(CsvColumn column) => _fields.TryGetValue(column, out var field) && field.Value.Length > 0;

    /// <summary>The raw value, or the empty string when the column is absent.</summary>
    public string Raw(CsvColumn column) => _fields.TryGetValue(column, out var field) ? field.Value : string.Empty;

    /// <summary>The value; a problem (and null) when it is needed and empty.</summary>
    public string? Text(CsvColumn column, bool required = true)
    {
        if (_misaligned)
        {
            return null;
        }

        if (Has(column))
        {
            return Raw(column);
        }

        if (required)
        {
            Fail(column, ImportRules.Empty(HeaderOf(column)));
        }

        return null;
    }

    /// <summary>
    /// A whole number in Persian, Arabic-Indic or Latin digits, perhaps with a leading minus sign (the caller decides
    /// what range it accepts); a number too large for the model is refused as such, not as "not a number".
    /// </summary>
    public int? Number(CsvColumn column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        var latin = PersianDigits.ToLatin(text);
        var digits = latin.StartsWith('-') || latin.StartsWith('\u2212') ? latin[1..] : latin;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            Fail(column, ImportRules.Number(HeaderOf(column), text));
            return null;
        }

        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Fail(column, ImportRules.TooLarge(HeaderOf(column), text));
            return null;
        }

        return digits.Length == latin.Length ? value : -value;
    }

    /// <summary>A Solar Hijri date as <see cref="PersianDates.Parse"/> reads it.</summary>
    public LocalDate? Date(CsvColumn column, bool required = true)
    {
        if (Text(column, required) is not { } text)
        {
            return null;
        }

        if (PersianDates.TryParse(text, out var date, out var reason))
        {
            return date;
        }

        Fail(column, ImportRules.Date(HeaderOf(column), text, reason!));
        return null;
    }

    /// <summary>One of a list of values, matched as header names are (<see cref="CsvColumn.Normalize"/>).</summary>
    public T? Choice<T>(CsvColumn column, IReadOnlyDictionary<string, T> choices, string persianChoices, string englishChoices)
        where T : struct
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (choices.TryGetValue(CsvColumn.Normalize(text), out var value))
        {
            return value;
        }

        Fail(column, ImportRules.NotOneOf(HeaderOf(column), text, persianChoices, englishChoices));
        return null;
    }

    /// <summary>
    /// Text a person typed: when present, checked by <see cref="UserText.Check"/> as a one-line field of at most
    /// <paramref name="maxLength"/> characters (not invisible only, no control or text-direction characters), its refusal
    /// reported against the column. A formula-like value (<c>=SUM(…)</c>) is plain text and is kept as typed.
    /// </summary>
    public string? Typed(CsvColumn column, int maxLength, bool required = true)
    {
        if (Text(column, required) is not { } text)
        {
            return null;
        }

        var header = HeaderOf(column);
        if (UserText.Check(text, maxLength, new LocalizedText(header, $"The value of '{header}'"), required: true, multiline: false) is { } refused)
        {
            Fail(column, refused);
            return null;
        }

        return UserText.Clean(text);
    }

    /// <summary>
    /// A text from its Persian and English columns, each of at most <paramref name="maxLength"/> characters, with its
    /// forms from the file's columns for other languages (such as <c>name_ckb</c>) where this row fills them.
    /// </summary>
    public LocalizedText? Localized(CsvColumn persian, CsvColumn english, int maxLength, bool required = true)
    {
        var fa = Typed(persian, maxLength, required);
        var en = Typed(english, maxLength, required || Has(persian));
        var others = new List<(string Language, string Text)>();
        foreach (var (language, column) in _otherLanguages.TryGetValue(english, out var columns) ? columns : [])
        {
            if (Has(column) && Typed(column, maxLength, required: true) is { } form)
            {
                others.Add((language, form));
            }
        }

        if (fa is null || en is null)
        {
            return null;
        }

        var text = new LocalizedText(fa, en);
        foreach (var (language, form) in others)
        {
            text = text.With(language, form);
        }

        return text;
    }

    /// <summary>
    /// A person's name from two columns, both or (when not required) neither, made by <see cref="PersonName.Create"/>;
    /// each part is checked first so that a refusal names its column.
    /// </summary>
    public PersonName? Name(CsvColumn given, CsvColumn family, bool required = true)
    {
        var anyGiven = required || Has(given) || Has(family);
        var givenName = Typed(given, PersonName.MaxPartLength, anyGiven);
        var familyName = Typed(family, PersonName.MaxPartLength, anyGiven);
        if (givenName is null || familyName is null)
        {
            return null;
        }

        var name = PersonName.Create(givenName, familyName);
        if (name.IsFailure)
        {
            foreach (var violation in name.Violations)
            {
                Fail(null, violation);
            }

            return null;
        }

        return name.Value;
    }
}
