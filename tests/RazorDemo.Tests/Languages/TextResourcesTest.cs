using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using RazorDemo.Localization;

namespace RazorDemo.Tests.Languages;

/// <summary>
/// The site's resources: the committed list of its texts (samples/RazorDemo/Resources/Texts.keys.json, each English key
/// with the Persian it is written beside, the translators' source) is current, and every other language's resource gives
/// every text with the same values, and nothing else.
/// </summary>
public partial class TextResourcesTest
{
    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string KeysFile = Path.Combine(TextKeys.DemoDirectory, "Resources", "Texts.keys.json");

    public static TheoryData<string> OtherLanguages => [DemoCultures.CentralKurdish, DemoCultures.SouthAzerbaijani, DemoCultures.Arabic];

    [Fact]
    public void TheKeysFile_ListsEveryTextInTheSources()
    {
        var found = Source();
        var written = JsonSerializer.Serialize(found, Written) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_TEXT_KEYS") == "1")
        {
            File.WriteAllText(KeysFile, written);
        }

        found.Should().HaveCountGreaterThan(800, "the scanner finds the site's texts");
        File.ReadAllText(KeysFile).Should().Be(written, "Texts.keys.json is regenerated with UPDATE_TEXT_KEYS=1 dotnet test tests/RazorDemo.Tests --filter TextResourcesTest");
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void EveryLanguage_GivesEveryText_WithTheSameValues(string language)
    {
        var keys = Source();
        var catalog = TextCatalog.Of(language);

        var missing = keys.Keys.Where(k => !catalog.ContainsKey(k)).ToList();
        var stale = catalog.Keys.Where(k => !keys.ContainsKey(k)).ToList();
        var wrongHoles = catalog.Where(e => keys.ContainsKey(e.Key) && !Holes(e.Key).SequenceEqual(Holes(e.Value))).Select(e => e.Key).ToList();
        var untranslated = catalog.Where(e => e.Value == e.Key && LatinWord().Count(e.Value) >= 2).Select(e => e.Key).ToList();

        missing.Should().BeEmpty($"Texts.{language}.json must translate all {keys.Count} texts ({missing.Count} missing, such as: {string.Join(" | ", missing.Take(5))})");
        stale.Should().BeEmpty($"Texts.{language}.json must not keep texts the site no longer has");
        wrongHoles.Should().BeEmpty("a translation keeps each {0}, {1}… of its English text");
        untranslated.Should().BeEmpty("a translation is not the English text copied");
    }

    [Fact]
    public void TheScanner_KeysATextAsTheSiteLooksItUp()
    {
        var count = 3;
        var name = "x";
        DemoText interpolated = $"There are {count} ideas from {name} {{kept}}.";
        var source = "L.T($\"{L.N(count)} ایده از {name} {{kept}}\", $\"There are {count} ideas from {name} {{kept}}.\") + L.Count(n, \"طرح\", \"project\", \"projects\")";

        var pairs = TextKeys.Scan(source, "test", razor: false).ToList();

        pairs.Select(p => p.Key).Should().Equal(interpolated.Key, "project", "projects");
        interpolated.Key.Should().Be("There are {0} ideas from {1} {{kept}}.");
        interpolated.Format("{0} ئایدیا لە {1} {{kept}}.", ParticipatoryGovernance.Calendar.SolarHijriLanguage.Arabic).Should().Be("٣ ئایدیا لە x {kept}.");
    }

    private static SortedDictionary<string, string> Source()
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in TextKeys.InDemo())
        {
            found.TryAdd(pair.Key, pair.Persian);
        }

        return found;
    }

    private static IEnumerable<string> Holes(string template) => Hole().Matches(template).Select(m => m.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<!\{)\{\d+\}")]
    private static partial Regex Hole();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex LatinWord();
}
