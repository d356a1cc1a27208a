using System.Net;
using System.Text.Json;
using ParticipatoryGovernance.AspNetCore;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Api;

/// <summary>The resident's acts through the API: each goes through the model's handler, and a stored act evicts the cached pages.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiWriteTest(DemoFactory factory)
{
    private static readonly string[] Everything = [ApiScopes.Read, ApiScopes.IdeasWrite, ApiScopes.CommentsWrite, ApiScopes.BallotsWrite];

    /// <summary>An idea resident2 submits through the API, for the others to act on.</summary>
    public static async Task<(Guid Idea, string Title)> SubmitIdeaAsync(DemoFactory factory, HttpClient client, string? title = null)
    {
        var city = await DemoRecords.HomeCityAsync(factory);
        var token = await ApiClient.TokenAsync(factory, "resident2@demo.rafsanjan", [ApiScopes.IdeasWrite]);
        title ??= "پیشنهاد از راه API " + Guid.NewGuid().ToString("N")[..8];
        var fields = await ApiClient.JsonAsync(await client.GetAsync(ApiClient.CityPath(city)));
        var field = fields.GetProperty("urbanFields")[0].GetProperty("key").GetString();
        var body = JsonSerializer.Serialize(new { title, description = "کاشت درخت در کنار خیابان‌های محله، با کمک ساکنان.", field, neighbourhood = 1 });
        var response = await client.SendAsync(ApiClient.Post(ApiClient.CityPath(city) + "/ideas", token, body));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await ApiClient.JsonAsync(response);
        response.Headers.Location!.ToString().Should().Be(created.GetProperty("href").GetString());
        return (created.GetProperty("id").GetGuid(), title);
    }

    [Fact]
    public async Task SubmitIdea_StoresIt_ShowsItThroughTheApi_AndEvictsTheCachedIdeasPage()
    {
        using var reader = factory.NewClient();
        var before = await reader.GetStringAsync("/Ideas");

        var (id, title) = await SubmitIdeaAsync(factory, reader);

        before.Should().NotContain(title);
        var city = await DemoRecords.HomeCityAsync(factory);
        var idea = await ApiClient.JsonAsync(await reader.GetAsync($"{ApiClient.CityPath(city)}/ideas/{id:D}"));
        idea.GetProperty("title").GetString().Should().Be(title);
        idea.GetProperty("neighbourhood").GetInt32().Should().Be(1);
        idea.GetProperty("status").GetString().Should().Be("submitted");
        (await reader.GetStringAsync("/Ideas")).Should().Contain(title, "the API's act evicted the cached list, as a page's act does");
    }

    [Fact]
    public async Task Endorse_ThenAgain_IsRefusedByTheModelsRule_ThenWithdraw()
    {
        using var client = factory.CreateClient();
        var (idea, _) = await SubmitIdeaAsync(factory, client);
        var city = await DemoRecords.HomeCityAsync(factory);
        var token = await ApiClient.TokenAsync(factory, [ApiScopes.IdeasWrite]);
        var path = $"{ApiClient.CityPath(city)}/ideas/{idea:D}";

        var endorsed = await client.SendAsync(ApiClient.Post(path + "/endorse", token, null));
        endorsed.StatusCode.Should().Be(HttpStatusCode.OK, await endorsed.Content.ReadAsStringAsync());
        (await ApiClient.JsonAsync(endorsed)).GetProperty("events").EnumerateArray().Select(e => e.GetString()).Should().Contain("IdeaEndorsed");
        (await ApiClient.JsonAsync(await client.GetAsync(path))).GetProperty("endorsements").GetInt32().Should().Be(1);

        var again = await client.SendAsync(ApiClient.Post(path + "/endorse", token, null));
        (await ApiClient.ProblemRulesAsync(again, HttpStatusCode.UnprocessableEntity)).Should().ContainSingle().Which.Should().StartWith("idea.");

        var withdrawn = await client.SendAsync(ApiClient.Post(path + "/withdraw-endorsement", token, null));
        withdrawn.StatusCode.Should().Be(HttpStatusCode.OK, await withdrawn.Content.ReadAsStringAsync());
        (await ApiClient.JsonAsync(await client.GetAsync(path))).GetProperty("endorsements").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task CommentAndReply_AreListedUnderTheIdea()
    {
        using var client = factory.CreateClient();
        var (idea, _) = await SubmitIdeaAsync(factory, client);
        var city = await DemoRecords.HomeCityAsync(factory);
        var token = await ApiClient.TokenAsync(factory, [ApiScopes.CommentsWrite]);
        var comments = $"{ApiClient.CityPath(city)}/ideas/{idea:D}/comments";

        var comment = await client.SendAsync(ApiClient.Post(comments, token, """{"body":"موافقم؛ سایه برای پیاده‌ها لازم است.","stance":"for"}"""));
        comment.StatusCode.Should().Be(HttpStatusCode.Created, await comment.Content.ReadAsStringAsync());
        var commentId = (await ApiClient.JsonAsync(comment)).GetProperty("id").GetGuid();
        var reply = await client.SendAsync(ApiClient.Post($"{ApiClient.CityPath(city)}/comments/{commentId:D}/replies", token, """{"body":"و آب‌یاری‌اش با کیست؟"}"""));
        reply.StatusCode.Should().Be(HttpStatusCode.Created, await reply.Content.ReadAsStringAsync());

        var listed = (await ApiClient.JsonAsync(await client.GetAsync(comments))).GetProperty("items").EnumerateArray().ToList();
        listed.Should().HaveCount(2);
        listed[0].GetProperty("stance").GetString().Should().Be("for");
        listed[1].GetProperty("parentId").GetGuid().Should().Be(commentId);
        listed[1].GetProperty("depth").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Ballot_IsCastAndReplaced_AndARoundsRuleIsAProblem()
    {
        using var client = factory.CreateClient();
        var city = await DemoRecords.HomeCityAsync(factory);
        var token = await ApiClient.TokenAsync(factory, [ApiScopes.BallotsWrite]);
        var rounds = await ApiClient.JsonAsync(await client.GetAsync(ApiClient.CityPath(city) + "/budgeting-rounds"));
        var round = rounds.GetProperty("items")[0];
        var id = round.GetProperty("id").GetGuid();
        var projects = round.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("idea").GetGuid()).ToList();
        var minimum = Math.Max(1, round.GetProperty("minimumProjectsPerBallot").GetInt32());
        var path = $"{ApiClient.CityPath(city)}/budgeting-rounds/{id:D}/ballot";

        var cast = await client.SendAsync(ApiClient.Post(path, token, JsonSerializer.Serialize(new { approved = projects.Take(minimum) })));
        cast.StatusCode.Should().Be(HttpStatusCode.OK, await cast.Content.ReadAsStringAsync());
        var replaced = await client.SendAsync(ApiClient.Post(path, token, JsonSerializer.Serialize(new { approved = projects.Skip(1).Take(minimum) })));
        replaced.StatusCode.Should().Be(HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());

        var notAProject = await client.SendAsync(ApiClient.Post(path, token, JsonSerializer.Serialize(new { approved = new[] { Guid.NewGuid() } })));
        (await ApiClient.ProblemRulesAsync(notAProject, HttpStatusCode.UnprocessableEntity)).Should().NotBeEmpty();

        var detail = await ApiClient.JsonAsync(await client.GetAsync($"{ApiClient.CityPath(city)}/budgeting-rounds/{id:D}"));
        detail.GetProperty("round").GetProperty("id").GetGuid().Should().Be(id);
    }
}
