using ParticipatoryGovernance.Translation;

namespace RazorDemo.Localization;

/// <summary>What the "translated" label under a text shows: who translated it, from which language, and the original one click away.</summary>
/// <param name="Translation">The stored translation.</param>
/// <param name="Original">The text as its writer wrote it.</param>
public sealed record TranslatedNote(TextTranslation Translation, string Original);
