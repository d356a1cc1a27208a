using System.Net;
using System.Text.Json;
using ParticipatoryGovernance.AspNetCore;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Api;

/// <summary>
/// Every write endpoint with what an attacker sends (as tests/RazorDemo.Tests/Hostile/HostileFormsTest does for the forms):
/// each is refused with a problem and the rule that refused it, never a 500, and nothing is stored.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiHostileInputTest(DemoFactory factory)
{
    private static readonly string[] AllWrites = [ApiScopes.IdeasWrite, ApiScopes.CommentsWrite, ApiScopes.BallotsWrite];

    /// <summary>The endpoints that read a body, with the text field an attacker fills.</summary>
    public static readonly TheoryData<string, string> BodyEndpoints = new()
    {
        { "SubmitIdea", "title" },
        { "SubmitIdea", "description" },
        { "CommentOnIdea", "body" },
        { "ReplyToComment", "body" },
    };

    public static TheoryData<string, string, string, HttpStatusCode, string> Bodies()
    {
        var data = new TheoryData<string, string, string, HttpStatusCode, string>();
        foreach (var endpoint in new[] { "SubmitIdea", "CommentOnIdea", "ReplyToComment", "CastBudgetBallot" })
        {
            data.Add(endpoint, "not JSON", "{\"title\":", HttpStatusCode.BadRequest, "api.malformed-body");
            data.Add(endpoint, "an array", "[]", HttpStatusCode.BadRequest, "api.malformed-body");
            data.Add(endpoint, "null", "null", HttpStatusCode.BadRequest, "api.malformed-body");
            data.Add(endpoint, "empty", "", HttpStatusCode.BadRequest, "api.malformed-body");
            data.Add(endpoint, "nested too deep", new string('[', 200) + new string(']', 200), HttpStatusCode.BadRequest, "api.malformed-body");
            data.Add(endpoint, "comments in JSON", "{/* x */}", HttpStatusCode.BadRequest, "api.malformed-body");
            data.Add(endpoint, "oversize", "{\"x\":\"" + new string('a', 70_000) + "\"}", HttpStatusCode.RequestEntityTooLarge, "api.body-too-large");
        }

        data.Add("SubmitIdea", "a number for text", "{\"title\":5,\"description\":\"d\",\"field\":\"x\"}", HttpStatusCode.BadRequest, "api.malformed-body");
        data.Add("SubmitIdea", "text for a number", "{\"title\":\"t\",\"neighbourhood\":\"1\"}", HttpStatusCode.BadRequest, "api.malformed-body");
        data.Add("SubmitIdea", "a cost past a long", "{\"title\":\"t\",\"estimatedCost\":99999999999999999999999}", HttpStatusCode.BadRequest, "api.malformed-body");
        data.Add("SubmitIdea", "a negative cost", "{\"title\":\"t\",\"description\":\"d\",\"field\":\"environment\",\"estimatedCost\":-5}", HttpStatusCode.UnprocessableEntity, "input.amount-out-of-range");
        data.Add("SubmitIdea", "a neighbourhood of no number", "{\"title\":\"t\",\"description\":\"d\",\"field\":\"environment\",\"neighbourhood\":99999}", HttpStatusCode.UnprocessableEntity, "usecase.not-found");
        data.Add("SubmitIdea", "an unknown field", "{\"title\":\"t\",\"description\":\"d\",\"field\":\"<script>\"}", HttpStatusCode.UnprocessableEntity, "usecase.unknown-choice");
        data.Add("SubmitIdea", "nothing at all", "{}", HttpStatusCode.UnprocessableEntity, "input.required");
        data.Add("CommentOnIdea", "an unknown stance", "{\"body\":\"b\",\"stance\":\"'; DROP TABLE comments;--\"}", HttpStatusCode.UnprocessableEntity, "usecase.unknown-choice");
        data.Add("CastBudgetBallot", "not a GUID", "{\"approved\":[\"1' OR '1'='1\"]}", HttpStatusCode.BadRequest, "api.malformed-body");
        data.Add("CastBudgetBallot", "points as text", "{\"points\":[{\"project\":\"6f1c1a2e-0000-4000-8000-000000000001\",\"points\":\"9\"}]}", HttpStatusCode.BadRequest, "api.malformed-body");
        data.Add("CastBudgetBallot", "null entries", "{\"approved\":null,\"points\":[null]}", HttpStatusCode.UnprocessableEntity, "");
        return data;
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task HostileBodies_AreProblems_NeverA500(string endpoint, string what, string body, HttpStatusCode status, string rule)
    {
        using var client = factory.CreateClient();
        var path = await PathAsync(client, endpoint);
        var token = await ApiClient.TokenAsync(factory, AllWrites);

        var response = await client.SendAsync(ApiClient.Post(path, token, body));

        var rules = await ApiClient.ProblemRulesAsync(response, status);
        if (rule.Length > 0)
        {
            rules.Should().Contain(rule, what);
        }
    }

    [Theory]
    [MemberData(nameof(BodyEndpoints))]
    public async Task HostileStrings_AreRefusedByTheInputRules(string endpoint, string field)
    {
        using var client = factory.CreateClient();
        var path = await PathAsync(client, endpoint);
        var token = await ApiClient.TokenAsync(factory, AllWrites);
        var hostile = new Dictionary<string, string>
        {
            ["input.bidi-control"] = "درخت\u202Eکاری",
            ["input.control-character"] = "درخت\u0001کاری",
            ["input.invisible-only"] = "\u200B\u200C\u200B",
            ["input.too-long"] = new string('b', 30_000),
        };

        foreach (var (rule, text) in hostile)
        {
            var values = new Dictionary<string, object?> { ["title"] = "عنوان", ["description"] = "شرح", ["field"] = "environment", ["body"] = "نظر" };
            values[field] = text;
            var response = await client.SendAsync(ApiClient.Post(path, token, JsonSerializer.Serialize(values)));

            var rules = await ApiClient.ProblemRulesAsync(response, HttpStatusCode.UnprocessableEntity);
            rules.Should().Contain(rule, $"{field} held {rule}");
            var problem = await ApiClient.JsonAsync(await client.SendAsync(ApiClient.Post(path, token, JsonSerializer.Serialize(values))));
            problem.GetProperty("violations").EnumerateArray().Should().Contain(v => v.GetProperty("field").GetString() == field);
        }
    }

    [Theory]
    [InlineData("SubmitIdea")]
    [InlineData("CommentOnIdea")]
    [InlineData("ReplyToComment")]
    [InlineData("CastBudgetBallot")]
    public async Task ABodyThatIsNotJson_Is415(string endpoint)
    {
        using var client = factory.CreateClient();
        var path = await PathAsync(client, endpoint);
        var token = await ApiClient.TokenAsync(factory, AllWrites);

        var form = await client.SendAsync(ApiClient.Post(path, token, "title=x", "application/x-www-form-urlencoded"));
        var latin1 = await client.SendAsync(ApiClient.Post(path, token, "{}", "application/json; charset=iso-8859-1"));
        var none = await client.SendAsync(ApiClient.Post(path, token, null));

        (await ApiClient.ProblemRulesAsync(form, HttpStatusCode.UnsupportedMediaType)).Should().Equal("api.unsupported-media-type");
        (await ApiClient.ProblemRulesAsync(latin1, HttpStatusCode.UnsupportedMediaType)).Should().Equal("api.unsupported-media-type");
        (await ApiClient.ProblemRulesAsync(none, HttpStatusCode.UnsupportedMediaType)).Should().Equal("api.unsupported-media-type");
    }

    [Theory]
    [InlineData("/ideas/{unknown}/endorse", "persistence.not-found")]
    [InlineData("/ideas/{unknown}/withdraw-endorsement", "persistence.not-found")]
    [InlineData("/ideas/{unknown}/comments", "usecase.not-found")]
    [InlineData("/comments/{unknown}/replies", "usecase.not-found")]
    [InlineData("/budgeting-rounds/{unknown}/ballot", "usecase.not-found")]
    [InlineData("/ideas/%3Cscript%3E/endorse", "api.malformed-id")]
    [InlineData("/ideas/00000000-0000-0000-0000-000000000000/endorse", "api.malformed-id")]
    [InlineData("/comments/..%2F..%2Fetc/replies", "api.malformed-id")]
    [InlineData("/budgeting-rounds/1/ballot", "api.malformed-id")]
    [InlineData("/no-such-thing", "usecase.not-found")]
    [InlineData("/ideas/{unknown}/comments/extra", "usecase.not-found")]
    public async Task UnknownOrMalformedIds_Are404(string path, string rule)
    {
        using var client = factory.CreateClient();
        var city = await DemoRecords.HomeCityAsync(factory);
        var token = await ApiClient.TokenAsync(factory, AllWrites);
        var body = path.EndsWith("/ballot", StringComparison.Ordinal) ? "{\"approved\":[]}" : "{\"body\":\"نظر\"}";

        var response = await client.SendAsync(ApiClient.Post(ApiClient.CityPath(city) + path.Replace("{unknown}", Guid.NewGuid().ToString("D"), StringComparison.Ordinal), token, body));

        (await ApiClient.ProblemRulesAsync(response, HttpStatusCode.NotFound)).Should().Contain(rule);
    }

    [Fact]
    public async Task AMalformedCity_Is404_EvenWithAToken()
    {
        using var client = factory.CreateClient();
        var token = await ApiClient.TokenAsync(factory, AllWrites);

        var response = await client.SendAsync(ApiClient.Post("/api/v1/municipalities/%E2%80%AE/ideas", token, "{}"));

        (await ApiClient.ProblemRulesAsync(response, HttpStatusCode.NotFound)).Should().Equal("api.malformed-id");
    }

    private async Task<string> PathAsync(HttpClient client, string endpoint)
    {
        var city = ApiClient.CityPath(await DemoRecords.HomeCityAsync(factory));
        switch (endpoint)
        {
            case "SubmitIdea":
                return city + "/ideas";
            case "CommentOnIdea":
                return $"{city}/ideas/{(await ApiWriteTest.SubmitIdeaAsync(factory, client)).Idea:D}/comments";
            case "ReplyToComment":
                var (idea, _) = await ApiWriteTest.SubmitIdeaAsync(factory, client);
                var writer = await ApiClient.TokenAsync(factory, [ApiScopes.CommentsWrite]);
                var comment = await ApiClient.JsonAsync(await client.SendAsync(ApiClient.Post($"{city}/ideas/{idea:D}/comments", writer, """{"body":"نظر نخست"}""")));
                return $"{city}/comments/{comment.GetProperty("id").GetGuid():D}/replies";
            default:
                var rounds = await ApiClient.JsonAsync(await client.GetAsync(city + "/budgeting-rounds"));
                return $"{city}/budgeting-rounds/{rounds.GetProperty("items")[0].GetProperty("id").GetGuid():D}/ballot";
        }
    }
}
