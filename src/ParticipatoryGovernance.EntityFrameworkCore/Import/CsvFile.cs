using nietras.SeparatedValues;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.EntityFrameworkCore.Import;

/// <summary>
/// An import file read with Sep: the header matched against the file kind's columns (Persian or English names, in any
/// order), then every non-blank row with its line number. Problems with the header make the whole file unreadable.
/// </summary>
internal sealed class CsvFile
{
    private CsvFile(IReadOnlyList<ImportRowError> fileErrors, IReadOnlyList<CsvRow> rows)
    {
        FileErrors = fileErrors;
        Rows = rows;
    }

    /// <summary>Problems that make the file unreadable: empty, or a wrong header.</summary>
    public IReadOnlyList<ImportRowError> FileErrors { get; }

    /// <summary>The data rows, in file order.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Reads a file whose columns are all fixed (no text has other languages' columns).</summary>
    public static CsvFile Read(TextReader text, IReadOnlyList<CsvColumn> columns) => Read(text, columns, [], []);

    /// <summary>
    /// Reads a file: the fixed columns, and for each of <paramref name="localized"/> an optional column per language of
    /// <paramref name="languages"/> other than Persian and English (<c>name_ckb</c>); a column for a language the
    /// charter does not list is refused.
    /// </summary>
    public static CsvFile Read(TextReader text, IReadOnlyList<CsvColumn> columns, IReadOnlyList<LocalizedColumns> localized, IReadOnlyList<string> languages)
    {
        // Sep detects the separator (comma, semicolon, tab…) from the first line; quotes are removed from quoted fields.
        // The header is read as an ordinary row: Sep's own header refuses a name given twice (or two empty names) with an
        // exception, and a hostile file must get a report instead.
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        if (!reader.MoveNext())
        {
            return Failed(new ImportRowError(0, null, ImportRules.Empty()));
        }

        var names = new string[reader.Current.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.Current[i].ToString().Trim().Trim('\uFEFF').Trim();
        }

        if (names.All(n => CsvColumn.Normalize(n).Length == 0))
        {
            return Failed(new ImportRowError(0, null, ImportRules.Empty()));
        }

        var byName = columns.SelectMany(c => new[] { (Name: CsvColumn.Normalize(c.English), Column: c), (Name: CsvColumn.Normalize(c.Persian), Column: c) })
            .ToDictionary(p => p.Name, p => p.Column, StringComparer.Ordinal);
        var errors = new List<ImportRowError>();
        var positions = new Dictionary<CsvColumn, (int Index, string Header)>();
        var others = new Dictionary<CsvColumn, List<(string Language, CsvColumn Column)>>();
        for (var i = 0; i < names.Length; i++)
        {
            var header = names[i];
            if (CsvColumn.Normalize(header).Length == 0)
            {
                errors.Add(new ImportRowError(1, header, ImportRules.Unnamed(i + 1)));
            }
            else if (!byName.TryGetValue(CsvColumn.Normalize(header), out var column)
                && !TryOtherLanguage(header, localized, languages, errors, others, out column))
            {
                if (!errors.Any(e => e.Column == header))
                {
                    errors.Add(new ImportRowError(1, header, ImportRules.Unknown(header, columns.Select(c => c.English))));
                }
            }
            else if (!positions.TryAdd(column!, (i, header)))
            {
                errors.Add(new ImportRowError(1, header, ImportRules.Twice(header)));
            }
        }

        errors.AddRange(columns.Where(c => c.Required && !positions.ContainsKey(c))
            .Select(c => new ImportRowError(1, c.English, ImportRules.Missing(c.English, c.Persian))));
        if (errors.Count > 0)
        {
            return Failed([.. errors]);
        }

        var rows = new List<CsvRow>();
        foreach (var row in reader)
        {
            var values = new string[row.ColCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = row[i].ToString().Trim();
            }

            if (values.All(v => v.Length == 0))
            {
                continue;
            }

            var line = row.LineNumberFrom;
            var fields = new Dictionary<CsvColumn, (string Header, string Value)>();
            foreach (var (column, (index, header)) in positions)
            {
                fields[column] = (header, index < values.Length ? values[index] : string.Empty);
            }

            var csvRow = new CsvRow(line, fields, others);
            if (values.Length != names.Length)
            {
                csvRow.Misaligned(ImportRules.Fields(values.Length, names.Length));
            }

            rows.Add(csvRow);
        }

        return rows.Count == 0 ? Failed(new ImportRowError(0, null, ImportRules.Empty())) : new CsvFile([], rows);
    }

    /// <summary>
    /// Whether a header is another language's column of a localized text (<c>name_ckb</c>); a well-formed language the
    /// charter does not list adds an error and gives false.
    /// </summary>
    private static bool TryOtherLanguage(
        string header,
        IReadOnlyList<LocalizedColumns> localized,
        IReadOnlyList<string> languages,
        List<ImportRowError> errors,
        Dictionary<CsvColumn, List<(string Language, CsvColumn Column)>> others,
        out CsvColumn? column)
    {
        column = null;
        var normalized = CsvColumn.Normalize(header);
        foreach (var text in localized)
        {
            if (text.LanguageOf(normalized) is not { } language || !LocalizedText.IsLanguageTag(language) || language is "fa" or "en")
            {
                continue;
            }

            if (!languages.Contains(language, StringComparer.Ordinal))
            {
                errors.Add(new ImportRowError(1, header, ImportRules.LanguageNotInCharter(header, language, languages)));
                return false;
            }

            if (!others.TryGetValue(text.English, out var forms))
            {
                others[text.English] = forms = [];
            }

            var existing = forms.FirstOrDefault(f => f.Language == language).Column;
            column = existing ?? text.For(language);
            if (existing is null)
            {
                forms.Add((language, column));
            }

            return true;
        }

        return false;
    }

    private static CsvFile Failed(params ImportRowError[] errors) => new(errors, []);
}
