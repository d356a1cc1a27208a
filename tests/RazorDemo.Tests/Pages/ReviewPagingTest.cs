using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Ideas;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>/Review pages through every idea waiting for an answer, fifty at a time.</summary>
[Collection(DemoCollection.Name)]
public class ReviewPagingTest(DemoFactory factory)
{
    [Fact]
    public async Task Review_PagesThroughEveryWaitingIdea_FiftyAPage_OldestFirst()
    {
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();

        var first = await HtmlPage.GetAsync(staff, "/Review");
        var total = int.Parse(first.QuerySelector("#review-count")!.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture);
        var pages = (total + 49) / 50;
        var second = await HtmlPage.GetAsync(staff, "/Review?page=2");
        var last = await HtmlPage.GetAsync(staff, $"/Review?page={pages}");
        var waiting = await DemoRecords.ReadAsync(factory, db => db.HomeIdeas()
            .CountAsync(i => (i.Status == IdeaStatus.Submitted || i.Status == IdeaStatus.UnderReview) && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null));

        total.Should().Be(waiting).And.BeGreaterThan(100, "the demo has more than two pages to review");
        first.QuerySelectorAll("#review-queue tbody tr").Should().HaveCount(50);
        second.QuerySelectorAll("#review-queue tbody tr").Should().HaveCount(50);
        last.QuerySelectorAll("#review-queue tbody tr").Should().HaveCount(total - (50 * (pages - 1)));
        second.QuerySelectorAll("tr[data-idea]").Select(r => r.GetAttribute("data-idea"))
            .Should().NotIntersectWith(first.QuerySelectorAll("tr[data-idea]").Select(r => r.GetAttribute("data-idea")));
        second.QuerySelector("#review-count")!.TextContent.Should().Contain($"51–100 of {total:N0} ideas; page 2 of {pages}");
        first.QuerySelector("#pager a[rel='next']")!.GetAttribute("href").Should().Be("/Review?page=2");
        last.QuerySelector("#pager li:last-child")!.ClassList.Should().Contain("disabled");
    }

    [Fact]
    public async Task Review_OnAPersianPage_ShowsThePagerAndCountsInPersianDigits_AndReadsPersianDigits()
    {
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff);

        var page = await HtmlPage.GetAsync(staff, "/Review?page=" + Uri.EscapeDataString("۲"));

        page.QuerySelector("#review-count")!.GetAttribute("data-page").Should().Be("2");
        page.QuerySelector("#pager")!.TextContent.Should().NotMatchRegex("[0-9]").And.Contain("۲");
        page.QuerySelector("#review-count")!.TextContent.Should().NotMatchRegex("[0-9]").And.Contain("۵۱");
        page.QuerySelector("#review-queue tbody")!.TextContent.Should().NotMatchRegex("[0-9]");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    [InlineData("1.5")]
    [InlineData("<script>")]
    public async Task Review_ExplainsAPageItDoesNotHave_AndShowsTheFirst(string value)
    {
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();

        var response = await staff.GetAsync("/Review?page=" + Uri.EscapeDataString(value));
        var page = await HtmlPage.ReadAsync(response);

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        page.QuerySelector("#page-problem")!.TextContent.Should().StartWith($"There is no page '{value}'; pages run from 1 to");
        page.QuerySelector("#review-count")!.GetAttribute("data-page").Should().Be("1");
        page.QuerySelectorAll("#review-queue tbody tr").Should().HaveCount(50);
    }
}
