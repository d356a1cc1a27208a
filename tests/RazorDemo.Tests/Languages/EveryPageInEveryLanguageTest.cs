using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using RazorDemo.Identity;
using RazorDemo.Localization;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Languages;

/// <summary>
/// Issue #21's proof: every page a reader can reach (crawled from the home page and each role's menu, as anonymous and
/// as every role) in each of the five languages has the right <c>lang</c> and <c>dir</c>, the language's own digits, no
/// text its resource lacks, and no English or Persian sentence of the site left in a Kurdish, Azerbaijani or Arabic page.
/// Names and data the site shows as they were written (in <c>bdi</c>, marked with their own <c>lang</c>, or left to right
/// such as e-mail addresses and codes) are not the site's words and are not judged.
/// </summary>
[Collection(DemoCollection.Name)]
public partial class EveryPageInEveryLanguageTest(DemoFactory factory)
{
    private const int MostPagesPerReader = 70;

    /// <summary>Words a page may show in Latin letters in every language: names of technologies and of this project.</summary>
    private static readonly HashSet<string> LatinNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "API", "USSD", "SMS", "CSV", "JSON", "iCal", "ics", "OpenAPI", "README", "GitHub", "HTTP", "HTTPS", "URL", "ParticipatoryGovernance",
        "Scalar", "NuGet", "SQLite", "PostgreSQL", "Redis", "Bearer", "HMAC", "SHA", "XML", "RSS", "Atom", "GTFS", "ODS", "www",
        "Excel", "webhook", "webhooks",

