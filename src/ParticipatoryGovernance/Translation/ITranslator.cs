namespace ParticipatoryGovernance.Translation;

/// <summary>
/// A machine-translation service the host plugs in, so a reader can see an idea or a comment in their own language. The
/// library ships none: until a host registers one (and the storage package's translation worker), no text a person
/// wrote is sent anywhere.
/// </summary>
/// <remarks>
/// Implementations call a service of the city's choosing (a government translation service, a hosted model, a
/// commercial API). They must be thread-safe. Throw when the service fails: the worker tries again later.
/// </remarks>
public interface ITranslator
{
    /// <summary>The name shown beside a translation, such as <c>Google Translate</c> or <c>the city's translation service</c>.</summary>
    string Name { get; }

    /// <summary>Translates a text into a language.</summary>
    /// <param name="text">What a person wrote, as they wrote it (at most a few thousand characters).</param>
    /// <param name="targetLanguage">The reader's language tag, one of the city's languages (<c>fa</c>, <c>en</c>, <c>ckb</c>…).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The translation and the language the service found the text to be in; <see langword="null"/> when the service
    /// cannot translate into that language (it is then not asked again for this text).
    /// </returns>
    Task<MachineTranslation?> TranslateAsync(string text, string targetLanguage, CancellationToken cancellationToken = default);
}

/// <summary>What a translator gave back.</summary>
/// <param name="Text">The translated text.</param>
/// <param name="SourceLanguage">The language the text was found to be in (a tag such as <c>fa</c>); when it is the target language, nothing is shown.</param>
public sealed record MachineTranslation(string Text, string SourceLanguage);

/// <summary>A stored translation of a text a person wrote, ready to show beside a "translated" label.</summary>
/// <param name="Text">The translated text.</param>
/// <param name="SourceLanguage">The language of the original.</param>
/// <param name="Translator">The translator's <see cref="ITranslator.Name"/>, for the label.</param>
public sealed record TextTranslation(string Text, string SourceLanguage, string Translator);

/// <summary>
/// Finds the stored translations of texts people wrote. Pages read here; they never call a translator (a page view
/// computes nothing that can be computed once, when the text is written).
/// </summary>
public interface ITranslationLookup
{
    /// <summary>The stored translations of the given texts into a language.</summary>
    /// <param name="originals">The texts as written.</param>
    /// <param name="language">The reader's language tag.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>By original text, the translations that exist; a text with none (not translated yet, already in that language, or no translator) is absent.</returns>
    Task<IReadOnlyDictionary<string, TextTranslation>> FindAsync(IReadOnlyCollection<string> originals, string language, CancellationToken cancellationToken = default);
}
