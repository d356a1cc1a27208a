using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// Two cities in one database (issue #17, item 5): nothing of one is shown or changed from the other. A reader who has
/// chosen one city gets 404 for the other's records by id and sees only the chosen city in every list and count; an
/// account belongs to its city whatever the switch says, and every command form posted against the other city's ids is
/// refused with nothing changed.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class CityIsolationTest(DemoFactory factory)
{
    public static TheoryData<bool> Directions() => new() { true, false };

    [Theory]
    [MemberData(nameof(Directions))]
    public async Task EveryRecordPage_OfOneCity_IsNotFound_WhenTheOtherIsChosen(bool readerOfSecondCity)
    {
        var first = await Cities.FirstAsync(factory);
        var second = await Cities.SecondAsync(factory);
        var (owner, reader) = readerOfSecondCity ? (first, second) : (second, first);
        var client = await Cities.ReaderOfAsync(factory, reader);
        var urls = await Cities.RecordPagesAsync(factory, owner);
        urls.Should().NotBeEmpty();

        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, $"{url} is a record of {owner.Name.English}, and the reader chose {reader.Name.English}");
        }

        // The same addresses answer for a reader of the owner's city: the 404s above are the isolation, not broken links.
        var ownReader = await Cities.ReaderOfAsync(factory, owner);
        foreach (var url in urls)
        {
            (await ownReader.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK, url);
        }
    }

    [Fact]
    public async Task EveryListPage_ShowsOnlyTheChosenCitysRecords()
    {
        var second = await Cities.SecondAsync(factory);
        var client = await Cities.ReaderOfAsync(factory, second);
        var records = await Cities.RecordsOfAsync(factory, second);

        var meetings = await HtmlPage.GetAsync(client, "/Meetings?culture=en");
        Links(meetings, "/Meetings/").Should().NotBeEmpty().And.BeSubsetOf(records.Meetings);
        meetings.QuerySelector("#meeting-count")!.TextContent.Should().StartWith($"{records.Meetings.Count} meetings");

        var ideas = await HtmlPage.GetAsync(client, "/Ideas?culture=en");
        Links(ideas, "/Ideas/").Where(l => Guid.TryParse(l, out _)).Should().NotBeEmpty().And.BeSubsetOf(records.Ideas);

        var councils = await HtmlPage.GetAsync(client, "/Councils?culture=en");
        councils.QuerySelectorAll("[data-council]").Select(r => r.GetAttribute("data-council")!).Should().BeEquivalentTo(records.Councils);

        var neighbourhoods = await HtmlPage.GetAsync(client, "/Neighbourhoods?culture=en");
        neighbourhoods.QuerySelectorAll("[data-number]").Should().HaveCount(DemoSecondCity.Neighbourhoods);
        (await client.GetAsync($"/Neighbourhoods/{DemoSecondCity.Neighbourhoods + 1}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var neighbourhood = await HtmlPage.GetAsync(client, "/Neighbourhoods/1?culture=en");
        Links(neighbourhood, "/Meetings/").Should().BeSubsetOf(records.Meetings);
        Links(neighbourhood, "/Ideas/").Where(l => Guid.TryParse(l, out _)).Should().BeSubsetOf(records.Ideas);

        var youth = await HtmlPage.GetAsync(client, "/YouthMayors?culture=en");
        youth.QuerySelectorAll("[data-campaign]").Select(a => a.GetAttribute("data-campaign")!).Should().BeSubsetOf(records.Campaigns);

        // A month of the first city's meetings, before the second city held any: nothing of the first city's shows.
        var calendar = await HtmlPage.GetAsync(client, "/Calendar?year=1402&month=3&culture=en");
        calendar.QuerySelectorAll("[data-kind='meeting'], [data-kind='council'], [data-kind='interview-session']").Should().BeEmpty();

        var dashboard = await HtmlPage.GetAsync(client, "/?culture=en");
        dashboard.QuerySelector("#current-city")!.GetAttribute("data-city").Should().Be(second.Id.Value.ToString());

        // The second city has no budgeting round: the page says so rather than show the first city's.
        (await HtmlPage.GetAsync(client, "/Budgeting?culture=en")).QuerySelectorAll("#ballot-form").Should().BeEmpty();
    }

    [Fact]
    public async Task TheSameAddress_IsCachedOncePerCity()
    {
        var first = await Cities.ReaderOfAsync(factory, await Cities.FirstAsync(factory));
        var second = await Cities.ReaderOfAsync(factory, await Cities.SecondAsync(factory));

        // Each read twice: the second read of each is served from the output cache, which must key on the city.
        var a1 = (await HtmlPage.GetAsync(first, "/Meetings?culture=en")).QuerySelector("#meeting-count")!.TextContent;
        var b1 = (await HtmlPage.GetAsync(second, "/Meetings?culture=en")).QuerySelector("#meeting-count")!.TextContent;
        var a2 = (await HtmlPage.GetAsync(first, "/Meetings?culture=en")).QuerySelector("#meeting-count")!.TextContent;
        var b2 = (await HtmlPage.GetAsync(second, "/Meetings?culture=en")).QuerySelector("#meeting-count")!.TextContent;

        a1.Should().NotBe(b1);
        a2.Should().Be(a1);
        b2.Should().Be(b1);
    }

    [Theory]
    [InlineData("staff@demo.rafsanjan", false)]
    [InlineData(DemoSecondCity.StaffEmail, true)]
    [InlineData("resident1@demo.rafsanjan", false)]
    [InlineData("voter1@demo.baghestan", true)]
    public async Task AnAccount_BelongsToItsCity_WhateverTheSwitchSays(string email, bool ofSecondCity)
    {
        var own = ofSecondCity ? await Cities.SecondAsync(factory) : await Cities.FirstAsync(factory);
        var other = ofSecondCity ? await Cities.FirstAsync(factory) : await Cities.SecondAsync(factory);
        var client = await SignIn.AsAsync(factory, email);
        var page = await HtmlPage.GetAsync(client, "/Ideas");
        (await HtmlPage.SubmitAsync(client, page, "#city-switch", new Dictionary<string, string> { ["id"] = other.Id.Value.ToString() })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var after = await HtmlPage.GetAsync(client, "/Ideas");

        after.QuerySelector("#current-city")!.GetAttribute("data-city").Should().Be(own.Id.Value.ToString());
        after.QuerySelectorAll("#city-switch button").Should().BeEmpty("an account sees only its own city");
        var otherIdea = (await Cities.RecordsOfAsync(factory, other)).Ideas[0];
        (await client.GetAsync($"/Ideas/{otherIdea}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("staff@demo.rafsanjan", false)]
    [InlineData(DemoSecondCity.StaffEmail, true)]
    [InlineData("moderator@demo.rafsanjan", false)]
    public async Task StaffOfOneCity_CannotReviewModerateOrManageTheOthers(string email, bool ofSecondCity)
    {
        var other = ofSecondCity ? await Cities.FirstAsync(factory) : await Cities.SecondAsync(factory);
        var client = await SignIn.AsAsync(factory, email);
        var token = await Cities.TokenAsync(client);
        var idea = await Cities.SubmittedIdeaAsync(factory, other);
        var council = await Cities.CouncilOfAsync(factory, other);
        var before = await Cities.SnapshotAsync(factory, idea, council.Id);

        var posts = new List<(string Url, Dictionary<string, string> Fields)>();
        foreach (var handler in new[] { "StartReview", "Accept", "Reject", "Restore", "Remove" })
        {
            posts.Add(($"/Ideas/{idea.Value}?handler={handler}", new() { ["Reason"] = "پاسخ شهر دیگر به این ایده" }));
        }

        var member = council.CurrentMembers.First().ResidentId.Value.ToString();
        posts.Add(($"/Councils/Manage?council={council.Id.Value}&handler=Appoint", new() { ["ResidentId"] = member, ["Role"] = nameof(CouncilRole.Member) }));
        posts.Add(($"/Councils/Manage?council={council.Id.Value}&handler=Resign", new() { ["ResidentId"] = member, ["Reason"] = "کناره‌گیری" }));
        foreach (var (url, fields) in posts)
        {
            fields["__RequestVerificationToken"] = token;
            var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
            response.StatusCode.Should().BeOneOf([HttpStatusCode.NotFound, HttpStatusCode.Forbidden], $"{email} posting {url}");
        }

        // The management page does not show the other city's council: refused to a moderator, a page without it to staff.
        var manage = await client.GetAsync($"/Councils/Manage?council={council.Id.Value}");
        manage.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Forbidden);
        if (manage.StatusCode == HttpStatusCode.OK)
        {
            var page = await HtmlPage.ReadAsync(manage);
            page.QuerySelector("section#council").Should().BeNull();
            page.QuerySelectorAll($"[data-council='{council.Id.Value}']").Should().BeEmpty();
        }

        (await Cities.SnapshotAsync(factory, idea, council.Id)).Should().Be(before, "nothing of the other city changed");
    }

    [Fact]
    public async Task AResident_CannotEndorseReportOrVoteInTheOtherCity()
    {
        var first = await Cities.FirstAsync(factory);
        var second = await Cities.SecondAsync(factory);
        var rafsanjani = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan");
        var baghestani = await SignIn.AsAsync(factory, DemoSecondCity.AdultEmail);
        var election = (await Cities.ElectionsAsync(factory)).First(e => e.CountedOn is null);
        var secondIdea = await Cities.SubmittedIdeaAsync(factory, second);
        var firstIdea = await Cities.SubmittedIdeaAsync(factory, first);
        var round = await DemoRecords.ReadAsync(factory, db => db.Set<BudgetingRound>().AsNoTracking().Where(r => r.MunicipalityId == first.Id).Select(r => r.Id).FirstAsync());
        var before = (await Cities.SnapshotAsync(factory, secondIdea, null), await Cities.SnapshotAsync(factory, firstIdea, null), (await Cities.ElectionAsync(factory, election.Id)).BallotsCast);

        var posts = new (HttpClient Client, string Url, Dictionary<string, string> Fields)[]
        {
            (rafsanjani, $"/Ideas/{secondIdea.Value}?handler=Endorse", []),
            (rafsanjani, $"/Ideas/{secondIdea.Value}?handler=Report", new() { ["Reason"] = "نامناسب" }),
            (rafsanjani, $"/Elections/{election.Id.Value}?handler=Vote", new() { ["FirstPreference"] = election.Candidates[0].ResidentId.Value.ToString() }),
            (baghestani, $"/Ideas/{firstIdea.Value}?handler=Endorse", []),
            (baghestani, $"/Ideas/{firstIdea.Value}?handler=Report", new() { ["Reason"] = "نامناسب" }),
            (baghestani, $"/Budgeting?round={round.Value}&handler=Vote", new() { ["Approved"] = firstIdea.Value.ToString() }),
        };
        foreach (var (client, url, fields) in posts)
        {
            fields["__RequestVerificationToken"] = await Cities.TokenAsync(client);
            var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, url);
        }

        var after = (await Cities.SnapshotAsync(factory, secondIdea, null), await Cities.SnapshotAsync(factory, firstIdea, null), (await Cities.ElectionAsync(factory, election.Id)).BallotsCast);
        after.Should().Be(before);
    }

    [Fact]
    public async Task TheCitySwitch_RefusesAnUnknownCity_AnotherSitesPost_AndAForeignReturnAddress()
    {
        var client = factory.NewClient();
        var second = await Cities.SecondAsync(factory);

        async Task<HttpResponseMessage> PostAsync(string? id, string? returnUrl, string? site = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/city");
            var fields = new Dictionary<string, string>();
            if (id is not null)
            {
                fields["id"] = id;
            }

            if (returnUrl is not null)
            {
                fields["returnUrl"] = returnUrl;
            }

            request.Content = new FormUrlEncodedContent(fields);
            if (site is not null)
            {
                request.Headers.Add("Sec-Fetch-Site", site);
            }

            return await client.SendAsync(request);
        }

        (await PostAsync(null, "/Ideas")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await PostAsync(Guid.NewGuid().ToString(), "/Ideas")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await PostAsync("' OR 1=1 --", "/Ideas")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await PostAsync(second.Id.Value.ToString(), "/Ideas", "cross-site")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        foreach (var foreign in new[] { "//evil.example/", "/\\evil.example", "https://evil.example/", "/\u0001x" })
        {
            var response = await PostAsync(second.Id.Value.ToString(), foreign);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.Should().Be("/", foreign);
        }

        var good = await PostAsync(second.Id.Value.ToString(), "/Meetings?n=2");
        good.Headers.Location!.OriginalString.Should().Be("/Meetings?n=2");
        good.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith(DemoCity.CookieName + "=" + second.Id.Value, StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AMadeUpCityCookie_IsTheDefaultCity()
    {
        var client = factory.NewClient();
        client.DefaultRequestHeaders.Add("Cookie", $"{DemoCity.CookieName}=not-a-city");

        var page = await HtmlPage.GetAsync(client, "/Meetings");

        page.QuerySelector("#current-city")!.GetAttribute("data-city").Should().Be((await Cities.FirstAsync(factory)).Id.Value.ToString());
    }

    private static List<string> Links(IDocument page, string prefix) =>
        page.QuerySelectorAll($"main a[href^='{prefix}']").Select(a => a.GetAttribute("href")![prefix.Length..].Split('?')[0]).Distinct().ToList();
}

/// <summary>The demo's two cities as the tests read them from the database, and readers who have chosen one.</summary>
public static class Cities
{
    public static async Task<Municipality> FirstAsync(DemoFactory factory) =>
        (await DemoRecords.ReadAsync(factory, db => db.Municipalities.AsNoTracking().ToListAsync())).Where(m => !DemoSecondCity.IsSecondCity(m)).OrderBy(m => m.Id.Value).First();

    public static async Task<Municipality> SecondAsync(DemoFactory factory) =>
        (await DemoRecords.ReadAsync(factory, db => db.Municipalities.AsNoTracking().ToListAsync())).Single(DemoSecondCity.IsSecondCity);

    /// <summary>An anonymous reader who has chosen the city with the switch on a page, as a reader would.</summary>
    public static async Task<HttpClient> ReaderOfAsync(DemoFactory factory, Municipality city)
    {
        var client = factory.NewClient();
        var page = await HtmlPage.GetAsync(client, "/Ideas");
        var response = await HtmlPage.SubmitAsync(client, page, "#city-switch", new Dictionary<string, string> { ["id"] = city.Id.Value.ToString() });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>The second city's elections.</summary>
    public static async Task<List<YouthMayorElection>> ElectionsAsync(DemoFactory factory)
    {
        var city = await SecondAsync(factory);
        return await DemoRecords.ReadAsync(factory, async db =>
        {
            var ids = await db.Neighbourhoods.AsNoTracking().Where(n => n.MunicipalityId == city.Id).Select(n => n.Id).ToListAsync();
            return await db.Set<YouthMayorElection>().AsNoTracking().Where(e => ids.Contains(e.NeighbourhoodId)).ToListAsync();
        });
    }

    public static Task<YouthMayorElection> ElectionAsync(DemoFactory factory, YouthMayorElectionId id) =>
        DemoRecords.ReadAsync(factory, db => db.Set<YouthMayorElection>().AsNoTracking().SingleAsync(e => e.Id == id));

    /// <summary>The open poll for neighbourhood 1's girl seat, where the demo's young voters live.</summary>
    public static async Task<YouthMayorElection> OpenElectionOfFirstNeighbourhoodAsync(DemoFactory factory) =>
        (await ElectionsAsync(factory)).Single(e => e.CountedOn is null && e.Seat == Gender.Female);

    public static async Task<ResidentId> ResidentOfAsync(DemoFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<DemoUser>>().FindByEmailAsync(email);
        return new ResidentId(user!.ResidentId!.Value);
    }

    /// <summary>A resident of the election's neighbourhood who may vote in it and has not, and is no demo account.</summary>
    public static Task<ResidentId> VoterOfAsync(DemoFactory factory, YouthMayorElection election) =>
        DemoRecords.ReadAsync(factory, async db =>
        {
            var residents = await db.Residents.AsNoTracking().Where(r => r.NeighbourhoodId == election.NeighbourhoodId).OrderByDescending(r => r.Id).ToListAsync();
            return residents.First(r => election.VoterAgeWindow.Contains(r.AgeOn(election.PollOpensOn)) && !election.HasVoted(r.Id)).Id;
        });

    /// <summary>The ids of a city's meetings, visible ideas, councils and campaigns.</summary>
    public static Task<CityRecords> RecordsOfAsync(DemoFactory factory, Municipality city) =>
        DemoRecords.ReadAsync(factory, async db =>
        {
            var neighbourhoods = await db.Neighbourhoods.AsNoTracking().Where(n => n.MunicipalityId == city.Id).Select(n => n.Id).ToListAsync();
            var meetings = await db.Set<NeighbourhoodMeeting>().AsNoTracking().IgnoreAutoIncludes().Where(m => neighbourhoods.Contains(m.NeighbourhoodId)).Select(m => m.Id).ToListAsync();
            var ideas = await db.Set<CitizenIdea>().AsNoTracking().IgnoreAutoIncludes().Where(i => i.MunicipalityId == city.Id && i.Visibility == IdeaVisibility.Visible).Select(i => i.Id).ToListAsync();
            var councils = await db.Set<Council>().AsNoTracking().IgnoreAutoIncludes().Where(c => c.MunicipalityId == city.Id).Select(c => c.Id).ToListAsync();
            var campaigns = await db.YouthMayorCampaigns.AsNoTracking().IgnoreAutoIncludes().Where(c => c.MunicipalityId == city.Id).Select(c => c.Id).ToListAsync();
            return new CityRecords(
                [.. meetings.Select(m => m.Value.ToString())],
                [.. ideas.Select(i => i.Value.ToString())],
                [.. councils.Select(c => c.Value.ToString())],
                [.. campaigns.Select(c => c.Value.ToString())]);
        });

    /// <summary>Every page of one record of the city, by id: ideas, meetings, campaigns, elections, budgeting rounds and projects.</summary>
    public static async Task<List<string>> RecordPagesAsync(DemoFactory factory, Municipality city)
    {
        var records = await RecordsOfAsync(factory, city);
        var urls = new List<string> { $"/Ideas/{records.Ideas[0]}", $"/Meetings/{records.Meetings[0]}" };
        urls.AddRange(records.Campaigns.Select(c => $"/YouthMayors?campaign={c}"));
        if (DemoSecondCity.IsSecondCity(city))
        {
            urls.AddRange((await ElectionsAsync(factory)).Select(e => $"/Elections/{e.Id.Value}"));
        }

        var rounds = await DemoRecords.ReadAsync(factory, db => db.Set<BudgetingRound>().AsNoTracking().Where(r => r.MunicipalityId == city.Id).ToListAsync());
        foreach (var round in rounds)
        {
            urls.Add($"/Budgeting?round={round.Id.Value}");
            urls.Add($"/Budgeting/Project/{round.Projects[0].ProjectId}?round={round.Id.Value}");
        }

        return urls;
    }

    /// <summary>A submitted, visible idea of the city (one no other test picks: the newest).</summary>
    public static Task<CitizenIdeaId> SubmittedIdeaAsync(DemoFactory factory, Municipality city) =>
        DemoRecords.ReadAsync(factory, async db =>
        {
            var ideas = await db.Set<CitizenIdea>().AsNoTracking().IgnoreAutoIncludes()
                .Where(i => i.MunicipalityId == city.Id && i.Status == IdeaStatus.Submitted && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null)
                .Select(i => new { i.Id, i.SubmittedAt }).ToListAsync();
            return ideas.OrderBy(i => i.SubmittedAt).Skip(ideas.Count / 2).First().Id;
        });

    /// <summary>A council of the city with members.</summary>
    public static Task<Council> CouncilOfAsync(DemoFactory factory, Municipality city) =>
        DemoRecords.ReadAsync(factory, async db =>
            (await db.Set<Council>().AsNoTracking().Where(c => c.MunicipalityId == city.Id).ToListAsync()).First(c => c.CurrentMembers.Any()));

    /// <summary>What an act on the idea or council would change: the idea's status, visibility, endorsements and reports; the council's members.</summary>
    public static Task<string> SnapshotAsync(DemoFactory factory, CitizenIdeaId idea, CouncilId? council) =>
        DemoRecords.ReadAsync(factory, async db =>
        {
            var i = await db.Set<CitizenIdea>().AsNoTracking().SingleAsync(x => x.Id == idea);
            var members = council is { } id
                ? string.Join(",", (await db.Set<Council>().AsNoTracking().SingleAsync(c => c.Id == id)).CurrentMembers.Select(m => m.ResidentId.Value).Order())
                : string.Empty;
            return $"{i.Status}|{i.Visibility}|{i.Endorsements.Count}|{i.Reports.Count}|{i.Transitions.Count}|{members}";
        });

    public static async Task<string> TokenAsync(HttpClient client)
    {
        var login = await HtmlPage.GetAsync(client, "/Account/Login");
        return ((AngleSharp.Html.Dom.IHtmlInputElement)login.QuerySelector("#login-form input[name='__RequestVerificationToken']")!).Value;
    }
}

/// <summary>The ids of one city's records, as text.</summary>
public sealed record CityRecords(List<string> Meetings, List<string> Ideas, List<string> Councils, List<string> Campaigns);
