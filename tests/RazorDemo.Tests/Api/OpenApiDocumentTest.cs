using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Api;

/// <summary>
/// The OpenAPI document the package generates is committed as docs/api/openapi.v1.json, as the public API files are: a
/// change of the API without the committed document updated fails here, with the first difference and how to update it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTest(DemoFactory factory)
{
    private const string UpdateVariable = "PG_UPDATE_OPENAPI";

    [Fact]
    public async Task TheGeneratedDocument_IsTheCommittedOne()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/v1/openapi/v1.json");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var generated = Normalise(await response.Content.ReadAsStringAsync());
        var committedPath = Path.Combine(RepositoryRoot(), "docs", "api", "openapi.v1.json");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(committedPath, generated);
        }

        var committed = File.Exists(committedPath) ? Normalise(await File.ReadAllTextAsync(committedPath)) : string.Empty;
        if (generated != committed)
        {
            var generatedLines = generated.Split('\n');
            var committedLines = committed.Split('\n');
            var line = Enumerable.Range(0, Math.Max(generatedLines.Length, committedLines.Length))
                .First(i => i >= generatedLines.Length || i >= committedLines.Length || generatedLines[i] != committedLines[i]);
            Assert.Fail(
                $"docs/api/openapi.v1.json is not the document the API generates. First difference at line {line + 1}:\n"
                + $"  committed: {(line < committedLines.Length ? committedLines[line] : "(end of file)")}\n"
                + $"  generated: {(line < generatedLines.Length ? generatedLines[line] : "(end of file)")}\n"
                + $"If the change is meant, update the file: {UpdateVariable}=1 dotnet test tests/RazorDemo.Tests --filter FullyQualifiedName~OpenApiDocumentTest, review the diff and commit it.");
        }
    }

    [Fact]
    public async Task TheDocument_ListsEveryEndpoint_AndTheWritesNeedTheBearerScheme()
    {
        using var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/v1/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        var operations = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value))).ToList();
        operations.Select(o => o.Operation.GetProperty("operationId").GetString()).Should().BeEquivalentTo(
            "GetMunicipality", "ListNeighbourhoods", "GetNeighbourhood", "ListMeetings", "GetMeeting", "ListCouncils", "ListIdeas", "GetIdea",
            "ListIdeaComments", "ListCampaigns", "ListBudgetingRounds", "GetBudgetingRound", "GetFigures", "ListOpenDataSets", "GetOpenDataSet",
            "SubmitIdea", "EndorseIdea", "WithdrawIdeaEndorsement", "CommentOnIdea", "ReplyToComment", "CastBudgetBallot");
        operations.Should().OnlyContain(o => o.Path.StartsWith("/api/v1/municipalities/{city}", StringComparison.Ordinal));
        foreach (var write in operations.Where(o => o.Method == "post"))
        {
            write.Operation.GetProperty("security")[0].TryGetProperty("bearer", out _).Should().BeTrue(write.Path);
            write.Operation.GetProperty("responses").TryGetProperty("401", out _).Should().BeTrue(write.Path);
        }

        document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString().Should().Be("bearer");
    }

    private static string Normalise(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "samples", "RazorDemo")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
