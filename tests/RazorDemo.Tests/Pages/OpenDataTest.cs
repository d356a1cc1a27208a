using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Residents;
using RazorDemo.Data;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// /OpenData lists the four sets and serves each as CSV (UTF-8 with a byte order mark, for Excel) and JSON, with the
/// right content types and file names; resident-written text that a spreadsheet would run is made safe; the
/// demographics are drawn with a table of the same figures; the files are written once per change.
/// </summary>
[Collection(DemoCollection.Name)]
public class OpenDataTest(DemoFactory factory)
{
    private static readonly string[] Sets = ["ideas", "decisions", "council-rosters", "participation"];

    [Fact]
    public async Task Index_ListsTheFourSets_EachWithItsCsvAndJsonDownload_AndTheDemographicsChartWithItsTable()
    {
        var client = factory.NewClient();

        var english = await HtmlPage.GetAsync(client, "/OpenData?culture=en");
        var persian = await HtmlPage.GetAsync(client, "/OpenData?culture=fa");

        english.QuerySelectorAll("#sets tr[data-set]").Select(r => r.GetAttribute("data-set")).Should().Equal(Sets);
        foreach (var set in Sets)
        {
            english.QuerySelectorAll($"#sets tr[data-set='{set}'] a[download]").Select(a => a.GetAttribute("href")).Should().Equal($"/OpenData/{set}.csv", $"/OpenData/{set}.json");
        }

        english.QuerySelector("#chart-demographics")!.GetAttribute("role").Should().Be("img");
        english.QuerySelectorAll("#demographics-table tbody tr").Should().NotBeEmpty();
        english.QuerySelector("#suppressed-note")!.TextContent.Should().Contain("Counts below 5");
        var main = persian.QuerySelector("main")!;
        foreach (var script in main.QuerySelectorAll("script").ToList())
        {
            script.Remove();
        }

        main.TextContent.Replace("CSV", "", StringComparison.Ordinal).Replace("JSON", "", StringComparison.Ordinal).Replace("Excel", "", StringComparison.Ordinal)
            .Should().NotMatchRegex("[0-9]", "a Persian page shows Persian digits");
    }

    [Theory]
    [InlineData("ideas")]
    [InlineData("decisions")]
    [InlineData("council-rosters")]
    [InlineData("participation")]
    public async Task EverySet_DownloadsAsCsvWithABomAndAsJson_WithTheirTypesAndFileNames(string set)
    {
        var client = factory.NewClient();

        var csv = await client.GetAsync($"/OpenData/{set}.csv");
        var json = await client.GetAsync($"/OpenData/{set}.json");

        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        csv.Content.Headers.ContentType!.CharSet.Should().Be("utf-8");
        csv.Content.Headers.ContentDisposition!.FileNameStar.Should().Be($"{set}.csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF], "Excel reads Persian CSV as UTF-8 only after a byte order mark");
        json.StatusCode.Should().Be(HttpStatusCode.OK);
        json.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        json.Content.Headers.ContentDisposition!.FileNameStar.Should().Be($"{set}.json");
        using var document = JsonDocument.Parse(await json.Content.ReadAsByteArrayAsync());
        document.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        var header = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split('\n')[0].Trim();
        header.Split(',').Length.Should().BeGreaterThan(3);
    }

    [Theory]
    [InlineData("/OpenData/secrets.csv")]
    [InlineData("/OpenData/ideas.xlsx")]
    [InlineData("/OpenData/..%2Fappsettings.json")]
    public async Task AnUnknownSetOrFormat_IsNotFound(string url)
    {
        var response = await factory.NewClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AHostileIdeaTitle_IsMadeSafeForSpreadsheets_InTheCsv_AndKeptAsTypedInTheJson_AfterTheChangeEvictsTheFiles()
    {
        var client = factory.NewClient();
        var before = await client.GetAsync("/OpenData/ideas.csv");
        (await client.GetAsync("/OpenData/ideas.csv")).Headers.Age.Should().NotBeNull("the file is served from the cache until a change");
        const string title = "=HYPERLINK(\"http://evil.example\",\"نیمکت\")";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParticipatoryGovernance.EntityFrameworkCore.GovernanceDbContext>();
            var city = await scope.ServiceProvider.GetRequiredService<DemoCity>().GetAsync();
            var proposer = await db.Set<Resident>().AsNoTracking().OrderBy(r => r.Id).Skip(7).FirstAsync(r => r.NeighbourhoodId == city.Neighbourhoods[5].Id);
            var commands = scope.ServiceProvider.GetRequiredService<DemoCommands>();
            var submitted = await commands.RunAsync(commands.Get<SubmitIdeaHandler>().HandleAsync(
                new SubmitIdea(city.Municipality.Id, proposer.Id, title, "پیوندی که در Excel اجرا می‌شود", city.Charter.UrbanFields[0].Key, city.Neighbourhoods[5].Id)));
            submitted.IsSuccess.Should().BeTrue(submitted.ToString());
        }

        var csv = await client.GetAsync("/OpenData/ideas.csv");
        var json = await client.GetAsync("/OpenData/ideas.json");

        before.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Headers.Age.Should().BeNull("the new idea evicted the cached file");
        var text = await csv.Content.ReadAsStringAsync();
        text.Should().Contain("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"نیمکت\"\")\"", "a formula is written with a leading quote")
            .And.NotContain(",=HYPERLINK", "no cell starts with =");
        using var document = JsonDocument.Parse(await json.Content.ReadAsByteArrayAsync());
        document.RootElement.EnumerateArray().Select(i => i.GetProperty("title").GetString()).Should().Contain(title, "JSON keeps the text as typed");
    }
}
