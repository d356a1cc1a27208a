using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Councils.UseCases;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.YouthMayors.UseCases;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Caching;

/// <summary>
/// Every public page served from the output cache to readers who are not signed in (ADR 0032), and evicted the moment a
/// command's events say the records behind it changed: through the site's forms or through the commands as the pages run
/// them (<see cref="DemoCommands.RunAsync{T}"/>). A page served from the cache carries the HTTP <c>Age</c> header; a
/// rendered one does not.
/// </summary>
[Collection(PageCacheCollection.Name)]
public class PublicPagesCacheTest(PageCacheDemo demo)
{
    private DemoFactory Factory => demo.Factory;

    /// <summary>A reader who chose English with the layout's switch: the same addresses, the culture cookie.</summary>
    private async Task<HttpClient> EnglishReaderAsync()
    {
        var client = Factory.NewClient();
        var page = await HtmlPage.GetAsync(client, "/Adopt");
        var switched = await HtmlPage.SubmitAsync(client, page, "#language-switch", new Dictionary<string, string> { ["code"] = "en" });
        switched.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return client;
    }

    private async Task<(HttpClient Reader, string Language)[]> ReadersAsync() => [(Factory.NewClient(), "fa"), (await EnglishReaderAsync(), "en")];

    private static int Number(string text) =>
        int.Parse(PersianDigits.ToLatin(text.Trim()).Replace(",", "", StringComparison.Ordinal).Replace("٬", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>Reads the page twice and requires the second reading to come from the cache; returns it.</summary>
    private static async Task<IDocument> CachedAsync(HttpClient reader, string url)
    {
        (await reader.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK, url);
        var second = await reader.GetAsync(url);
        second.Headers.Age.Should().NotBeNull($"{url} is served from the cache to an anonymous reader");
        return await HtmlPage.ReadAsync(second);
    }

    /// <summary>The public pages, with an idea and a meeting of the seeded city.</summary>
    private async Task<List<string>> PublicPagesAsync()
    {
        var client = Factory.NewClient();
        var idea = (await HtmlPage.GetAsync(client, "/Ideas")).QuerySelector("#ideas tbody tr[data-idea]")!.GetAttribute("data-idea");
        var meeting = (await HtmlPage.GetAsync(client, "/Meetings")).QuerySelector("#meetings tbody tr[data-meeting]")!.GetAttribute("data-meeting");
        return ["/", "/Neighbourhoods", "/Neighbourhoods/2", "/Ideas", $"/Ideas/{idea}", "/Councils", "/Meetings", $"/Meetings/{meeting}", "/YouthMayors", "/Calendar", "/Adopt", "/Budgeting", "/Adoption/Progress"];
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> act)
    {
        using var scope = Factory.Services.CreateScope();
        return await act(scope.ServiceProvider);
    }

    [Fact]
    public async Task EveryPublicPage_IsCachedForAnonymousReaders_InEachLanguage_WithNoCookieTokenOrName()
    {
        foreach (var url in await PublicPagesAsync())
        {
            foreach (var (reader, language) in await ReadersAsync())
            {
                var response = await reader.GetAsync(url);
                var again = await reader.GetAsync(url);
                again.Headers.Age.Should().NotBeNull($"{url} in {language} is served from the cache the second time");
                foreach (var served in new[] { response, again })
                {
                    served.StatusCode.Should().Be(HttpStatusCode.OK, url);
                    served.Headers.Contains("Set-Cookie").Should().BeFalse($"{url} sets no cookie meant for one reader");
                    var page = await HtmlPage.ReadAsync(served);
                    page.DocumentElement.GetAttribute("lang").Should().Be(language, url);
                    page.QuerySelectorAll("input[name='__RequestVerificationToken']").Should().BeEmpty(url);
                    page.QuerySelectorAll("form").Where(f => !string.Equals(f.GetAttribute("method"), "get", StringComparison.OrdinalIgnoreCase))
                        .Select(f => f.Id).Should().BeEquivalentTo(["city-switch", "language-switch"], $"{url} has no form that posts for one reader");
                    page.QuerySelector("#signed-in-as").Should().BeNull(url);
                }
            }
        }
    }

    [Fact]
    public async Task SignedInReaders_AreNeverServedTheAnonymousCopy_NorStoredForAnonymousOnes()
    {
        var anonymous = Factory.NewClient();
        var resident = await SignIn.AsAsync(Factory, "resident1@demo.rafsanjan");
        foreach (var url in await PublicPagesAsync())
        {
            await CachedAsync(anonymous, url);

            var mine = new[] { await resident.GetAsync(url), await resident.GetAsync(url) };
            var anonymousAfter = await anonymous.GetAsync(url);

            mine.Should().OnlyContain(r => r.Headers.Age == null, $"{url} is rendered for a signed-in reader");
            (await HtmlPage.ReadAsync(mine[1])).QuerySelector("#signed-in-as")!.GetAttribute("data-email").Should().Be("resident1@demo.rafsanjan", url);
            (await HtmlPage.ReadAsync(mine[1])).QuerySelector("#logout-form input[name='__RequestVerificationToken']").Should().NotBeNull(url);
            anonymousAfter.Headers.Age.Should().NotBeNull($"{url}: the anonymous copy is still the one served");
            var anonymousPage = await HtmlPage.ReadAsync(anonymousAfter);
            anonymousPage.QuerySelector("#signed-in-as").Should().BeNull($"{url}: no signed-in reader's page was stored");
            anonymousPage.QuerySelector("#logout-form").Should().BeNull(url);
        }
    }

    [Fact]
    public async Task ANewIdea_AppearsAtOnce_OnTheIdeasList_ItsNeighbourhood_AndTheDashboard_InEachLanguage()
    {
        var readers = await ReadersAsync();
        var countBefore = new Dictionary<string, int>();
        foreach (var (reader, language) in readers)
        {
            await CachedAsync(reader, "/Ideas");
            var neighbourhood = await CachedAsync(reader, "/Neighbourhoods/1");
            countBefore[language] = Number(neighbourhood.QuerySelector("#ideas-heading .badge")!.TextContent);
            await CachedAsync(reader, "/");
        }

        // Through the site, as a resident of neighbourhood 1 submits one.
        var title = "ایدهٔ کش " + Guid.NewGuid().ToString("N")[..8];
        var resident = await SignIn.AsAsync(Factory, "resident1@demo.rafsanjan");
        var submitted = await HtmlPage.SubmitAsync(resident, await HtmlPage.GetAsync(resident, "/Ideas/Submit"), "#submit-form", new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Description"] = "نیمکت‌های پارک محله شکسته است و باید تعمیر شود.",
            ["Field"] = "traffic",
            ["Neighbourhood"] = "1",
        });
        submitted.StatusCode.Should().Be(HttpStatusCode.Redirect);

        foreach (var (reader, language) in readers)
        {
            var list = await reader.GetAsync("/Ideas");
            list.Headers.Age.Should().BeNull($"the {language} list was evicted");
            (await HtmlPage.ReadAsync(list)).QuerySelector("#ideas tbody tr a")!.TextContent.Should().Be(title, "the newest idea heads the list");
            var neighbourhood = await HtmlPage.GetAsync(reader, "/Neighbourhoods/1");
            neighbourhood.QuerySelectorAll("#ideas a").Select(a => a.TextContent).Should().Contain(title);
            Number(neighbourhood.QuerySelector("#ideas-heading .badge")!.TextContent).Should().Be(countBefore[language] + 1);
            (await reader.GetAsync("/")).Headers.Age.Should().BeNull($"the {language} dashboard was evicted");
        }
    }

    [Fact]
    public async Task AnEndorsement_ChangesTheIdeasPageAtOnce_InEachLanguage()
    {
        var readers = await ReadersAsync();
        var id = await InScopeAsync(async services =>
        {
            var city = await services.GetRequiredService<DemoCity>().GetAsync(CancellationToken.None);
            var proposer = new ParticipatoryGovernance.Residents.ResidentId(Guid.Parse(await IdOfAsync("resident2@demo.rafsanjan")));
            var commands = services.GetRequiredService<DemoCommands>();
            var created = await commands.RunAsync(commands.Get<ParticipatoryGovernance.Ideas.UseCases.SubmitIdeaHandler>().HandleAsync(
                new ParticipatoryGovernance.Ideas.UseCases.SubmitIdea(city.Municipality.Id, proposer, "ایدهٔ حمایت " + Guid.NewGuid().ToString("N")[..6], "چراغ‌های کوچه خاموش است و باید روشن شود.", "traffic", null, null)));
            return created.Value.Id.Value;
        });
        foreach (var (reader, _) in readers)
        {
            Number((await CachedAsync(reader, $"/Ideas/{id}")).QuerySelector("#endorsements")!.GetAttribute("data-count")!).Should().Be(0);
        }

        var resident = await SignIn.AsAsync(Factory, "resident1@demo.rafsanjan");
        var endorsed = await HtmlPage.SubmitAsync(resident, await HtmlPage.GetAsync(resident, $"/Ideas/{id}"), "#endorse-form");
        endorsed.StatusCode.Should().Be(HttpStatusCode.Redirect);

        foreach (var (reader, language) in readers)
        {
            var page = await reader.GetAsync($"/Ideas/{id}");
            page.Headers.Age.Should().BeNull($"the {language} page was evicted");
            (await HtmlPage.ReadAsync(page)).QuerySelector("#endorsements")!.GetAttribute("data-count").Should().Be("1");
        }
    }

    [Fact]
    public async Task AnInterviewSession_ChangesYouthMayorsAndTheCalendarAtOnce_InEachLanguage()
    {
        var campaign = await DemoRecords.CurrentCampaignAsync(Factory);
        var first = (await DemoRecords.NeighbourhoodsAsync(Factory))[0];
        var interviewed = campaign.InterviewSessions.SelectMany(s => s.Interviews).Select(i => i.ApplicationId).ToHashSet();
        var applicant = campaign.Applications.First(a => a.NeighbourhoodId == first.Id && a.IsShortlisted && !interviewed.Contains(a.Id));
        var today = DemoRecords.Today(Factory);
        var url = $"/YouthMayors?campaign={campaign.Id.Value}";
        var calendar = $"/Calendar?year={PersianDates.ToSolarHijri(today).Year}&month={PersianDates.ToSolarHijri(today).Month}";
        var readers = await ReadersAsync();
        var before = new Dictionary<string, (int Interviewed, int Sessions, int Events)>();
        foreach (var (reader, language) in readers)
        {
            var page = await CachedAsync(reader, url);
            var events = (await CachedAsync(reader, calendar)).QuerySelectorAll("#events li[data-kind='interview-session']").Length;
            before[language] = (Number(page.QuerySelector("tr[data-figure='interviewed'] td")!.TextContent), Number(page.QuerySelector("tr[data-figure='sessions'] td")!.TextContent), events);
        }

        // Through the command, as the interview page runs it.
        var held = await InScopeAsync(services =>
        {
            var commands = services.GetRequiredService<DemoCommands>();
            return commands.RunAsync(commands.Get<HoldInterviewSessionHandler>().HandleAsync(
                new HoldInterviewSession(campaign.MunicipalityId, campaign.Id, first.Id, [new InterviewInput(applicant.Id, 80)], today)));
        });
        held.IsSuccess.Should().BeTrue(held.ToString());

        foreach (var (reader, language) in readers)
        {
            var response = await reader.GetAsync(url);
            response.Headers.Age.Should().BeNull($"the {language} youth-mayor page was evicted");
            var page = await HtmlPage.ReadAsync(response);
            Number(page.QuerySelector("tr[data-figure='interviewed'] td")!.TextContent).Should().Be(before[language].Interviewed + 1);
            Number(page.QuerySelector("tr[data-figure='sessions'] td")!.TextContent).Should().Be(before[language].Sessions + 1);
            (await HtmlPage.GetAsync(reader, calendar)).QuerySelectorAll("#events li[data-kind='interview-session']").Length.Should().Be(before[language].Events + 1);
        }
    }

    [Fact]
    public async Task AScheduledMeeting_ShowsAtOnce_OnMeetingsTheCalendarAndItsNeighbourhood_InEachLanguage()
    {
        var neighbourhood = (await DemoRecords.NeighbourhoodsAsync(Factory))[2];
        var clock = Factory.Services.GetRequiredService<IClock>();
        var startsAt = PersianDates.TodayInCity(clock).PlusDays(3).At(new LocalTime(17, 0)).InZoneLeniently(PersianDates.TimeZone).ToInstant();
        var day = PersianDates.ToSolarHijri(PersianDates.InCity(startsAt).Date);
        var calendar = $"/Calendar?year={day.Year}&month={day.Month}";
        var place = "سالن کش " + Guid.NewGuid().ToString("N")[..6];
        var pages = new[] { "/Meetings", calendar, $"/Neighbourhoods/{neighbourhood.Number}" };
        var readers = await ReadersAsync();
        foreach (var (reader, _) in readers)
        {
            foreach (var url in pages)
            {
                (await CachedAsync(reader, url)).Body!.TextContent.Should().NotContain(place);
            }
        }

        var scheduled = await InScopeAsync(async services =>
        {
            var city = await services.GetRequiredService<DemoCity>().GetAsync(CancellationToken.None);
            var commands = services.GetRequiredService<DemoCommands>();
            return await commands.RunAsync(commands.Get<ScheduleMeetingHandler>().HandleAsync(
                new ScheduleMeeting(city.Municipality.Id, neighbourhood.Id, place, startsAt, ["پیاده‌روها"])));
        });
        scheduled.IsSuccess.Should().BeTrue(scheduled.ToString());

        foreach (var (reader, language) in readers)
        {
            var meetings = await reader.GetAsync("/Meetings");
            meetings.Headers.Age.Should().BeNull($"the {language} meetings list was evicted");
            (await HtmlPage.ReadAsync(meetings)).QuerySelectorAll("#meetings tr[data-meeting]").Select(r => r.GetAttribute("data-meeting"))
                .Should().Contain(scheduled.Value.Id.Value.ToString());
            (await HtmlPage.GetAsync(reader, calendar)).QuerySelectorAll("#events li[data-kind='meeting']").Select(e => e.TextContent)
                .Should().Contain(e => e.Contains(place, StringComparison.Ordinal));
            (await HtmlPage.GetAsync(reader, $"/Neighbourhoods/{neighbourhood.Number}")).QuerySelector("#meetings")!.InnerHtml
                .Should().Contain(scheduled.Value.Id.Value.ToString());
        }
    }

    [Fact]
    public async Task AResignation_ChangesTheCouncilsAndTheNeighbourhoodAtOnce_InEachLanguage()
    {
        var neighbourhood = (await DemoRecords.NeighbourhoodsAsync(Factory))[3];
        var council = await DemoRecords.ReadAsync(Factory, c => Task.FromResult(c.Councils.AsEnumerable().First(x => x.NeighbourhoodId == neighbourhood.Id && x.CurrentMembers.Any())));
        var member = council.CurrentMembers.First().ResidentId;
        var readers = await ReadersAsync();
        var before = new Dictionary<string, (int Members, int Listed)>();
        foreach (var (reader, language) in readers)
        {
            var councils = await CachedAsync(reader, "/Councils");
            var page = await CachedAsync(reader, $"/Neighbourhoods/{neighbourhood.Number}");
            before[language] = (Number(councils.QuerySelector($"tr[data-council='{council.Id.Value}'] [data-members]")!.TextContent), page.QuerySelectorAll($"[data-council-kind='{council.Kind}'] [data-member]").Length);
        }

        var resigned = await InScopeAsync(services =>
        {
            var commands = services.GetRequiredService<DemoCommands>();
            return commands.RunAsync(commands.Get<ResignFromCouncilHandler>().HandleAsync(
                new ResignFromCouncil(council.MunicipalityId, council.Id, member, DemoRecords.Today(Factory), "آزمون")));
        });
        resigned.IsSuccess.Should().BeTrue(resigned.ToString());

        foreach (var (reader, language) in readers)
        {
            var response = await reader.GetAsync("/Councils");
            response.Headers.Age.Should().BeNull($"the {language} councils page was evicted");
            Number((await HtmlPage.ReadAsync(response)).QuerySelector($"tr[data-council='{council.Id.Value}'] [data-members]")!.TextContent).Should().Be(before[language].Members - 1);
            (await HtmlPage.GetAsync(reader, $"/Neighbourhoods/{neighbourhood.Number}")).QuerySelectorAll($"[data-council-kind='{council.Kind}'] [data-member]").Length
                .Should().Be(before[language].Listed - 1);
        }
    }

    [Fact]
    public async Task ARefusedAct_EvictsNothing()
    {
        var reader = Factory.NewClient();
        await CachedAsync(reader, "/Meetings");

        var refused = await InScopeAsync(async services =>
        {
            var city = await services.GetRequiredService<DemoCity>().GetAsync(CancellationToken.None);
            var commands = services.GetRequiredService<DemoCommands>();
            return await commands.RunAsync(commands.Get<ScheduleMeetingHandler>().HandleAsync(
                new ScheduleMeeting(city.Municipality.Id, city.Neighbourhoods[0].Id, "  ", Factory.Services.GetRequiredService<IClock>().GetCurrentInstant())));
        });

        refused.IsFailure.Should().BeTrue();
        (await reader.GetAsync("/Meetings")).Headers.Age.Should().NotBeNull("a refusal stored nothing, so the page stays cached");
    }

    private Task<string> IdOfAsync(string email) => InScopeAsync(async services =>
        (await services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<DemoUser>>().FindByEmailAsync(email))!.ResidentId!.Value.ToString());
}
