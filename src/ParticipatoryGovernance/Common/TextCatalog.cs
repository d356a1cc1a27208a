using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;

namespace ParticipatoryGovernance.Common;

/// <summary>
/// The library's translations of its English templates, one embedded JSON resource per language
/// (<c>Resources/Texts.&lt;tag&gt;.json</c>): a flat object whose keys are English templates with holes <c>{0}</c>,
/// <c>{1}</c>… and whose values are the translations with the same holes.
/// </summary>
internal static class TextCatalog
{
    private const string ResourcePrefix = "ParticipatoryGovernance.Resources.Texts.";

    private static readonly ConcurrentDictionary<string, FrozenDictionary<string, string>> Catalogs = new(StringComparer.Ordinal);

    public static bool TryGet(string language, string template, out string translation)
    {
        var catalog = Catalogs.GetOrAdd(language, Load);
        if (catalog.TryGetValue(template, out var found) && !string.IsNullOrWhiteSpace(found))
        {
            translation = found;
            return true;
        }

        translation = string.Empty;
        return false;
    }

    private static FrozenDictionary<string, string> Load(string language)
    {
        using var stream = typeof(TextCatalog).Assembly.GetManifestResourceStream(ResourcePrefix + language + ".json");
        if (stream is null)
        {
            return FrozenDictionary<string, string>.Empty;
        }

        var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"The library's catalog for '{language}' is not a JSON object.");
        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
