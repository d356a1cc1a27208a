using System.Net;
using System.Net.Http.Headers;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Api;

/// <summary>The public reads of the API: one municipality per address, paging, ETags, problems for bad addresses.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiReadTest(DemoFactory factory)
{
    [Fact]
    public async Task Municipality_IsReadWithoutAToken_WithItsFieldsInBothLanguages()
    {
        var city = await DemoRecords.HomeCityAsync(factory);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(ApiClient.CityPath(city));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var json = await ApiClient.JsonAsync(response);
        json.GetProperty("id").GetGuid().Should().Be(city.Value);
        json.GetProperty("name").GetProperty("fa").GetString().Should().Contain("رفسنجان");
        json.GetProperty("name").GetProperty("en").GetString().Should().Contain("Rafsanjan");
        json.GetProperty("urbanFields").GetArrayLength().Should().BePositive();
        response.Headers.CacheControl!.Public.Should().BeTrue();
        response.Headers.ETag!.IsWeak.Should().BeFalse();
    }

    [Theory]
    [InlineData("/neighbourhoods")]
    [InlineData("/neighbourhoods/1")]
    [InlineData("/neighbourhoods/1/meetings")]
    [InlineData("/councils")]
    [InlineData("/ideas")]
    [InlineData("/ideas?status=submitted")]
    [InlineData("/campaigns")]
    [InlineData("/budgeting-rounds")]
    [InlineData("/figures")]
    [InlineData("/open-data")]
    [InlineData("/open-data/ideas")]
    [InlineData("/open-data/decisions")]
    [InlineData("/open-data/council-rosters")]
    [InlineData("/open-data/participation")]
    public async Task EveryRead_AnswersJson_WithAStrongETag_And304WhenUnchanged(string path)
    {
        var city = await DemoRecords.HomeCityAsync(factory);
        using var client = factory.CreateClient();

        var first = await client.GetAsync(ApiClient.CityPath(city) + path);
        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        first.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var etag = first.Headers.ETag!;
        etag.IsWeak.Should().BeFalse();

        using var again = new HttpRequestMessage(HttpMethod.Get, ApiClient.CityPath(city) + path);
        again.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(again);
        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        second.Headers.ETag.Should().Be(etag);

        using var other = new HttpRequestMessage(HttpMethod.Get, ApiClient.CityPath(city) + path);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        (await client.SendAsync(other)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ideas_ArePaged_WithTheNextPageInTheBodyAndTheLinkHeader()
    {
        var city = await DemoRecords.HomeCityAsync(factory);
        using var client = factory.CreateClient();

        var first = await client.GetAsync(ApiClient.CityPath(city) + "/ideas?pageSize=2");
        var json = await ApiClient.JsonAsync(first);
        json.GetProperty("items").GetArrayLength().Should().Be(2);
        json.GetProperty("page").GetInt32().Should().Be(1);
        var next = json.GetProperty("next").GetString();
        next.Should().Be(ApiClient.CityPath(city) + "/ideas?page=2&pageSize=2");
        first.Headers.GetValues("Link").Should().ContainSingle().Which.Should().Be($"<{next}>; rel=\"next\"");

        var second = await ApiClient.JsonAsync(await client.GetAsync(next));
        second.GetProperty("page").GetInt32().Should().Be(2);
        var firstIds = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid());
        second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Should().NotIntersectWith(firstIds);
    }

    [Theory]
    [InlineData("/ideas?pageSize=0", "api.page-out-of-range")]
    [InlineData("/ideas?pageSize=101", "api.page-out-of-range")]
    [InlineData("/ideas?page=abc", "api.page-out-of-range")]
    [InlineData("/ideas?page=-1", "api.page-out-of-range")]
    [InlineData("/ideas?page=99999999999999999999", "api.page-out-of-range")]
    [InlineData("/ideas?status=nonsense", "usecase.unknown-choice")]
    [InlineData("/ideas?field=%E2%80%AEevil", "usecase.unknown-choice")]
    public async Task BadQueries_AreProblemsWith400(string path, string rule)
    {
        var city = await DemoRecords.HomeCityAsync(factory);
        using var client = factory.CreateClient();

        var rules = await ApiClient.ProblemRulesAsync(await client.GetAsync(ApiClient.CityPath(city) + path), HttpStatusCode.BadRequest);

        rules.Should().Equal(rule);
    }

    [Theory]
    [InlineData("/api/v1/municipalities/not-a-guid", "api.malformed-id")]
    [InlineData("/api/v1/municipalities/00000000-0000-0000-0000-000000000000", "api.malformed-id")]
    [InlineData("/api/v1/municipalities/6f1c1a2e-0000-4000-8000-000000000001", "usecase.municipality-not-found")]
    [InlineData("{city}/ideas/6f1c1a2e-0000-4000-8000-000000000001", "usecase.not-found")]
    [InlineData("{city}/ideas/1' OR '1'='1", "api.malformed-id")]
    [InlineData("{city}/meetings/6f1c1a2e-0000-4000-8000-000000000001", "usecase.not-found")]
    [InlineData("{city}/neighbourhoods/9999", "usecase.not-found")]
    [InlineData("{city}/neighbourhoods/-1", "api.malformed-id")]
    [InlineData("{city}/budgeting-rounds/6f1c1a2e-0000-4000-8000-000000000001", "usecase.not-found")]
    [InlineData("{city}/open-data/passwords", "usecase.not-found")]
    public async Task UnknownRecords_AreProblemsWith404(string path, string rule)
    {
        var city = await DemoRecords.HomeCityAsync(factory);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path.Replace("{city}", ApiClient.CityPath(city), StringComparison.Ordinal));

        (await ApiClient.ProblemRulesAsync(response, HttpStatusCode.NotFound)).Should().Equal(rule);
    }

    [Fact]
    public async Task Problems_AreInTheRequestsLanguage_PersianByDefault()
    {
        using var client = factory.CreateClient();
        var path = "/api/v1/municipalities/6f1c1a2e-0000-4000-8000-000000000001";

        var persian = await ApiClient.JsonAsync(await client.GetAsync(path));
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd("en-GB, fa;q=0.5");
        var english = await ApiClient.JsonAsync(await client.SendAsync(request));

        persian.GetProperty("title").GetString().Should().Be("چنین شهری ثبت نشده است.");
        english.GetProperty("title").GetString().Should().Be("No such municipality.");
        english.GetProperty("violations")[0].GetProperty("fa").GetString().Should().Be("چنین شهری ثبت نشده است.");
    }

    [Fact]
    public async Task AnotherCitysIdea_IsNotFoundUnderThisCity()
    {
        var home = await DemoRecords.HomeCityAsync(factory);
        var (_, _, baghestan) = await ApiClient.ResidentAsync(factory, "resident@demo.baghestan");
        using var client = factory.CreateClient();
        var ideas = await ApiClient.JsonAsync(await client.GetAsync(ApiClient.CityPath(home) + "/ideas?pageSize=1"));
        var id = ideas.GetProperty("items")[0].GetProperty("id").GetGuid();

        var response = await client.GetAsync($"{ApiClient.CityPath(baghestan)}/ideas/{id:D}");

        (await ApiClient.ProblemRulesAsync(response, HttpStatusCode.NotFound)).Should().Equal("usecase.not-found");
    }
}
