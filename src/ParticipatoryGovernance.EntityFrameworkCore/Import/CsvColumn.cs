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
