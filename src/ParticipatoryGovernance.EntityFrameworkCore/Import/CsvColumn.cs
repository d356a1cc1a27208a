using System.Text;

namespace ParticipatoryGovernance.EntityFrameworkCore.Import;

/// <summary>A column of an import file: its English and Persian header names, and whether every file needs it.</summary>
internal sealed record CsvColumn(string English, string Persian, bool Required = false)
{
    /// <summary>
    /// A header name or a listed value as compared: without a byte-order mark, trimmed, lower-case, with spaces, hyphens
    /// and zero-width non-joiners as underscores, and Arabic yeh and kaf as the Persian letters, so that «نام خانوادگی»,
    /// «نام‌خانوادگی» and «نام_خانوادگی» are one name, as are "Birth Date" and "birth_date".
    /// </summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Trim('\uFEFF').Trim())
        {
            result.Append(c switch
            {
                ' ' or '-' or '\u200C' => '_',
                '\u064A' => '\u06CC',
                '\u0643' => '\u06A9',
                _ => char.ToLowerInvariant(c),
            });
        }

        return result.ToString();
    }
}

/// <summary>
/// A text read from a Persian and an English column (such as <c>name_fa</c> and <c>name_en</c>) and, for each other
/// language the charter lists, an optional column named after the stem and the language tag: <c>name_ckb</c> or
/// <c>نام_محله_ckb</c>.
/// </summary>
internal sealed record LocalizedColumns(CsvColumn Persian, CsvColumn English, string EnglishStem, string PersianStem)
{
    /// <summary>The column for another language's form of this text.</summary>
    public CsvColumn For(string language) => new($"{EnglishStem}_{language}", $"{PersianStem}_{language}");

    /// <summary>The language a header names for this text, such as <c>ckb</c> for <c>name_ckb</c>; null when it is not one of this text's columns.</summary>
    public string? LanguageOf(string normalizedHeader)
    {
        foreach (var stem in new[] { EnglishStem, PersianStem })
        {
            var prefix = CsvColumn.Normalize(stem) + "_";
            if (normalizedHeader.StartsWith(prefix, StringComparison.Ordinal) && normalizedHeader.Length > prefix.Length)
            {
                // Tags use hyphens, which Normalize writes as underscores: ar_iq is the column of ar-iq.
                return normalizedHeader[prefix.Length..].Replace('_', '-');
            }
        }

        return null;
    }
}
