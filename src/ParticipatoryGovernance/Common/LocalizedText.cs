namespace ParticipatoryGovernance.Common;

/// <summary>
/// A piece of user-facing text in the two languages the model ships with: Persian (the default) and English.
/// </summary>
/// <remarks>This type is an immutable value; it is thread-safe.</remarks>
public sealed record LocalizedText
{
    /// <summary>Creates a text from its Persian and English forms.</summary>
    /// <param name="persian">The Persian text, shown by default.</param>
    /// <param name="english">The English text.</param>
    /// <exception cref="ArgumentException">Either text is null, empty or white space.</exception>
    public LocalizedText(string persian, string english)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(persian);
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        Persian = persian;
        English = english;
    }

    /// <summary>The Persian form.</summary>
    public string Persian { get; }

    /// <summary>The English form.</summary>
    public string English { get; }

    /// <summary>
    /// The form for a language: English when <paramref name="language"/> starts with <c>en</c>, Persian otherwise.
    /// </summary>
    /// <param name="language">An IETF language tag such as <c>fa</c>, <c>fa-IR</c> or <c>en-GB</c>.</param>
    /// <returns>The text in that language.</returns>
    public string In(string language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Persian;

    /// <summary>Both forms, Persian first, for logs and exception messages.</summary>
    /// <returns>The Persian and English texts separated by " / ".</returns>
    public override string ToString() => $"{Persian} / {English}";
}
