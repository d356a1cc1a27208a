using Microsoft.Playwright;
using RazorDemo.Identity;

namespace RazorDemo.Tests.Browser;

/// <summary>Taking part in a real browser: one resident submits an idea, another endorses it.</summary>
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
}
