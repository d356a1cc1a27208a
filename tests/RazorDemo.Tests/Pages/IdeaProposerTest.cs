using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Ideas;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>The proposer's own acts on their idea's page: withdrawing it before acceptance, resubmitting it after a rejection.</summary>
[Collection(DemoCollection.Name)]
public class IdeaProposerTest(DemoFactory factory)
{
    private static async Task<IDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
    }

    private async Task<CitizenIdea> SubmittedByResident1Async()
    {
        var title = await IdeaSubmission.SubmitAsync(factory);
        return await DemoRecords.ReadAsync(factory, db => db.Set<CitizenIdea>().AsNoTracking().SingleAsync(i => i.Title == title));
    }

    private Task<CitizenIdea> StoredAsync(CitizenIdeaId id) =>
        DemoRecords.ReadAsync(factory, db => db.Set<CitizenIdea>().AsNoTracking().SingleAsync(i => i.Id == id));

    [Fact]
    public async Task Proposer_WithdrawsTheirIdea_WithAReason_WhichIsRequired()
    {
        var idea = await SubmittedByResident1Async();
        var proposer = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();
        var other = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan");
        var url = $"/Ideas/{idea.Id.Value}";

        var page = await HtmlPage.GetAsync(proposer, url);
        var othersPage = await HtmlPage.GetAsync(other, url);
        var empty = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(proposer, page, "#withdraw-idea-form", new Dictionary<string, string> { ["Reason"] = "" }));
        var token = othersPage.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var byOther = await HtmlPage.ReadAsync(await other.PostAsync(url + "?handler=Withdraw", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Reason"] = "من نمی‌خواهم" })));
        var withdrawn = await FollowAsync(proposer, await HtmlPage.SubmitAsync(proposer, page, "#withdraw-idea-form", new Dictionary<string, string> { ["Reason"] = "A neighbour already paid for it." }));

        page.QuerySelector("#resubmit-form").Should().BeNull("only a rejected idea is resubmitted");
        othersPage.QuerySelector("#withdraw-idea-form").Should().BeNull("only the proposer withdraws an idea");
        empty.QuerySelector("#withdraw-reason-error")!.TextContent.Should().Be("Answer or reason is required; it cannot be empty.");
        empty.QuerySelector("#report-reason-error").Should().BeNull("the proposer has no report form, and no other form shows the error");
        byOther.QuerySelector("#refusal")!.TextContent.Trim().Should().Be("پس گرفتن ایده فقط از شهروندی که ایده را داده برمی‌آید.");
        withdrawn.QuerySelector("#notice")!.TextContent.Should().Be("Your idea is withdrawn.");
        withdrawn.QuerySelector("#idea-status")!.TextContent.Should().Be("Withdrawn");
        withdrawn.QuerySelector("#withdraw-idea-form").Should().BeNull();
        withdrawn.QuerySelectorAll("#timeline li[data-kind='status']")[^1].TextContent.Should().Contain("A neighbour already paid for it.").And.Contain("The proposer");
        (await StoredAsync(idea.Id)).Status.Should().Be(IdeaStatus.Withdrawn);
    }

    [Fact]
    public async Task Proposer_ResubmitsARejectedIdea_AsANewVersion_AndAProblemKeepsWhatWasTyped()
    {
        var idea = await SubmittedByResident1Async();
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff);
        var url = $"/Ideas/{idea.Id.Value}";
        await FollowAsync(staff, await HtmlPage.SubmitAsync(staff, await HtmlPage.GetAsync(staff, url), "#answer-form", new Dictionary<string, string> { ["Reason"] = "بررسی آغاز شد." }, url + "?handler=StartReview"));
        await FollowAsync(staff, await HtmlPage.SubmitAsync(staff, await HtmlPage.GetAsync(staff, url), "#answer-form", new Dictionary<string, string> { ["Reason"] = "مسیر را دقیق‌تر بنویسید." }, url + "?handler=Reject"));
        var proposer = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan");

        var rejected = await HtmlPage.GetAsync(proposer, url);
        var blank = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(proposer, rejected, "#resubmit-form", new Dictionary<string, string> { ["Title"] = " ", ["Description"] = "از میدان تا پارک، ۲۰ چراغ.", ["EstimatedCost"] = "بسیار" }));
        var newVersion = await FollowAsync(proposer, await HtmlPage.SubmitAsync(proposer, rejected, "#resubmit-form", new Dictionary<string, string> { ["Title"] = idea.Title + " (مسیر میدان تا پارک)", ["Description"] = "از میدان تا پارک، ۲۰ چراغ." }));
        var old = await HtmlPage.GetAsync(proposer, url);

        rejected.QuerySelector("#withdraw-idea-form").Should().BeNull("a rejected idea is no longer withdrawn");
        ((AngleSharp.Html.Dom.IHtmlInputElement)rejected.QuerySelector("#resubmit-title")!).Value.Should().Be(idea.Title, "the new version starts from the old text");
        blank.QuerySelector("#resubmit-title-error")!.TextContent.Should().Be("«عنوان ایده» را بنویسید؛ خالی نمی‌تواند باشد.");
        blank.QuerySelector("#resubmit-cost-error")!.TextContent.Should().NotBeNullOrWhiteSpace();
        blank.QuerySelector("#resubmit-description")!.TextContent.Should().Be("از میدان تا پارک، ۲۰ چراغ.");
        blank.QuerySelector("details")!.HasAttribute("open").Should().BeTrue();
        newVersion.QuerySelector("#notice")!.TextContent.Should().Be("نسخهٔ تازهٔ ایدهٔ شما ثبت شد.");
        newVersion.QuerySelector("h1")!.TextContent.Should().EndWith("(مسیر میدان تا پارک)");
        newVersion.QuerySelector("#idea-status")!.TextContent.Should().Be("ثبت‌شده");
        newVersion.QuerySelector("#previous-version")!.GetAttribute("href").Should().Be(url);
        old.QuerySelector("#resubmit-form").Should().BeNull("a version is replaced once");
        var stored = await StoredAsync(idea.Id);
        stored.NextVersionId.Should().NotBeNull();
        (await StoredAsync(stored.NextVersionId!.Value)).Version.Should().Be(2);
    }
}
