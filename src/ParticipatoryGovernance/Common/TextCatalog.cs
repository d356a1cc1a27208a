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

    /// <summary>The languages the library has a catalog for, from its embedded resources.</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. typeof(TextCatalog).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^".json".Length])
        .Order(StringComparer.Ordinal)];

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

    private static readonly Lazy<IReadOnlyList<(System.Text.RegularExpressions.Regex Pattern, string Template)>> Patterns = new(BuildPatterns);

    /// <summary>
    /// The template an English text was written from, with the text of each hole, when the text is one of the library's
    /// templates filled in (a reason stored as text, such as "Reported by 3 residents; hidden until a moderator decides").
    /// </summary>
    public static bool TryRecognize(string english, out string template, out IReadOnlyList<string> values)
    {
        foreach (var (pattern, candidate) in Patterns.Value)
        {
            var match = pattern.Match(english);
            if (match.Success)
            {
                template = candidate;
                values = [.. match.Groups.Cast<System.Text.RegularExpressions.Group>().Skip(1).Select(g => g.Value)];
                return true;
            }
        }

        template = string.Empty;
        values = [];
        return false;
    }

    private static List<(System.Text.RegularExpressions.Regex Pattern, string Template)> BuildPatterns()
    {
        // Every template some catalog translates; one with holes becomes an anchored pattern, each hole a lazy group.
        var templates = typeof(TextCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".json".Length])
            .SelectMany(language => Catalogs.GetOrAdd(language, Load).Keys)
            .Distinct(StringComparer.Ordinal)
            .Where(t => t.Contains('{', StringComparison.Ordinal))
            .OrderByDescending(t => t.Length);
        var patterns = new List<(System.Text.RegularExpressions.Regex, string)>();
        foreach (var template in templates)
        {
            var literal = System.Text.RegularExpressions.Regex.Escape(template.Replace("{{", "\u0001", StringComparison.Ordinal).Replace("}}", "\u0002", StringComparison.Ordinal));
            var regex = System.Text.RegularExpressions.Regex.Replace(literal, @"\\\{\d+}", "(.+?)")
                .Replace("\u0001", "\\{", StringComparison.Ordinal).Replace("\u0002", "}", StringComparison.Ordinal);
            patterns.Add((new System.Text.RegularExpressions.Regex("^" + regex + "$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)), template));
        }

        return patterns;
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
