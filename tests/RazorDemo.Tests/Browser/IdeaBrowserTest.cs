using Microsoft.Playwright;
using RazorDemo.Identity;

namespace RazorDemo.Tests.Browser;

/// <summary>
/// Taking part in a real browser: one resident submits an idea, another endorses it; staff carry an accepted idea to
/// implemented; the proposer withdraws one idea and resubmits a rejected one; a report reaches a moderator, who decides.
/// </summary>
[Collection(BrowserCollection.Name)]
public class IdeaBrowserTest(BrowserFixture browser)
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
    public async Task AResidentSubmitsAnIdea_AndAnotherEndorsesIt()
    {
        var proposer = await browser.NewVisitorAsync();
        var supporter = await browser.NewVisitorAsync();
        var title = "درخت‌کاری کوچهٔ " + Guid.NewGuid().ToString("N")[..6];

        await SignInAsync(proposer, "resident1@demo.rafsanjan");
        await proposer.GotoAsync("/Ideas");
        await proposer.ClickAsync("#submit-idea-link");
        await proposer.FillAsync("#Title", title);
        await proposer.FillAsync("#Description", "کوچهٔ ما درخت ندارد؛ ساکنان آبیاری نهال‌ها را بر عهده می‌گیرند.");
        await proposer.SelectOptionAsync("#Field", "environment");
        await proposer.FillAsync("#EstimatedCost", "۲۵۰۰۰۰۰۰");
        await proposer.ClickAsync("#submit-button");
        await proposer.WaitForSelectorAsync("#notice");
        var ideaUrl = proposer.Url;
        var proposerSeesEndorse = await proposer.QuerySelectorAsync("#endorse-button");

        await SignInAsync(supporter, "resident2@demo.rafsanjan");
        await supporter.GotoAsync(ideaUrl);
        var before = await supporter.GetAttributeAsync("#endorsements", "data-count");
        await supporter.ClickAsync("#endorse-button");
        await supporter.WaitForSelectorAsync("#notice");
        var after = await supporter.GetAttributeAsync("#endorsements", "data-count");
        var withdrawShown = await supporter.IsVisibleAsync("#withdraw-form button");
        await proposer.ReloadAsync();
        var proposerCount = await proposer.GetAttributeAsync("#endorsements", "data-count");

        (await proposer.TextContentAsync("h1")).Should().Be(title);
        proposerSeesEndorse.Should().BeNull("a proposer cannot endorse their own idea");
        before.Should().Be("0");
        after.Should().Be("1");
        withdrawShown.Should().BeTrue();
        proposerCount.Should().Be("1");
        (await supporter.TextContentAsync("#notice")).Should().Be("حمایت شما ثبت شد.");
    }

    private static async Task<string> SubmitIdeaAsync(IPage proposer, string title)
    {
        await proposer.GotoAsync("/Ideas/Submit");
        await proposer.FillAsync("#Title", title);
        await proposer.FillAsync("#Description", "پیاده‌روی کوچه در شب تاریک است؛ چند چراغ کم‌مصرف بس است.");
        await proposer.SelectOptionAsync("#Field", "traffic");
        await proposer.ClickAsync("#submit-button");
        await proposer.WaitForSelectorAsync("#notice");
        return new Uri(proposer.Url).AbsolutePath;
    }

    private static async Task ActAsync(IPage official, string act, string reason)
    {
        await official.FillAsync("#official-reason", reason);
        await official.ClickAsync($"#answer-form button[data-act='{act}']");
        await official.WaitForSelectorAsync("#notice");
    }

    [SkippableFact]
    public async Task StaffCarryAnAcceptedIdea_ThroughMilestones_ToImplemented()
    {
        var staff = await browser.NewVisitorAsync();
        var reader = await browser.NewVisitorAsync();
        await SignInAsync(staff, "staff@demo.rafsanjan");

        await staff.GotoAsync("/Ideas?status=Accepted");
        await staff.ClickAsync("#ideas tbody tr a");
        await staff.WaitForSelectorAsync("#answer-form");
        var ideaUrl = new Uri(staff.Url).AbsolutePath;
        var offeredWhenAccepted = await staff.Locator("#answer-form button[data-act]").EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.act)");
        await ActAsync(staff, "StartImplementation", "پیمانکار از شنبه کار را آغاز می‌کند.");
        await staff.FillAsync("#progress-percent-input", "۳۰");
        await staff.FillAsync("#progress-description", "پی‌کنی انجام شد.");
        await staff.ClickAsync("#progress-button");
        await staff.WaitForSelectorAsync("#notice");
        await staff.FillAsync("#progress-percent-input", "80");
        await staff.FillAsync("#progress-description", "نصب تمام شد؛ رنگ‌آمیزی مانده است.");
        await staff.ClickAsync("#progress-button");
        await staff.WaitForSelectorAsync("#notice");
        var candidate = await staff.Locator("#implementer-select option:not([value=''])").First.GetAttributeAsync("value");
        await staff.SelectOptionAsync("#implementer-select", candidate!);
        await staff.ClickAsync("#implementer-button");
        await staff.WaitForSelectorAsync("#notice");
        await ActAsync(staff, "Implement", "کار پایان یافت.");

        await reader.GotoAsync(ideaUrl + "?culture=en");
        offeredWhenAccepted.Should().Equal("StartImplementation");
        (await staff.TextContentAsync("#idea-status")).Should().Be("اجراشده");
        (await staff.IsVisibleAsync("#progress-form")).Should().BeFalse("an implemented idea takes no more milestones");
        (await reader.GetAttributeAsync("#implementation", "data-percent")).Should().Be("100");
        (await reader.Locator("#milestones li").AllTextContentsAsync()).Should().HaveCount(2).And.Contain(t => t.Contains("30%")).And.Contain(t => t.Contains("80%"));
        (await reader.Locator("#implementers li").GetAttributeAsync("data-resident")).Should().Be(candidate);
        (await reader.TextContentAsync("#idea-status")).Should().Be("Implemented");
    }

    [SkippableFact]
    public async Task TheProposerWithdrawsOneIdea_AndResubmitsARejectedOne()
    {
        var proposer = await browser.NewVisitorAsync();
        var staff = await browser.NewVisitorAsync();
        await SignInAsync(proposer, "resident1@demo.rafsanjan");
        await SignInAsync(staff, "staff@demo.rafsanjan");
        var suffix = Guid.NewGuid().ToString("N")[..6];

        var first = await SubmitIdeaAsync(proposer, "چراغ کوچهٔ " + suffix);
        await proposer.FillAsync("#withdraw-reason", "همسایه‌ها خودشان چراغ گذاشتند.");
        await proposer.ClickAsync("#withdraw-idea-button");
        await proposer.WaitForSelectorAsync("#notice");
        var withdrawnStatus = await proposer.TextContentAsync("#idea-status");
        var withdrawFormLeft = await proposer.QuerySelectorAsync("#withdraw-idea-form");

        var second = await SubmitIdeaAsync(proposer, "نیمکت ایستگاه " + suffix);
        await staff.GotoAsync(second);
        await ActAsync(staff, "StartReview", "بررسی آغاز شد.");
        await ActAsync(staff, "Reject", "جای نیمکت را دقیق بنویسید.");
        await proposer.ReloadAsync();
        await proposer.ClickAsync("#resubmit-summary");
        await proposer.FillAsync("#resubmit-title", "نیمکت ایستگاه میدان " + suffix);
        await proposer.ClickAsync("#resubmit-button");
        await proposer.WaitForSelectorAsync("#notice");

        withdrawnStatus.Should().Be("پس‌گرفته");
        withdrawFormLeft.Should().BeNull();
        first.Should().NotBe(second);
        (await proposer.TextContentAsync("h1")).Should().Be("نیمکت ایستگاه میدان " + suffix);
        (await proposer.TextContentAsync("#notice")).Should().Be("نسخهٔ تازهٔ ایدهٔ شما ثبت شد.");
        (await proposer.GetAttributeAsync("#previous-version", "href")).Should().Be(second);
        (await proposer.TextContentAsync("#idea-status")).Should().Be("ثبت‌شده");
    }

    [SkippableFact]
    public async Task AResidentReportsAnIdea_AndAModeratorDecides_FromTheQueue()
    {
        var resident = await browser.NewVisitorAsync();
        var moderator = await browser.NewVisitorAsync();
        await SignInAsync(resident, "resident2@demo.rafsanjan");
        await SignInAsync(moderator, "moderator@demo.rafsanjan");
        var reason = "آگهی فروش است " + Guid.NewGuid().ToString("N")[..6];

        await resident.GotoAsync("/Ideas?status=UnderReview");
        await resident.ClickAsync("#ideas tbody tr:nth-child(3) a");
        await resident.FillAsync("#report-reason", reason);
        await resident.ClickAsync("#report-button");
        await resident.WaitForSelectorAsync("#notice");
        var ideaId = new Uri(resident.Url).AbsolutePath.Split('/')[^1];

        await moderator.GotoAsync("/Moderation");
        var total = int.Parse((await moderator.GetAttributeAsync("#moderation-count", "data-total"))!, System.Globalization.CultureInfo.InvariantCulture);
        await moderator.GotoAsync($"/Moderation?page={Math.Max(1, (total + 49) / 50)}");
        var card = moderator.Locator($"#moderation-queue section[data-idea='{ideaId}']");
        var reported = await card.Locator(".report-reason").AllTextContentsAsync();
        await moderator.FillAsync($"#reason-{ideaId}", "آگهی تجاری است، نه ایده.");
        await card.Locator("button[data-act='Remove']").ClickAsync();
        await moderator.WaitForSelectorAsync("#notice");
        var logged = moderator.Locator("#moderation-log tbody tr").First;

        reported.Should().Contain(reason);
        (await logged.GetAttributeAsync("data-idea")).Should().Be(ideaId);
        (await logged.GetAttributeAsync("data-to")).Should().Be("Removed");
        (await logged.TextContentAsync()).Should().Contain("آگهی تجاری است، نه ایده.").And.Contain("برداشته شد");
        (await moderator.QuerySelectorAsync($"#moderation-queue section[data-idea='{ideaId}']")).Should().BeNull();
        await resident.ReloadAsync();
        (await resident.TitleAsync()).Should().NotBeNullOrEmpty();
        (await resident.QuerySelectorAsync("#idea")).Should().BeNull("a removed idea is gone for residents");
    }
}
