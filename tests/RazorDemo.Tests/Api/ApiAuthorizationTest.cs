using System.Net;
using System.Text.Json;
using ParticipatoryGovernance.AspNetCore;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Api;

/// <summary>
/// Every write endpoint against every kind of caller: anonymous, a malformed or unknown token, the wrong scope, a revoked
/// or expired token, another city's token, and the right token, each with the status expected.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiAuthorizationTest(DemoFactory factory)
{
    public enum Caller
    {
        Anonymous,
        NotAToken,
        UnknownToken,
        WrongScope,
        Revoked,
        Expired,
        OtherCity,
        Right,
    }

    public static TheoryData<string, Caller> Cases()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var endpoint in new[] { "SubmitIdea", "EndorseIdea", "WithdrawIdeaEndorsement", "CommentOnIdea", "ReplyToComment", "CastBudgetBallot" })
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(endpoint, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryWriteEndpoint_AnswersEachCaller_AsExpected(string endpoint, Caller caller)
    {
        using var client = factory.CreateClient();
        var city = await DemoRecords.HomeCityAsync(factory);
        var (idea, _) = await ApiWriteTest.SubmitIdeaAsync(factory, client);
        var (scope, path, body, success) = await EndpointAsync(client, endpoint, ApiClient.CityPath(city), idea);
        var otherScope = scope == ApiScopes.IdeasWrite ? ApiScopes.CommentsWrite : ApiScopes.IdeasWrite;
        var (_, _, baghestan) = await ApiClient.ResidentAsync(factory, "resident@demo.baghestan");

        string? token = caller switch
        {
            Caller.Anonymous => null,
            Caller.NotAToken => "not-a-token",
            Caller.UnknownToken => "pgt_" + new string('A', 43),
            Caller.WrongScope => await ApiClient.TokenAsync(factory, [ApiScopes.Read, otherScope]),
            Caller.Revoked => await ApiClient.RevokedTokenAsync(factory, [scope]),
            Caller.Expired => await ApiClient.ExpiredTokenAsync(factory, [scope]),
            Caller.OtherCity => await ApiClient.TokenAsync(factory, "resident1@demo.rafsanjan", [scope], baghestan),
            _ => await ApiClient.TokenAsync(factory, [scope]),
        };

        var response = await client.SendAsync(ApiClient.Post(path, token, body));

        switch (caller)
        {
            case Caller.Anonymous:
                (await ApiClient.ProblemRulesAsync(response, HttpStatusCode.Unauthorized)).Should().Equal("api.token-missing");
                response.Headers.WwwAuthenticate.ToString().Should().StartWith("Bearer");
                break;
            case Caller.NotAToken or Caller.UnknownToken:
                (await ApiClient.ProblemRulesAsync(response, HttpStatusCode.Unauthorized)).Should().Equal("api.token-invalid");
                response.Headers.WwwAuthenticate.ToString().Should().Contain("invalid_token");
                break;
            case Caller.WrongScope:
                (await ApiClient.ProblemRulesAsync(response, HttpStatusCode.Forbidden)).Should().Equal("api.scope-missing");
                break;
            case Caller.Revoked:
                (await ApiClient.ProblemRulesAsync(response, HttpStatusCode.Unauthorized)).Should().Equal("api.token-revoked");
                break;
            case Caller.Expired:
                (await ApiClient.ProblemRulesAsync(response, HttpStatusCode.Unauthorized)).Should().Equal("api.token-expired");
                break;
            case Caller.OtherCity:
                (await ApiClient.ProblemRulesAsync(response, HttpStatusCode.Forbidden)).Should().Equal("api.token-other-municipality");
                break;
            default:
                response.StatusCode.Should().Be(success, await response.Content.ReadAsStringAsync());
                break;
        }
    }

    [Fact]
    public async Task Reads_NeedNoToken_AndABadTokenDoesNotBreakThem()
    {
        using var client = factory.CreateClient();
        var city = await DemoRecords.HomeCityAsync(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiClient.CityPath(city) + "/ideas");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "pgt_nonsense");

        (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>The endpoint's scope, address, a valid body and the status of a success, over a fresh idea.</summary>
    private async Task<(string Scope, string Path, string? Body, HttpStatusCode Success)> EndpointAsync(HttpClient client, string endpoint, string cityPath, Guid idea)
    {
        switch (endpoint)
        {
            case "SubmitIdea":
                var fields = await ApiClient.JsonAsync(await client.GetAsync(cityPath));
                var field = fields.GetProperty("urbanFields")[0].GetProperty("key").GetString();
                return (ApiScopes.IdeasWrite, cityPath + "/ideas", JsonSerializer.Serialize(new { title = "ایدهٔ آزمون " + Guid.NewGuid().ToString("N")[..6], description = "شرح ایده", field }), HttpStatusCode.Created);
            case "EndorseIdea":
                return (ApiScopes.IdeasWrite, $"{cityPath}/ideas/{idea:D}/endorse", null, HttpStatusCode.OK);
            case "WithdrawIdeaEndorsement":
                var endorser = await ApiClient.TokenAsync(factory, [ApiScopes.IdeasWrite]);
                (await client.SendAsync(ApiClient.Post($"{cityPath}/ideas/{idea:D}/endorse", endorser, null))).StatusCode.Should().Be(HttpStatusCode.OK);
                return (ApiScopes.IdeasWrite, $"{cityPath}/ideas/{idea:D}/withdraw-endorsement", null, HttpStatusCode.OK);
            case "CommentOnIdea":
                return (ApiScopes.CommentsWrite, $"{cityPath}/ideas/{idea:D}/comments", """{"body":"نظر آزمون"}""", HttpStatusCode.Created);
            case "ReplyToComment":
                var writer = await ApiClient.TokenAsync(factory, [ApiScopes.CommentsWrite]);
                var comment = await ApiClient.JsonAsync(await client.SendAsync(ApiClient.Post($"{cityPath}/ideas/{idea:D}/comments", writer, """{"body":"نظر نخست"}""")));
                return (ApiScopes.CommentsWrite, $"{cityPath}/comments/{comment.GetProperty("id").GetGuid():D}/replies", """{"body":"پاسخ آزمون"}""", HttpStatusCode.Created);
            default:
                var rounds = await ApiClient.JsonAsync(await client.GetAsync(cityPath + "/budgeting-rounds"));
                var round = rounds.GetProperty("items")[0];
                var minimum = Math.Max(1, round.GetProperty("minimumProjectsPerBallot").GetInt32());
                var approved = round.GetProperty("projects").EnumerateArray().Take(minimum).Select(p => p.GetProperty("idea").GetGuid());
                return (ApiScopes.BallotsWrite, $"{cityPath}/budgeting-rounds/{round.GetProperty("id").GetGuid():D}/ballot", JsonSerializer.Serialize(new { approved }), HttpStatusCode.OK);
        }
    }
}
