using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ParticipatoryGovernance.Common;

/// <summary>
/// A piece of user-facing text in any number of languages. Persian (the default) and English are always present: they
/// are the model's base languages; other languages, such as Central Kurdish (<c>ckb</c>), South Azerbaijani
/// (<c>azb</c>) or Arabic (<c>ar</c>), are added with <see cref="With"/>.
/// </summary>
/// <remarks>This type is an immutable value; it is thread-safe.</remarks>
public sealed partial record LocalizedText
{
    private const string PersianTag = "fa";
    private const string EnglishTag = "en";

    private ImmutableSortedDictionary<string, string> Others { get; init; }

    private TextTemplate? Source { get; init; }

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
        Others = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
    }

    /// <summary>
    /// Creates a library text from its Persian form and its English side written as an interpolated string, such as
    /// <c>LocalizedText.Of("…", $"Voting opens on {date}.")</c>: in a language without its own form, the text is then
    /// looked up in the library's catalog for that language by its English template, and the values are written in
    /// that language (see <see cref="LocalizedTemplate"/>).
    /// </summary>
    /// <param name="persian">The Persian text, shown by default.</param>
    /// <param name="english">The English side; the compiler captures the template and its values.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">Either text is null, empty or white space.</exception>
    public static LocalizedText Of(string persian, LocalizedTemplate english) =>
        new(persian, english.English) { Source = english.Build() };

    /// <summary>
    /// A text the library wrote and a host kept as its two forms (a reason stored as «Persian / English»): when the English
    /// is one of the library's templates filled in, the text is rebuilt from it, so <see cref="In(string)"/> gives it in
    /// the languages the library's catalogs translate; otherwise it holds just the two forms.
    /// </summary>
    /// <param name="persian">The Persian form as kept.</param>
    /// <param name="english">The English form as kept.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">Either text is null, empty or white space.</exception>
    public static LocalizedText Recognize(string persian, string english)
    {
        var text = new LocalizedText(persian, english);
        if (!TextCatalog.TryRecognize(english, out var template, out var values))
        {
            return text;
        }

        var arguments = values.Select(v => new TemplateArgument(
            long.TryParse(v, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : v,
            v)).ToList();
        return text with { Source = new TextTemplate(template, arguments) };
    }

    /// <summary>The Persian form.</summary>
    public string Persian { get; private init; }

    /// <summary>The English form.</summary>
    public string English { get; private init; }

    /// <summary>
    /// The English template this text was built from by <see cref="Of"/> or <see cref="RuleViolation.Of"/>, with holes
    /// numbered <c>{0}</c>, <c>{1}</c>…, such as <c>Voting opens on {0}.</c>; the key of its translations in the
    /// library's catalogs. <see langword="null"/> for texts built from their forms. It plays no part in equality.
    /// </summary>
    public string? Template => Source?.Template;

    /// <summary>
    /// Every form this text holds, keyed by lowercase language tag: <c>fa</c> and <c>en</c> always, then any other
    /// language added with <see cref="With"/>. Translations a library text finds in the library's catalogs are not
    /// listed; <see cref="Has"/> and <see cref="In(string)"/> see them.
    /// </summary>
    public IReadOnlyDictionary<string, string> Forms =>
        Others.Add(PersianTag, Persian).Add(EnglishTag, English);

    /// <summary>The longest language tag <see cref="IsLanguageTag"/> accepts, and storage keeps: 35 characters.</summary>
    public const int MaxLanguageTagLength = 35;

    /// <summary>
    /// Whether <paramref name="tag"/> is a well-formed lowercase BCP 47 language tag, such as <c>fa</c>, <c>ckb</c>,
    /// <c>azb</c> or <c>ar-iq</c>: a primary language of two or three letters, then subtags of two to eight letters or
    /// digits, separated by hyphens; at most <see cref="MaxLanguageTagLength"/> characters in all.
    /// </summary>
    /// <param name="tag">The tag to check.</param>
    /// <returns><see langword="true"/> when the tag is well formed.</returns>
    public static bool IsLanguageTag(string? tag) => tag is not null && tag.Length <= MaxLanguageTagLength && LanguageTagPattern().IsMatch(tag);

    /// <summary>A copy of this text with its form in one language added or replaced.</summary>
    /// <param name="language">A lowercase BCP 47 language tag, such as <c>ckb</c> (see <see cref="IsLanguageTag"/>).
    /// <c>fa</c> and <c>en</c> replace <see cref="Persian"/> and <see cref="English"/>.</param>
    /// <param name="text">The text in that language.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a well-formed lowercase language tag, or
    /// <paramref name="text"/> is null, empty or white space.</exception>
    public LocalizedText With(string language, string text)
    {
        if (!IsLanguageTag(language))
        {
            throw new ArgumentException($"'{language}' is not a well-formed lowercase BCP 47 language tag such as 'ckb'.", nameof(language));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return language switch
        {
            PersianTag => this with { Persian = text },
            EnglishTag => this with { English = text },
            _ => this with { Others = Others.SetItem(language, text) },
        };
    }

    /// <summary>
    /// Whether this text has a form in <paramref name="language"/> (compared ignoring case): its own, or, for a library
    /// text, a translation in the library's catalog.
    /// </summary>
    /// <param name="language">A language tag, such as <c>ckb</c>.</param>
    /// <returns><see langword="true"/> when <see cref="In(string, IReadOnlyList{string})"/> would not fall back.</returns>
    public bool Has(string language) => TryGet(language, out _);

    /// <summary>
    /// The form for a language: its own form when this text has one (the whole tag, then its primary language, so
    /// <c>ckb-IQ</c> finds <c>ckb</c>); otherwise English when <paramref name="language"/> starts with <c>en</c>, and
    /// Persian for everything else.
    /// </summary>
    /// <param name="language">An IETF language tag such as <c>fa</c>, <c>fa-IR</c>, <c>ckb</c> or <c>en-GB</c>.</param>
    /// <returns>The text in that language.</returns>
    public string In(string language)
    {
        if (TryGet(language, out var text))
        {
            return text;
        }

        return language is not null && language.StartsWith(EnglishTag, StringComparison.OrdinalIgnoreCase) ? English : Persian;
    }

    /// <summary>
    /// The form for a language, falling back through a list of languages: the form in <paramref name="language"/> when
    /// this text has one, else the form in the first language of <paramref name="fallback"/> it has, else Persian.
    /// </summary>
    /// <param name="language">The reader's language tag, such as <c>ckb</c>.</param>
    /// <param name="fallback">The languages to try next, in order, such as the charter's
    /// <c>GovernanceCharter.FallbackFor(language)</c>.</param>
    /// <returns>The text.</returns>
    public string In(string language, IReadOnlyList<string> fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        if (TryGet(language, out var text))
        {
            return text;
        }

        foreach (var next in fallback)
        {
            if (TryGet(next, out text))
            {
                return text;
            }
        }

        return Persian;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Two texts are equal when they read the same in every language: a library text's translations from the catalogs
    /// count as its forms, so the text a host stored with those forms and read back equals the one it saved.
    /// </remarks>
    public bool Equals(LocalizedText? other)
    {
        if (other is null
            || !string.Equals(Persian, other.Persian, StringComparison.Ordinal)
            || !string.Equals(English, other.English, StringComparison.Ordinal))
        {
            return false;
        }

        var mine = ReadForms();
        var theirs = other.ReadForms();
        return mine.Count == theirs.Count
            && mine.All(form => theirs.TryGetValue(form.Key, out var text) && string.Equals(form.Value, text, StringComparison.Ordinal));
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Persian, StringComparer.Ordinal);
        hash.Add(English, StringComparer.Ordinal);
        foreach (var form in ReadForms())
        {
            hash.Add(form.Key, StringComparer.Ordinal);
            hash.Add(form.Value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    // The other languages' forms as a reader gets them: the text's own, then the catalogs' translations of its template.
    private ImmutableSortedDictionary<string, string> ReadForms()
    {
        if (Source is null)
        {
            return Others;
        }

        var forms = Others;
        foreach (var language in TextCatalog.Languages)
        {
            if (!forms.ContainsKey(language) && Source.TryRender(language, out var text))
            {
                forms = forms.Add(language, text);
            }
        }

        return forms;
    }

    /// <summary>Both base forms, Persian first, for logs and exception messages.</summary>
    /// <returns>The Persian and English texts separated by " / ".</returns>
    public override string ToString() => $"{Persian} / {English}";

    /// <summary>This library text rendered from a given translation of its template; for the library's tests.</summary>
    internal string RenderFrom(string language, string translation) =>
        (Source ?? throw new InvalidOperationException("This text was not built from a template.")).Render(language, translation);

    private bool TryGet(string? language, out string text)
    {
        text = string.Empty;
        if (string.IsNullOrEmpty(language))
        {
            return false;
        }

        var tag = language.ToLowerInvariant();
        if (TryGetExact(tag, out text) || (Source is not null && Source.TryRender(tag, out text)))
        {
            return true;
        }

        var hyphen = tag.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0
            && (TryGetExact(tag[..hyphen], out text) || (Source is not null && Source.TryRender(tag[..hyphen], out text)));
    }

    private bool TryGetExact(string tag, out string text)
    {
        switch (tag)
        {
            case PersianTag:
                text = Persian;
                return true;
            case EnglishTag:
                text = English;
                return true;
            default:
                if (Others.TryGetValue(tag, out var form))
                {
                    text = form;
                    return true;
                }

                text = string.Empty;
                return false;
        }
    }

    [GeneratedRegex("^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTagPattern();
}
