using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Notifications;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.UseCases;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Notifications;

/// <summary>A resident follows an idea, staff answer it, and the resident finds it in the inbox, counted unread in the header until read.</summary>
[Collection(DemoCollection.Name)]
public sealed class InboxFlowTest(DemoFactory factory)
{
    [Fact]
    public async Task FollowedIdea_ChangingStatus_ReachesTheFollowersInbox_UnreadUntilRead()
    {
        var resident = await SignIn.AsRoleAsync(factory, DemoRoles.Resident);
        var (ideaId, title) = await DemoRecords.ReadAsync(factory, async db =>
        {
            var home = DemoRecords.HomeCity(db);
            var idea = await db.HomeIdeas()
                .Where(i => i.MunicipalityId == home && i.Status == IdeaStatus.Submitted && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null)
                .OrderBy(i => i.SubmittedAt).Skip(3).FirstAsync();
            return (idea.Id, idea.Title);
        });
        await StartNotificationsAsync();

        var page = await HtmlPage.GetAsync(resident, $"/Ideas/{ideaId.Value}");
        page.QuerySelector("#follow-button")!.GetAttribute("data-following").Should().Be("false");
        var followed = await HtmlPage.SubmitAsync(resident, page, "#follow-form");
        followed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page = await HtmlPage.GetAsync(resident, $"/Ideas/{ideaId.Value}");
        page.QuerySelector("#follow-button")!.GetAttribute("data-following").Should().Be("true");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var review = scope.ServiceProvider.GetRequiredService<StartIdeaReviewHandler>();
            (await review.HandleAsync(new StartIdeaReview(await DemoRecords.HomeCityAsync(factory), ideaId, new MunicipalOfficial("staff-1", "کارشناس"), "بررسی آغاز شد"))).ThrowIfFailed();
        }

        var worker = factory.Services.GetRequiredService<NotificationWorker>();
        while (await worker.RunOnceAsync() > 0)
        {
        }

        var inbox = await HtmlPage.GetAsync(resident, "/Inbox");
        var item = inbox.QuerySelectorAll("#inbox li").Should().Contain(li => li.TextContent.Contains(title, StringComparison.Ordinal)).Subject;
        item.ClassList.Should().Contain("inbox-unread");
        inbox.QuerySelector("#unread-count").Should().NotBeNull("the header counts unread notifications");

        (await HtmlPage.SubmitAsync(resident, inbox, "#read-all-form")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        inbox = await HtmlPage.GetAsync(resident, "/Inbox");
        inbox.QuerySelector("#unread-count").Should().BeNull();
        inbox.QuerySelectorAll("#inbox li.inbox-unread").Should().BeEmpty();
    }

    [Fact]
    public async Task Profile_SavesPreferences_AndRefusesAnUnknownLanguageWithAReason()
    {
        var resident = await SignIn.AsRoleAsync(factory, DemoRoles.Resident);
        var page = await HtmlPage.GetAsync(resident, "/Profile");
        page.QuerySelector("#own-comments").Should().NotBeNull("the spot where comments join the profile");

        var saved = await HtmlPage.SubmitAsync(resident, page, "#preferences-form", new Dictionary<string, string> { ["language"] = "en", ["email"] = "true" });
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page = await HtmlPage.GetAsync(resident, "/Profile?saved=true");
        page.QuerySelector("#preferences-saved").Should().NotBeNull();
        page.QuerySelector("#language option[value='en']")!.HasAttribute("selected").Should().BeTrue();

        var refused = await HtmlPage.SubmitAsync(resident, page, "#preferences-form", new Dictionary<string, string> { ["language"] = "xx" });
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HtmlPage.ReadAsync(refused)).QuerySelector("#preferences-refused")!.TextContent.Should().NotBeNullOrWhiteSpace();

        // Back to the default, for the other tests that share the demo.
        page = await HtmlPage.GetAsync(resident, "/Profile");
        (await HtmlPage.SubmitAsync(resident, page, "#preferences-form", new Dictionary<string, string> { ["language"] = "fa", ["inApp"] = "true" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task AResidentComments_AnotherReplies_AndTheFirstSeesTheReplyInTheInbox_AndTheCommentOnTheProfile()
    {
        var (ideaId, title) = await DemoRecords.ReadAsync(factory, async db =>
        {
            var home = DemoRecords.HomeCity(db);
            var idea = await db.HomeIdeas()
                .Where(i => i.MunicipalityId == home && i.Status == IdeaStatus.Submitted && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null)
                .OrderByDescending(i => i.SubmittedAt).Skip(60).FirstAsync();
            return (idea.Id, idea.Title);
        });
        var first = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();
        var second = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan").InEnglishAsync();
        await StartNotificationsAsync();

        var page = await HtmlPage.GetAsync(first, $"/Ideas/{ideaId.Value}");
        var body = "A bench under the trees " + Guid.NewGuid().ToString("N")[..6];
        (await HtmlPage.SubmitAsync(first, page, "form[data-new-comment]", new Dictionary<string, string> { ["Body"] = body, ["Stance"] = "for" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        page = await HtmlPage.GetAsync(second, $"/Ideas/{ideaId.Value}");
        var article = page.QuerySelectorAll("#comments > article.comment").Single(a => a.TextContent.Contains(body, StringComparison.Ordinal));
        (await HtmlPage.SubmitAsync(second, page, $"#{article.Id} > .comment-acts form[data-reply-form]", new Dictionary<string, string> { ["Body"] = "Yes, with shade.", ["Stance"] = "none" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var worker = factory.Services.GetRequiredService<NotificationWorker>();
        while (await worker.RunOnceAsync() > 0)
        {
        }

        var inbox = await HtmlPage.GetAsync(first, "/Inbox");
        inbox.QuerySelectorAll("#inbox li[data-kind='CommentPosted']").Where(li => li.TextContent.Contains(title, StringComparison.Ordinal))
            .Should().ContainSingle("the commenter hears of the reply, not of their own comment")
            .Which.ClassList.Should().Contain("inbox-unread");
        var profile = await HtmlPage.GetAsync(first, "/Profile");
        var mine = profile.QuerySelectorAll("#own-comments li[data-comment]").Should().Contain(li => li.TextContent.Contains(body, StringComparison.Ordinal)).Subject;
        mine.QuerySelector("a")!.GetAttribute("href").Should().StartWith($"/Ideas/{ideaId.Value}#comment-");
    }

    private async Task StartNotificationsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationFanOut>().StartFromLatestAsync();
    }
}
