using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParticipatoryGovernance.EntityFrameworkCore.Notifications;
using ParticipatoryGovernance.Ideas;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Browser;

/// <summary>
/// Deliberation in a real browser (issue #19): a resident comments on an idea, another replies, and the first finds the
/// reply in the inbox (the unread count in the header, the notification, its link back to the idea).
/// </summary>
[Collection(BrowserCollection.Name)]
public class CommentBrowserTest(BrowserFixture browser)
{
    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#login-form [name='Email']", email);
        await page.FillAsync("#login-form [name='Password']", DemoAccounts.Password);
        await page.ClickAsync("#login-form [type='submit']");
        await page.WaitForSelectorAsync("#signed-in-as");
    }

    [SkippableFact]
    public async Task AResidentComments_AnotherReplies_AndTheFirstSeesTheReplyInTheInbox()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var (ideaId, title) = await DemoRecords.ReadAsync(browser.Factory, async db =>
        {
            var home = DemoRecords.HomeCity(db);
            var idea = await db.HomeIdeas()
                .Where(i => i.MunicipalityId == home && i.Status == IdeaStatus.Submitted && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null)
                .OrderByDescending(i => i.SubmittedAt).Skip(70).FirstAsync();
            return (idea.Id.Value, idea.Title);
        });
        var comment = "نیمکت زیر درخت‌ها " + Guid.NewGuid().ToString("N")[..6];
        var answer = "موافقم، با سایه‌بان " + Guid.NewGuid().ToString("N")[..6];
        var commenter = await browser.NewVisitorAsync();
        var replier = await browser.NewVisitorAsync();
        await SignInAsync(commenter, "resident1@demo.rafsanjan");
        await SignInAsync(replier, "resident2@demo.rafsanjan");

        await commenter.GotoAsync($"/Ideas/{ideaId}");
        await commenter.FillAsync("form[data-new-comment] textarea[name='Body']", comment);
        await commenter.SelectOptionAsync("form[data-new-comment] select[name='Stance']", "for");
        await commenter.ClickAsync("form[data-new-comment] button[type='submit']");
        await commenter.WaitForSelectorAsync("#notice");

        await replier.GotoAsync($"/Ideas/{ideaId}");
        var thread = replier.Locator("#comments > article.comment", new() { HasText = comment });
        await thread.Locator("> .comment-acts details.comment-act summary").First.ClickAsync();
        await thread.Locator("> .comment-acts form[data-reply-form] textarea[name='Body']").FillAsync(answer);
        await thread.Locator("> .comment-acts form[data-reply-form] button[type='submit']").ClickAsync();
        await replier.WaitForSelectorAsync("#notice");
        var replyShown = await replier.Locator("#comments article.comment article.comment", new() { HasText = answer }).CountAsync();

        // The demo's notification worker runs in the background; run its passes now rather than wait for its next one.
        var worker = browser.Factory.Services.GetRequiredService<NotificationWorker>();
        while (await worker.RunOnceAsync() > 0)
        {
        }

        await commenter.GotoAsync("/");
        var unread = await commenter.IsVisibleAsync("#unread-count");
        await commenter.ClickAsync("#inbox-link");
        await commenter.WaitForSelectorAsync("#inbox");
        var notice = commenter.Locator("#inbox li[data-kind='CommentPosted']", new() { HasText = title });
        var notices = await notice.CountAsync();
        var unreadNotice = notices == 1 && (await notice.GetAttributeAsync("class"))!.Contains("inbox-unread", StringComparison.Ordinal);
        await notice.Locator("a").First.ClickAsync();
        await commenter.WaitForSelectorAsync("#comments");
        var replyOnIdeaPage = await commenter.Locator("#comments article.comment article.comment", new() { HasText = answer }).CountAsync();

        replyShown.Should().Be(1, "the reply is shown under the comment it answers");
        unread.Should().BeTrue("the header counts the unread notification");
        notices.Should().Be(1, "one notification of the reply, none of the commenter's own comment");
        unreadNotice.Should().BeTrue();
        commenter.Url.Should().Contain($"/Ideas/{ideaId}");
        replyOnIdeaPage.Should().Be(1, "the notification leads to the idea, where the reply is");
    }
}
