namespace ParticipatoryGovernance.Common;

/// <summary>TEMPORARY placeholder with the agreed signature; replaced by the rules branch's checks at merge.</summary>
public static class UserText
{
    /// <summary>Checks a text a person typed.</summary>
    /// <param name="value">The text.</param>
    /// <param name="maxLength">The longest allowed.</param>
    /// <param name="fieldName">The field's name.</param>
    /// <param name="required">Whether it must be given.</param>
    /// <returns>The violation or null.</returns>
    public static RuleViolation? Check(string? value, int maxLength, LocalizedText fieldName, bool required = true) =>
        string.IsNullOrWhiteSpace(value) ? (required ? RuleViolation.Of("input.required", fieldName!.Persian, fieldName.English) : null)
        : value.Trim().Length > maxLength ? RuleViolation.Of("input.too-long", fieldName!.Persian, fieldName.English) : null;

    /// <summary>The text as stored.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The trimmed text.</returns>
    public static string Clean(string value) => value!.Trim();
}
