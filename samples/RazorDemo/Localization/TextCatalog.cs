using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;

namespace RazorDemo.Localization;

/// <summary>
/// The site's texts in the languages other than its two source languages: one resource per language
/// (<c>Resources/Texts.&lt;tag&gt;.json</c>, embedded), a flat object from the English template (<see cref="DemoText.Key"/>)
/// to that language's template with the same <c>{0}</c>… holes. Persian and English are written in the pages themselves
/// (<c>L.T("…", "…")</c>) and are the source every other resource is translated from.
/// </summary>
public static class TextCatalog
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Catalogs = Load();

    /// <summary>
    /// The keys a page asked for in a language whose resource lacks them (the page fell back to Persian); the tests that
    /// render every page in every language require it to stay empty.
    /// </summary>
    public static ConcurrentDictionary<(string Language, string Key), byte> Missing { get; } = new();

    /// <summary>The languages with a resource.</summary>
    public static IEnumerable<string> Languages => Catalogs.Keys;

    /// <summary>The resource of one language (empty when there is none).</summary>
    public static IReadOnlyDictionary<string, string> Of(string language) =>
        Catalogs.TryGetValue(language, out var catalog) ? catalog : FrozenDictionary<string, string>.Empty;

    /// <summary>The template for <paramref name="key"/> in <paramref name="language"/>, recording a miss when <paramref name="record"/> (a text of the site, not of a record).</summary>
    public static string? Find(string language, string key, bool record = true)
    {
        if (Catalogs.TryGetValue(language, out var catalog) && catalog.TryGetValue(key, out var template))
        {
            return template;
        }

        if (record)
        {
            Missing.TryAdd((language, key), 0);
        }

        return null;
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        var assembly = typeof(TextCatalog).Assembly;
        const string prefix = "RazorDemo.Resources.Texts.";
        var catalogs = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var language = name[prefix.Length..^".json".Length];
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"The resource {name} is not a JSON object of texts.");
            catalogs[language] = entries.ToFrozenDictionary(StringComparer.Ordinal);
        }

        return catalogs.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
