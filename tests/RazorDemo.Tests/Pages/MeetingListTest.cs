using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Meetings;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// <c>/Meetings</c>: the upcoming meetings first, then every meeting a page of 30 at a time with <c>?page=</c> (Persian
/// digits in the pager on Persian pages), the neighbourhood filter kept across pages, and any page value a reader types
/// answered with a page, never a server error.
/// </summary>
[Collection(DemoCollection.Name)]
public class MeetingListTest(DemoFactory factory)
{
    private static readonly System.Buffers.SearchValues<char> LatinDigits = System.Buffers.SearchValues.Create("0123456789");

    private Task<int> CountAsync() => DemoRecords.ReadAsync(factory, db => db.HomeMeetings().CountAsync());

    [Fact]
    public async Task Pages_Step30AtATime_WithoutRepeatingAMeeting_AndThePagerSpeaksPersian()
    {
        var total = await CountAsync();
        var pages = (total + 29) / 30;
        var client = factory.NewClient();

        var first = await HtmlPage.GetAsync(client, "/Meetings?culture=en");
        var second = await HtmlPage.GetAsync(client, "/Meetings?page=2&culture=en");
        var last = await HtmlPage.GetAsync(client, $"/Meetings?page={pages}&culture=en");
        var persian = await HtmlPage.GetAsync(client, "/Meetings?page=۲");

        var ids = (AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("#meetings tr[data-meeting]").Select(r => r.GetAttribute("data-meeting")).ToList();
        ids(first).Should().HaveCount(30);
        ids(second).Should().HaveCount(30).And.NotIntersectWith(ids(first));
        ids(last).Should().HaveCount(total - ((pages - 1) * 30));
        second.QuerySelector("#meeting-count")!.TextContent.Should().Be($"{total:N0} meetings; page 2 of {pages}, newest first.");
        second.QuerySelector("#pager a[aria-current='page']")!.TextContent.Should().Be("2");
        second.QuerySelector("#pager a[rel='next']")!.GetAttribute("href").Should().Be("/Meetings?culture=en&page=3");
        ids(persian).Should().Equal(ids(second));
        var pager = persian.QuerySelector("#pager")!.TextContent;
        pager.AsSpan().ContainsAny(LatinDigits).Should().BeFalse("a Persian pager writes its numbers in Persian digits: " + pager);
        persian.QuerySelector("#pager a[aria-current='page']")!.TextContent.Should().Be("۲");
        persian.QuerySelector("#meeting-count")!.TextContent.AsSpan().ContainsAny(LatinDigits).Should().BeFalse();
    }

    [Fact]
    public async Task Pager_KeepsTheNeighbourhoodFilter()
    {
        // Neighbourhood 50 gets enough meetings (a month apart, far ahead) for a second page.
        var neighbourhood = (await DemoRecords.NeighbourhoodsAsync(factory)).Single(n => n.Number == 50);
        var have = await DemoRecords.ReadAsync(factory, db => db.HomeMeetings().CountAsync(m => m.NeighbourhoodId == neighbourhood.Id));
        for (var i = have; i < 35; i++)
        {
            await MeetingScenario.PrepareAsync(factory, neighbourhood: 50, daysAhead: 400 + (10 * i));
        }

        var mine = await DemoRecords.ReadAsync(factory, db => db.HomeMeetings().CountAsync(m => m.NeighbourhoodId == neighbourhood.Id));
        var client = factory.NewClient();

        var first = await HtmlPage.GetAsync(client, "/Meetings?n=50&culture=en");
        var next = first.QuerySelector("#pager a[rel='next']")!.GetAttribute("href")!;
        var second = await HtmlPage.GetAsync(client, next);

        next.Should().Be("/Meetings?n=50&culture=en&page=2");
        first.QuerySelector("#meeting-count")!.TextContent.Should().StartWith($"{mine} meetings; page 1 of 2");
        second.QuerySelectorAll("#meetings tr[data-meeting]").Should().HaveCount(mine - 30);
        second.QuerySelectorAll("#meetings tbody tr td:nth-child(2)").Select(c => c.TextContent).Should().OnlyContain(t => t == neighbourhood.Name.English);
        ((AngleSharp.Html.Dom.IHtmlSelectElement)second.QuerySelector("#n")!).Value.Should().Be("50");
    }

    [Theory]
    [InlineData("0", "There is no page 0 (pages run from 1 to {0}); page 1 is shown.", 1)]
    [InlineData("-3", "There is no page -3 (pages run from 1 to {0}); page 1 is shown.", 1)]
    [InlineData("99999", "There is no page 99,999 (pages run from 1 to {0}); page {0} is shown.", -1)]
    [InlineData("abc", "Page 'abc' is not a number; the first page is shown.", 1)]
    [InlineData("9223372036854775807", "Page '9223372036854775807' is not a number; the first page is shown.", 1)]
    [InlineData("1.5", "Page '1.5' is not a number; the first page is shown.", 1)]
    [InlineData("%E2%80%AE2", "Page '2' is not a number; the first page is shown.", 1)]
    public async Task APageOutOfRangeOrNotANumber_IsExplained_AndTheNearestPageShown(string page, string problem, int shown)
    {
        var pages = (await CountAsync() + 29) / 30;
        var expected = shown == -1 ? pages : shown;

        var response = await factory.NewClient().GetAsync($"/Meetings?page={page}&culture=en");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var document = await HtmlPage.ReadAsync(response);
        document.QuerySelector("[data-filter-problem]")!.TextContent.Should().Be(string.Format(CultureInfo.InvariantCulture, problem, pages));
        document.QuerySelector("#meeting-count")!.TextContent.Should().Contain($"page {expected} of {pages}");
    }

    [Fact]
    public async Task ARepeatedPageValue_IsRefusedAsNotANumber()
    {
        var document = await HtmlPage.GetAsync(factory.NewClient(), "/Meetings?page=2&page=3&culture=en");

        document.QuerySelector("[data-filter-problem]")!.TextContent.Should().Be("Page '2,3' is not a number; the first page is shown.");
    }

    [Fact]
    public async Task Upcoming_ListsScheduledMeetingsFromToday_SoonestFirst_WithTheirCalendarFile_AndFollowsTheFilter()
    {
        var later = await MeetingScenario.PrepareAsync(factory, neighbourhood: 7, daysAhead: 20, place: "مسجد الغدیر");
        var sooner = await MeetingScenario.PrepareAsync(factory, neighbourhood: 7, daysAhead: 5);
        var elsewhere = await MeetingScenario.PrepareAsync(factory, neighbourhood: 8, daysAhead: 6);
        var past = await DemoRecords.ReadAsync(factory, db => db.HomeMeetings().AsNoTracking().Where(m => m.Status == MeetingStatus.Closed).OrderByDescending(m => m.StartsAt).FirstAsync());
        var client = factory.NewClient();

        var seven = await HtmlPage.GetAsync(client, "/Meetings?n=7");
        var all = await HtmlPage.GetAsync(client, "/Meetings?culture=en");

        var listed = seven.QuerySelectorAll("#upcoming li[data-upcoming]").Select(l => l.GetAttribute("data-upcoming")).ToList();
        listed.Should().Equal(sooner.Id.Value.ToString(), later.Id.Value.ToString());
        var item = seven.QuerySelector($"#upcoming li[data-upcoming='{later.Id.Value}']")!;
        item.TextContent.Should().Contain("نشست محله ۷").And.Contain("مسجد الغدیر").And.NotContain("محلهٔ محله");
        item.QuerySelector("a[download]")!.GetAttribute("href").Should().Be($"/Meetings/{later.Id.Value}/ical");
        var allUpcoming = all.QuerySelectorAll("#upcoming li[data-upcoming]").Select(l => l.GetAttribute("data-upcoming")).ToList();
        allUpcoming.Should().Contain([sooner.Id.Value.ToString(), elsewhere.Id.Value.ToString()]).And.NotContain(past.Id.Value.ToString());
        all.QuerySelector($"#upcoming li[data-upcoming='{elsewhere.Id.Value}']")!.TextContent.Should().Contain("Meeting of Neighbourhood 8");
    }

    [Fact]
    public async Task MeetingTitles_NeverDoubleTheWordNeighbourhood()
    {
        var meeting = await DemoRecords.ReadAsync(factory, db => db.HomeMeetings().AsNoTracking().OrderBy(m => m.StartsAt).FirstAsync());
        var neighbourhood = (await DemoRecords.NeighbourhoodsAsync(factory)).Single(n => n.Id == meeting.NeighbourhoodId);
        var day = ParticipatoryGovernance.Calendar.PersianDates.ToSolarHijri(ParticipatoryGovernance.Calendar.PersianDates.InCity(meeting.StartsAt).Date);

        var details = await HtmlPage.GetAsync(factory.NewClient(), $"/Meetings/{meeting.Id.Value}");
        var calendar = await HtmlPage.GetAsync(factory.NewClient(), $"/Calendar?year={day.Year}&month={day.Month}");

        details.QuerySelector("#meeting-title")!.TextContent.Should().Be("نشست " + neighbourhood.Name.Persian);
        details.QuerySelector("title")!.TextContent.Should().NotContain("محلهٔ محله");
        calendar.QuerySelectorAll("#events li[data-kind='meeting']").Select(e => e.TextContent).Should().Contain(t => t.Contains("نشست " + neighbourhood.Name.Persian, StringComparison.Ordinal))
            .And.NotContain(t => t.Contains("محلهٔ محله", StringComparison.Ordinal) || t.Contains("محله محله", StringComparison.Ordinal));
    }
}