        // The text-message keywords the SMS gateway reads (SmsKeywords), and the README section a page names.
        "VOTE", "ENDORSE", "STATUS", "HELP", "Use",
    };

    public static TheoryData<string> Languages => [.. DemoCultures.Codes];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryPage_IsWhollyInTheReadersLanguage(string language)
    {
        var problems = new List<string>();
        var visited = 0;
        var persianSentences = PersianSentences(language);
        foreach (var reader in Readers())
        {
            var client = reader is null ? factory.NewClient() : await SignIn.AsRoleAsync(factory, reader);
            await ChooseAsync(client, language);
            var start = new List<string> { "/" };
            start.AddRange(AuthorizationMatrixTestPages(reader));
            visited += await CrawlAsync(client, start, reader ?? "(anonymous)", language, persianSentences, problems);
        }

        if (Environment.GetEnvironmentVariable("LANGUAGE_PROBLEMS_OUT") is { Length: > 0 } output)
        {
            await File.WriteAllLinesAsync(Path.Combine(output, $"{language}.txt"), problems);
        }

        visited.Should().BeGreaterThan(60, "the crawl reaches the site's pages");
        problems.Should().BeEmpty($"every page in {language} is in {language} ({problems.Count} problems on {visited} pages)");
    }

    private static IEnumerable<string?> Readers() => [null, .. DemoRoles.All];

    private static IEnumerable<string> AuthorizationMatrixTestPages(string? role) =>
        role is null ? [] : Pages.AuthorizationMatrixTest.ProtectedPages
            .Where(p => DemoPolicies.Roles[p.Policy].Contains(role))
            .Select(p => p.Url);

    private static async Task ChooseAsync(HttpClient client, string language)
    {
        var page = await HtmlPage.GetAsync(client, "/Calendar");
        var response = await HtmlPage.SubmitAsync(client, page, "#language-switch", new Dictionary<string, string> { ["code"] = language });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"the switch offers {language}");
    }

    private static async Task<int> CrawlAsync(HttpClient client, List<string> start, string reader, string language, IReadOnlyList<(string Sentence, string Key)> persianSentences, List<string> problems)
    {
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(start.Select(Pattern));
        var count = 0;
        while (queue.Count > 0 && count < MostPagesPerReader)
        {
            var url = queue.Dequeue();
            var missingBefore = TextCatalog.Missing.Keys.Where(k => k.Language == language).ToHashSet();
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            count++;
            var page = await HtmlPage.ReadAsync(response);
            var where = $"{reader} {url}";
            Check(page, language, where, persianSentences, problems);
            foreach (var miss in TextCatalog.Missing.Keys.Where(k => k.Language == language && !missingBefore.Contains(k)))
            {
                problems.Add($"{where}: no {language} text for «{miss.Key}»");
            }

            foreach (var link in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(Followed))
            {
                if (seen.Add(Pattern(link)))
                {
                    queue.Enqueue(link);
                }
            }
        }

        return count;
    }

    private static bool Followed(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        && !href.StartsWith("/api", StringComparison.OrdinalIgnoreCase) && !href.StartsWith("/channels", StringComparison.OrdinalIgnoreCase)
        && !href.Contains("/ical", StringComparison.OrdinalIgnoreCase) && !href.StartsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase)
        && !Regex.IsMatch(href, @"\.(csv|json|ics|svg|png|css|js)(\?|$)", RegexOptions.IgnoreCase);

    /// <summary>A link's page: identifiers and numbers made alike, the query dropped, so each page is read once per reader.</summary>
    private static string Pattern(string href)
    {
        var path = href.Split('?', '#')[0];
        path = Guid().Replace(path, "{id}");
        return Number().Replace(path, "/{n}").ToUpperInvariant();
    }

    private static void Check(IDocument page, string language, string where, IReadOnlyList<(string Sentence, string Key)> persianSentences, List<string> problems)
    {
        var expectedDir = DemoCultures.Calendar(language).IsRightToLeft ? "rtl" : "ltr";
        if (page.DocumentElement.GetAttribute("lang") != language || page.DocumentElement.GetAttribute("dir") != expectedDir)
        {
            problems.Add($"{where}: <html lang=\"{page.DocumentElement.GetAttribute("lang")}\" dir=\"{page.DocumentElement.GetAttribute("dir")}\">, expected {language}/{expectedDir}");
        }

        var text = SiteText(page.Body!, language);
        var foreignDigits = language == DemoCultures.Arabic ? PersianDigit() : ArabicIndicDigit();
        if (language != DemoCultures.English && foreignDigits.Match(text) is { Success: true } digit)
        {
            problems.Add($"{where}: digit '{digit.Value}' of another script in «{Around(text, digit.Index)}»");
        }

        if (language is DemoCultures.English or DemoCultures.Persian)
        {
            return;
        }

        foreach (Match word in LatinWord().Matches(text))
        {
            if (!LatinNames.Contains(word.Value))
            {
                problems.Add($"{where}: Latin text «{Around(text, word.Index)}»");
                break;
            }
        }

        foreach (var (sentence, key) in persianSentences)
        {
            if (text.Contains(sentence, StringComparison.Ordinal))
            {
                problems.Add($"{where}: Persian text of «{key}» left: «{sentence}»");
            }
        }
    }

    /// <summary>
    /// The page's own words: without scripts, styles, names in <c>bdi</c>, what people wrote in their own direction
    /// (<c>dir="auto"</c>: an idea's description, a meeting's minutes), parts marked with another language or written left
    /// to right (addresses, codes, numbers typed in forms), the language switch (each language by its own name) and form
    /// values.
    /// </summary>
    private static string SiteText(IElement body, string language)
    {
        var text = new StringBuilder();
        Append(body, language, text);
        // Addresses, e-mail addresses and file paths are identifiers, not words of a language.
        var words = Regex.Replace(text.ToString(), @"[\w.+-]+@[\w.-]+|https?://\S+|\b[\w-]+(/[\w.-]+)+\.\w+", " ");
        return Regex.Replace(words, @"\s+", " ");
    }

    private static void Append(INode node, string language, StringBuilder text)
    {
        if (node is IElement element)
        {
            var name = element.LocalName;
            if (name is "script" or "style" or "bdi" or "code" or "kbd" or "samp" or "pre" or "textarea" or "select" or "input" or "template"
                || element.GetAttribute("dir") is "ltr" or "auto"
                || (element.GetAttribute("lang") is { Length: > 0 } lang && lang != language)
                || element.Id == "language-switch" || element.HasAttribute("translate") && element.GetAttribute("translate") == "no")
            {
                return;
            }

            foreach (var attribute in new[] { "title", "aria-label", "placeholder", "alt" })
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } value)
                {
                    text.Append(' ').Append(value).Append(' ');
                }
            }
        }

        if (node.NodeType == NodeType.Text)
        {
            text.Append(node.TextContent);
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            Append(child, language, text);
        }
    }

    /// <summary>
    /// The site's Persian sentences (the longest literal run of each Persian text beside a key, 16 characters or more)
    /// whose translation into <paramref name="language"/> differs: one found on that language's page is left untranslated.
    /// </summary>
    private static List<(string Sentence, string Key)> PersianSentences(string language)
    {
        if (language is DemoCultures.English or DemoCultures.Persian)
        {
            return [];
        }

        var keys = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(TextKeys.DemoDirectory, "Resources", "Texts.keys.json")))!;
        var catalog = TextCatalog.Of(language);
        var sentences = new List<(string Sentence, string Key)>();
        foreach (var (key, persian) in keys)
        {
            var longest = Hole().Split(persian).Select(s => s.Replace("{{", "{").Replace("}}", "}").Trim()).MaxBy(s => s.Length) ?? "";
            if (longest.Length >= 16 && !(catalog.TryGetValue(key, out var translated) && translated.Contains(longest, StringComparison.Ordinal)))
            {
                sentences.Add((longest, key));
            }
        }

        return sentences;
    }

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 30), Math.Min(70, text.Length - Math.Max(0, index - 30)));

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex Number();

    [GeneratedRegex("[\u06F0-\u06F9]")]
    private static partial Regex PersianDigit();

    [GeneratedRegex("[\u0660-\u0669]")]
    private static partial Regex ArabicIndicDigit();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"(?<!\{)\{\d+\}(?!\})")]
    private static partial Regex Hole();
}
