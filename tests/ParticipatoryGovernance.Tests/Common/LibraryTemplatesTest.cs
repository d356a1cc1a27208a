using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Common;

/// <summary>
/// Keeps <c>src/ParticipatoryGovernance/Resources/Texts.keys.txt</c>, the list of every English template the library's
/// texts are built from, in step with the sources: the translators of the library's catalogs work from it.
/// </summary>
public sealed partial class LibraryTemplatesTest
{
    internal static string KeysFile => Path.Combine(Repository.Root(), "src", "ParticipatoryGovernance", "Resources", "Texts.keys.txt");

    internal static IReadOnlyList<string> Keys() =>
        [.. TemplateScanner.Scan(Path.Combine(Repository.Root(), "src")).Select(f => f.Template).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [Fact]
    public void KeysFile_ListsEveryTemplateInTheSources_RewritingItWhenItDiffers()
    {
        var keys = Keys();
        keys.Should().NotContain(k => k.Contains('\n') || k.Contains('\r'), "the keys file holds one template a line");
        var expected = string.Join('\n', keys) + "\n";
        var committed = File.Exists(KeysFile) ? File.ReadAllText(KeysFile) : string.Empty;

        if (!string.Equals(committed, expected, StringComparison.Ordinal))
        {
            File.WriteAllText(KeysFile, expected, new UTF8Encoding(false));
        }

        committed.Should().Be(expected, "Texts.keys.txt must list the sources' templates; it has been rewritten, so commit it");
    }

    [Fact]
    public void Scanner_GivesTheTemplateTheHandlerCaptures_ForRealCallSites()
    {
        var found = TemplateScanner.Scan(Path.Combine(Repository.Root(), "src"));
        string[] InFile(string file) => [.. found.Where(f => f.File.EndsWith(file, StringComparison.Ordinal)).Select(f => f.Template)];

        var duplicate = (RafsanjanPreset.Charter with { Languages = ["fa", "ckb", "ckb"] }).Validate().Single();
        var malformed = (RafsanjanPreset.Charter with { Languages = ["fa", "CKB"] }).Validate().Single();
        var empty = (RafsanjanPreset.Charter with { Languages = [] }).Validate().Single();
        var seats = (RafsanjanPreset.Charter with { CouncilSeats = 0 }).Validate().Single();

        foreach (var violation in new[] { duplicate, malformed, empty, seats })
        {
            violation.Message.Template.Should().NotBeNull();
            InFile("Municipalities/GovernanceCharter.cs").Should().Contain(violation.Message.Template);
        }

        duplicate.Message.Template.Should().Be("Languages lists '{0}' more than once; each language must appear once.");
        empty.Message.Template.Should().Be(empty.Message.English);
    }

    [Fact]
    public void Handler_CapturesTheTemplate_AndWritesTheEnglishAsAnInterpolatedStringWould()
    {
        var count = 1234;
        var name = new LocalizedText("پارک", "Park");
        var date = new NodaTime.LocalDate(2024, 4, 28);

        var text = LocalizedText.Of("متن", $"The {name} has {count} trees and {{braces}}, planted {date}, {3.5m:0.00} ha.");

        text.Template.Should().Be("The {0} has {1} trees and {braces}, planted {2}, {3} ha.");
        text.English.Should().Be(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The Park has {count} trees and {{braces}}, planted {ParticipatoryGovernance.Calendar.PersianDates.FormatLatin(date)}, {3.5m:0.00} ha."));
        new LocalizedText("a", "b").Template.Should().BeNull();
        RuleViolation.Of("x", "متن", "Plain text.").Message.Template.Should().Be("Plain text.");
    }

    [Fact]
    public void Scanner_KeysAnInterpolatedStringAsTheHandlerDoes()
    {
        var expression = (Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax)Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseExpression(
            "$\"The {name} has {count:N0} trees and {{braces}}, planted {date}, {3.5m:0.00} ha.\"");

        TemplateScanner.TemplatesOf(expression).Should().Equal("The {0} has {1} trees and {braces}, planted {2}, {3} ha.");
    }

    [Fact]
    public void RenderFrom_WritesEachValueInTheLanguage()
    {
        var name = new LocalizedText("پارک", "Park").With("ckb", "پارکی");
        var date = new NodaTime.LocalDate(2024, 4, 28);
        var count = 1403;

        var text = LocalizedText.Of("متن", $"The {name} opened on {date} with {count} trees ({3.5m:0.00} ha, code {"A1"}).");

        var kurdish = ParticipatoryGovernance.Calendar.SolarHijriLanguage.CentralKurdish;
        var arabic = ParticipatoryGovernance.Calendar.SolarHijriLanguage.Arabic;
        text.RenderFrom("ckb", "{0} لە {1} کرایەوە، {2} دار ({3}، {4}).").Should().Be(
            $"پارکی لە {kurdish.FormatLong(date)} کرایەوە، {kurdish.FormatNumber(1403)} دار ({kurdish.FormatNumber(3)}.{kurdish.FormatNumber(50)}، A1).");
        text.RenderFrom("ar", "{2} {0}").Should().Be("١٤٠٣ پارک", "Arabic digits, and the name falls back to Persian");
        text.RenderFrom("de", "{2}").Should().Be("1403", "a language without a calendar keeps the English value");
        text.In("ckb").Should().Be(text.Persian, "the ckb catalog has no translation of this template");
        text.Has("ckb").Should().BeFalse();
    }
}

/// <summary>
/// Checks the library's catalogs (<c>Resources/Texts.&lt;tag&gt;.json</c>) against Texts.keys.txt: every key
/// translated, with the same holes, and no stale keys. Fails until the translators have finished each catalog.
/// </summary>
public sealed partial class LibraryCatalogTest
{
    public static TheoryData<string> Catalogs() => ["ckb", "azb", "ar"];

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Catalog_TranslatesEveryKey_WithTheSameHoles_AndNoStaleKeys(string language)
    {
        var keys = File.ReadAllLines(LibraryTemplatesTest.KeysFile).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var path = Path.Combine(Repository.Root(), "src", "ParticipatoryGovernance", "Resources", $"Texts.{language}.json");
        var catalog = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;

        var missing = keys.Where(k => !catalog.ContainsKey(k) || string.IsNullOrWhiteSpace(catalog[k])).Order(StringComparer.Ordinal).ToList();
        var stale = catalog.Keys.Where(k => !keys.Contains(k)).Order(StringComparer.Ordinal).ToList();
        var badHoles = catalog.Where(e => keys.Contains(e.Key) && !Holes(e.Key).SequenceEqual(Holes(e.Value))).Select(e => e.Key).Order(StringComparer.Ordinal).ToList();

        (missing.Count + stale.Count + badHoles.Count).Should().Be(
            0,
            $"Texts.{language}.json must translate all {keys.Count} keys of Texts.keys.txt: {missing.Count} missing (first: {missing.FirstOrDefault()}), "
            + $"{stale.Count} stale (first: {stale.FirstOrDefault()}), {badHoles.Count} with other holes (first: {badHoles.FirstOrDefault()})");
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Catalog_IsAnEmbeddedFlatObjectOfStrings(string language)
    {
        using var stream = typeof(LocalizedText).Assembly.GetManifestResourceStream($"ParticipatoryGovernance.Resources.Texts.{language}.json");

        stream.Should().NotBeNull();
        var act = () => JsonSerializer.Deserialize<Dictionary<string, string>>(stream!);
        act.Should().NotThrow();
    }

    private static IEnumerable<string> Holes(string text) => HolePattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex HolePattern();
}
