using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace ParticipatoryGovernance.EntityFrameworkCore.Translation;

/// <summary>Where a translation request stands.</summary>
public enum TranslationState
{
    /// <summary>Waiting for the translator (or for its next attempt).</summary>
    Pending,

    /// <summary>Translated: shown to readers of its language.</summary>
    Done,

    /// <summary>The text is already in the target language, or the translator cannot translate into it: nothing to show.</summary>
    NotNeeded,

    /// <summary>The translator failed on every attempt.</summary>
    Failed,
}

/// <summary>
/// One text a person wrote, in one target language: requested when the text is stored, filled in by the translation
/// worker, read by pages. Keyed by the text's SHA-256 and the language, so a text is translated once however often it
/// appears.
/// </summary>
public sealed class StoredTranslation
{
    /// <summary>The row's id.</summary>
    public long Id { get; private set; }

    /// <summary>The SHA-256 of the original text, in hexadecimal.</summary>
    public string SourceHash { get; private set; } = string.Empty;

    /// <summary>The target language's tag.</summary>
    public string TargetLanguage { get; private set; } = string.Empty;

    /// <summary>The text as written.</summary>
    public string Original { get; private set; } = string.Empty;

    /// <summary>What the page is about, for evicting cached pages once translated: <c>idea</c> or <c>meeting</c>.</summary>
    public string ThingKind { get; private set; } = string.Empty;

    /// <summary>The idea or meeting whose page shows the text.</summary>
    public Guid ThingId { get; private set; }

    /// <summary>Where the request stands.</summary>
    public TranslationState State { get; private set; }

    /// <summary>The translation, once done.</summary>
    public string? Text { get; private set; }

    /// <summary>The language the translator found the original to be in.</summary>
    public string? SourceLanguage { get; private set; }

    /// <summary>The translator's name.</summary>
    public string? Translator { get; private set; }

    /// <summary>Attempts made.</summary>
    public int Attempts { get; private set; }

    /// <summary>When the next attempt may be made.</summary>
    public Instant NextAttemptAt { get; private set; }

    /// <summary>Until when a worker holds the row (several nodes share the queue).</summary>
    public Instant? ClaimedUntil { get; private set; }

    /// <summary>The last failure, for the operator.</summary>
    public string? LastError { get; private set; }

    /// <summary>The hash a text is stored under.</summary>
    /// <param name="text">The text as written.</param>
    /// <returns>Lower-case hexadecimal SHA-256 of its UTF-8 bytes.</returns>
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    internal static StoredTranslation Request(string original, string targetLanguage, string thingKind, Guid thingId, Instant now) => new()
    {
        SourceHash = HashOf(original),
        TargetLanguage = targetLanguage,
        Original = original,
        ThingKind = thingKind,
        ThingId = thingId,
        State = TranslationState.Pending,
        NextAttemptAt = now,
    };

    internal void Translated(MachineTranslationResult result, string translator)
    {
        (Text, SourceLanguage, Translator) = (result.Text, result.SourceLanguage, translator);
        State = string.Equals(result.SourceLanguage, TargetLanguage, StringComparison.OrdinalIgnoreCase) ? TranslationState.NotNeeded : TranslationState.Done;
        Attempts++;
        ClaimedUntil = null;
        LastError = null;
    }

    internal void CannotTranslate()
    {
        State = TranslationState.NotNeeded;
        Attempts++;
        ClaimedUntil = null;
    }

    internal void AttemptFailed(string error, Instant now, TranslationOptions options)
    {
        Attempts++;
        ClaimedUntil = null;
        LastError = error.Length <= 1000 ? error : error[..1000];
        if (Attempts >= options.MaxAttempts)
        {
            State = TranslationState.Failed;
            return;
        }

        NextAttemptAt = now + options.FirstRetryDelay * Math.Pow(2, Attempts - 1);
    }
}

/// <summary>A translator's answer as the row keeps it.</summary>
internal readonly record struct MachineTranslationResult(string Text, string SourceLanguage);
