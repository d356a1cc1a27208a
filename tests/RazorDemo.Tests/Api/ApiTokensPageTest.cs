using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.AspNetCore.Tokens;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Api;

/// <summary>A resident makes a token on /Account/ApiTokens, uses it once shown, and revokes it.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiTokensPageTest(DemoFactory factory)
{
    [Fact]
    public async Task AResident_CreatesAToken_ShownOnce_StoredHashed_UsesIt_AndRevokesIt()
    {
        var resident = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan");
        var page = await HtmlPage.GetAsync(resident, "/Account/ApiTokens");
        var created = await HtmlPage.SubmitAsync(resident, page, "#create-token", new Dictionary<string, string>
        {
            ["clientId"] = "برنامهٔ محله",
            ["days"] = "30",
            ["scopes"] = "comments:write",
        });
        created.StatusCode.Should().Be(HttpStatusCode.OK);
        created.Headers.CacheControl!.NoStore.Should().BeTrue();
        var answer = await HtmlPage.ReadAsync(created);
        var secret = answer.QuerySelector("#token-secret")!.TextContent.Trim();
        secret.Should().StartWith(ApiTokenSecrets.Prefix);

        (await HtmlPage.GetAsync(resident, "/Account/ApiTokens")).Source.Text.Should().NotContain(secret, "the secret is shown once");
        var stored = await DemoRecordsOfTokens(secret);
        stored.Should().NotBeNull("the hash of the secret is stored");

        using var api = factory.CreateClient();
        var city = await DemoRecords.HomeCityAsync(factory);
        var (idea, _) = await ApiWriteTest.SubmitIdeaAsync(factory, api);
        var comments = $"{ApiClient.CityPath(city)}/ideas/{idea:D}/comments";
        (await api.SendAsync(ApiClient.Post(comments, secret, """{"body":"از برنامهٔ محله"}"""))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await api.SendAsync(ApiClient.Post($"{ApiClient.CityPath(city)}/ideas/{idea:D}/endorse", secret, null))).StatusCode.Should().Be(HttpStatusCode.Forbidden, "the token has comments:write only");

        var list = await HtmlPage.GetAsync(resident, "/Account/ApiTokens");
        var revokeForm = (IHtmlFormElement)list.QuerySelector($"#token-{stored!.Value:N} form")!;
        var revoked = await resident.PostAsync("/Account/ApiTokens?handler=Revoke", new FormUrlEncodedContent(HtmlPage.FieldsOf(revokeForm)));
        revoked.StatusCode.Should().Be(HttpStatusCode.OK);

        (await ApiClient.ProblemRulesAsync(await api.SendAsync(ApiClient.Post(comments, secret, """{"body":"باز هم"}""")), HttpStatusCode.Unauthorized)).Should().Equal("api.token-revoked");
    }

    [Theory]
    [InlineData("", "30", "read")]
    [InlineData("app\u202E", "30", "read")]
    [InlineData("app", "0", "read")]
    [InlineData("app", "366", "read")]
    [InlineData("app", "abc", "read")]
    [InlineData("app", "30", "admin")]
    [InlineData("app", "30", "")]
    public async Task BadForms_AreRefusedWithAReason(string clientId, string days, string scope)
    {
        var resident = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan");
        var page = await HtmlPage.GetAsync(resident, "/Account/ApiTokens");

        var response = await HtmlPage.SubmitAsync(resident, page, "#create-token", new Dictionary<string, string> { ["clientId"] = clientId, ["days"] = days, ["scopes"] = scope });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var answer = await HtmlPage.ReadAsync(response);
        answer.QuerySelector("#token-refused")!.TextContent.Should().NotBeNullOrWhiteSpace();
        answer.QuerySelector("#token-secret").Should().BeNull();
    }

    [Fact]
    public async Task AnotherAccountsToken_CannotBeRevoked_AndAnonymousReadersAreSentToSignIn()
    {
        var owner = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan");
        var created = await HtmlPage.SubmitAsync(owner, await HtmlPage.GetAsync(owner, "/Account/ApiTokens"), "#create-token", new Dictionary<string, string> { ["clientId"] = "x", ["days"] = "5", ["scopes"] = "read" });
        var secret = (await HtmlPage.ReadAsync(created)).QuerySelector("#token-secret")!.TextContent.Trim();
        var id = await DemoRecordsOfTokens(secret);

        var other = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan");
        var page = await HtmlPage.GetAsync(other, "/Account/ApiTokens");
        var antiforgery = page.QuerySelector("#create-token input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["id"] = id!.Value.ToString("D") };
        var revoke = await other.PostAsync("/Account/ApiTokens?handler=Revoke", new FormUrlEncodedContent(fields));
        revoke.StatusCode.Should().Be(HttpStatusCode.NotFound);

        using var anonymous = factory.NewClient();
        (await anonymous.GetAsync("/Account/ApiTokens")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    private Task<Guid?> DemoRecordsOfTokens(string secret)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RazorDemo.Api.DemoApiTokensDbContext>();
        var hash = ApiTokenSecrets.Hash(secret);
        return Task.FromResult(db.Tokens.Where(t => t.Hash == hash).Select(t => (Guid?)t.Id).SingleOrDefault());
    }
}
