using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Ideas;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>The ideas pages: the list with its filters and paging, one idea with its timeline, submitting, endorsing, reporting, reviewing and moderating.</summary>
[Collection(DemoCollection.Name)]
public class IdeasTest(DemoFactory factory)
{
    private static readonly Dictionary<string, string> English = new() { ["culture"] = "en" };

    private async Task<T> QueryAsync<T>(Func<GovernanceDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<GovernanceDbContext>());
    }

    /// <summary>A public idea in a status that neither demo resident proposed, endorsed or reported.</summary>
    private async Task<CitizenIdea> AnyPublicIdeaAsync(IdeaStatus status)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<DemoUser>>();
        var demoResidents = new List<ParticipatoryGovernance.Residents.ResidentId>();
        foreach (var email in new[] { "resident1@demo.rafsanjan", "resident2@demo.rafsanjan" })
        {
            demoResidents.Add(new((await users.FindByEmailAsync(email))!.ResidentId!.Value));
        }

        var candidates = await scope.ServiceProvider.GetRequiredService<GovernanceDbContext>().Set<CitizenIdea>()
            .Where(i => i.Status == status && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null)
            .OrderBy(i => i.SubmittedAt).Take(200).ToListAsync();
        return candidates.First(i => !demoResidents.Contains(i.ProposerId)
            && !i.Endorsements.Any(e => demoResidents.Contains(e.ResidentId))
            && !i.Reports.Any(r => demoResidents.Contains(r.ReporterId)));
    }

    private static async Task<IDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task List_ShowsTwentyPublicIdeasAPage_WithTheTotalFromTheRecords()
    {
        var home = await DemoRecords.HomeCityAsync(factory);
        var total = await QueryAsync(db => db.Set<CitizenIdea>().CountAsync(i => i.MunicipalityId == home && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null));

        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Ideas?culture=en");

        page.QuerySelectorAll("#ideas tbody tr").Should().HaveCount(20);
        page.QuerySelector("#idea-count")!.TextContent.Should().Contain($"{total:N0} ideas; page 1 of {(total + 19) / 20}");
        page.QuerySelectorAll("#pager a[rel='next']").Should().ContainSingle().Which.GetAttribute("href").Should().Be("/Ideas?p=2");
    }

    [Fact]
    public async Task List_FiltersByStatusFieldAndNeighbourhood_AndPages()
    {
        var home = await DemoRecords.HomeCityAsync(factory);
        var accepted = await QueryAsync(db => db.Set<CitizenIdea>().CountAsync(i => i.MunicipalityId == home && i.Status == IdeaStatus.Accepted && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null));
        var client = factory.NewClient();

        var page = await HtmlPage.GetAsync(client, "/Ideas?status=Accepted&culture=en");
        var second = await HtmlPage.GetAsync(client, "/Ideas?status=Accepted&p=2&culture=en");

        page.QuerySelectorAll("#ideas tbody tr").Select(r => r.GetAttribute("data-status")).Should().OnlyContain(s => s == "Accepted").And.NotBeEmpty();
        page.QuerySelector("#idea-count")!.TextContent.Trim().Should().StartWith($"{accepted:N0} ideas");
        second.QuerySelectorAll("#ideas tbody tr").Select(r => r.GetAttribute("data-idea"))
            .Should().NotIntersectWith(page.QuerySelectorAll("#ideas tbody tr").Select(r => r.GetAttribute("data-idea")));
        var neighbourhood = await HtmlPage.GetAsync(client, "/Ideas?n=3&field=environment");
        ((AngleSharp.Html.Dom.IHtmlSelectElement)neighbourhood.QuerySelector("#n")!).Value.Should().Be("3");
        ((AngleSharp.Html.Dom.IHtmlSelectElement)neighbourhood.QuerySelector("#field")!).Value.Should().Be("environment");
        neighbourhood.QuerySelectorAll("[data-filter-problem]").Should().BeEmpty();
    }

    [Fact]
    public async Task List_ShowsEachIdeasEndorsements_AsRecorded()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Ideas?status=Accepted&culture=en");
        var rows = page.QuerySelectorAll("#ideas tbody tr").ToList();
        var ids = rows.Select(r => new CitizenIdeaId(Guid.Parse(r.GetAttribute("data-idea")!))).ToList();

        var recorded = await QueryAsync(db => db.Set<CitizenIdea>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync());

        rows.Should().HaveCount(20);
        foreach (var row in rows)
        {
            var idea = recorded.Single(i => i.Id.Value.ToString() == row.GetAttribute("data-idea"));
            row.QuerySelector("a")!.TextContent.Should().Be(idea.Title);
            row.QuerySelectorAll("td")[^1].TextContent.Should().Be(idea.Endorsements.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        recorded.Should().Contain(i => i.Endorsements.Count > 0, "the counts compared are not all zero");
    }

    [Fact]
    public async Task List_CountsASubmittedIdea_AtOnce_AndShowsItFirst()
    {
        var client = factory.NewClient();
        var before = await HtmlPage.GetAsync(client, "/Ideas?culture=en");
        var submittedBefore = await HtmlPage.GetAsync(client, "/Ideas?status=Submitted&culture=en");

        var title = await IdeaSubmission.SubmitAsync(factory);
        var after = await HtmlPage.GetAsync(client, "/Ideas?culture=en");
        var submittedAfter = await HtmlPage.GetAsync(client, "/Ideas?status=Submitted&culture=en");

        static int Total(IDocument page) => int.Parse(page.QuerySelector("#idea-count")!.TextContent.Trim().Split(' ')[0].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Total(after).Should().Be(Total(before) + 1);
        Total(submittedAfter).Should().Be(Total(submittedBefore) + 1);
        after.QuerySelector("#ideas tbody tr a")!.TextContent.Should().Be(title, "the list is newest first");
        submittedAfter.QuerySelector("#ideas tbody tr a")!.TextContent.Should().Be(title);
    }

    [Fact]
    public async Task List_ExplainsFiltersItCannotUse_InTheReadersLanguage()
    {
        var english = await HtmlPage.GetAsync(factory.NewClient(), "/Ideas?status=Lost&n=999&p=0&culture=en");
        var persian = await HtmlPage.GetAsync(factory.NewClient(), "/Ideas?field=nowhere");

        english.QuerySelectorAll("[data-filter-problem]").Select(p => p.TextContent).Should().BeEquivalentTo(
            "There is no status 'Lost'; ideas in every status are shown.",
            "There is no neighbourhood '999' (they are numbered 1 to 50); ideas of every neighbourhood are shown.",
            $"There is no page '0'; pages run from 1 to {english.QuerySelector("#idea-count")!.TextContent.Split("of ")[1].Trim()}. The first page is shown.");
        persian.QuerySelector("[data-filter-problem]")!.TextContent.Should().Be("حوزهٔ «nowhere» در منشور شهر نیست؛ همهٔ حوزه‌ها نشان داده شده‌اند.");
        english.QuerySelectorAll("#ideas tbody tr").Should().HaveCount(20);
    }

    [Fact]
    public async Task Details_ShowsTheIdeaAndItsTimeline_AndNotFoundForAnUnknownId()
    {
        var idea = await AnyPublicIdeaAsync(IdeaStatus.Accepted);
        var client = factory.NewClient();

        var page = await HtmlPage.GetAsync(client, $"/Ideas/{idea.Id.Value}?culture=en");
        var missing = await client.GetAsync($"/Ideas/{Guid.NewGuid()}");

        page.QuerySelector("h1")!.TextContent.Should().Be(idea.Title);
        page.QuerySelector("#idea-status")!.TextContent.Should().Be("Accepted");
        page.QuerySelectorAll("#timeline li").Should().HaveCount(1 + idea.Transitions.Count + idea.Milestones.Count + idea.VisibilityChanges.Count);
        page.QuerySelectorAll("#timeline li[data-kind='status']")[^1].TextContent.Should().Contain("Under review → Accepted").And.Contain(idea.Transitions[^1].Reason);
        page.QuerySelector("#endorsements")!.GetAttribute("data-count").Should().Be(idea.Endorsements.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector("#endorse-form").Should().BeNull("an anonymous reader is asked to sign in instead");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync()).Should().Contain("data-status=\"404\"");
    }

    [Fact]
    public async Task Submit_StoresTheIdea_AndShowsItsPage()
    {
        var client = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan");
        var form = await HtmlPage.GetAsync(client, "/Ideas/Submit?culture=en");

        var response = await HtmlPage.SubmitAsync(client, form, "#submit-form", new Dictionary<string, string>
        {
            ["Title"] = "نیمکت برای ایستگاه اتوبوس میدان",
            ["Description"] = "ایستگاه اتوبوس میدان نیمکت ندارد و سالمندان سرپا می‌مانند.",
            ["Field"] = "traffic",
            ["Neighbourhood"] = "۲",
            ["EstimatedCost"] = "۱۲٬۰۰۰٬۰۰۰",
        });
        var page = await FollowAsync(client, response);

        page.QuerySelector("h1")!.TextContent.Should().Be("نیمکت برای ایستگاه اتوبوس میدان");
        page.QuerySelector("#notice")!.TextContent.Should().Contain("Your idea is submitted");
        var stored = await QueryAsync(db => db.Set<CitizenIdea>().SingleAsync(i => i.Title == "نیمکت برای ایستگاه اتوبوس میدان"));
        stored.Status.Should().Be(IdeaStatus.Submitted);
        stored.EstimatedCost!.Value.Amount.Should().Be(12_000_000);
        stored.FieldKey.Should().Be("traffic");
        var mine = await HtmlPage.GetAsync(client, "/Ideas/Mine");
        mine.QuerySelector($"#my-ideas li[data-idea='{stored.Id.Value}']")!.TextContent.Should().Contain("نیمکت برای ایستگاه اتوبوس میدان");
    }

    [Fact]
    public async Task Submit_ShowsEachProblemNextToItsField_InPersianAndInEnglish_AndStoresNothing()
    {
        var client = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan");
        var before = await QueryAsync(db => db.Set<CitizenIdea>().CountAsync());
        var persianForm = await HtmlPage.GetAsync(client, "/Ideas/Submit");
        var invalid = new Dictionary<string, string> { ["Title"] = " ", ["Description"] = "", ["Field"] = "space-travel", ["Neighbourhood"] = "77", ["EstimatedCost"] = "a lot" };

        var persian = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(client, persianForm, "#submit-form", invalid));
        var englishForm = await HtmlPage.GetAsync(client, "/Ideas/Submit?culture=en");
        var english = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(client, englishForm, "#submit-form", invalid, "/Ideas/Submit?culture=en"));

        persian.QuerySelector("[data-valmsg-for='Title']")!.TextContent.Should().Be("«عنوان ایده» را بنویسید؛ خالی نمی‌تواند باشد.");
        persian.QuerySelector("[data-valmsg-for='Field']")!.TextContent.Should().Be("حوزهٔ شهری از گزینه‌های موجود نیست؛ یکی از گزینه‌های فهرست را انتخاب کنید.");
        english.QuerySelector("[data-valmsg-for='Title']")!.TextContent.Should().Be("The idea's title is required; it cannot be empty.");
        english.QuerySelector("[data-valmsg-for='Description']")!.TextContent.Should().Be("The idea's description is required; it cannot be empty.");
        english.QuerySelector("[data-valmsg-for='Field']")!.TextContent.Should().Be("The urban field is not one of the choices offered; pick one from the list.");
        english.QuerySelector("[data-valmsg-for='Neighbourhood']")!.TextContent.Should().Be("Choose a neighbourhood from the list, or 'City-wide'.");
        english.QuerySelector("[data-valmsg-for='EstimatedCost']")!.TextContent.Should().Be("Write the cost in rials, digits only, e.g. 50000000; or leave it empty.");
        (await QueryAsync(db => db.Set<CitizenIdea>().CountAsync())).Should().Be(before);
    }

    [Fact]
    public async Task Endorse_CountsOnceForEachResident_AndExplainsARepeat()
    {
        var idea = await AnyPublicIdeaAsync(IdeaStatus.Submitted);
        var first = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();
        var second = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan");
        var url = $"/Ideas/{idea.Id.Value}";

        var stalePage = await HtmlPage.GetAsync(first, url);
        var afterFirst = await FollowAsync(first, await HtmlPage.SubmitAsync(first, await HtmlPage.GetAsync(first, url), "#endorse-form"));
        var afterSecond = await FollowAsync(second, await HtmlPage.SubmitAsync(second, await HtmlPage.GetAsync(second, url), "#endorse-form"));
        var stale = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(first, stalePage, "#endorse-form", action: $"/Ideas/{idea.Id.Value}?handler=Endorse&culture=en"));

        afterFirst.QuerySelector("#notice")!.TextContent.Should().Be("Your endorsement is recorded.");
        afterSecond.QuerySelector("#endorsements")!.GetAttribute("data-count").Should().Be((idea.Endorsements.Count + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        afterSecond.QuerySelector("#withdraw-form").Should().NotBeNull();
        stale.QuerySelector("#refusal")!.TextContent.Should().Contain("each resident endorses an idea once");
        afterSecond.QuerySelector("#notice")!.TextContent.Should().Be("حمایت شما ثبت شد.", "a Persian reader is answered in Persian");
        (await QueryAsync(db => db.Set<CitizenIdea>().SingleAsync(i => i.Id == idea.Id))).Endorsements.Should().HaveCount(idea.Endorsements.Count + 2);
    }

    [Fact]
    public async Task Endorse_IsForResidents_AnonymousReadersSignInAndOtherRolesAreRefused()
    {
        var idea = await AnyPublicIdeaAsync(IdeaStatus.Submitted);
        var anonymous = factory.NewClient();
        var moderator = await SignIn.AsRoleAsync(factory, DemoRoles.Moderator);
        var page = await HtmlPage.GetAsync(moderator, $"/Ideas/{idea.Id.Value}");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var asModerator = await moderator.PostAsync($"/Ideas/{idea.Id.Value}?handler=Endorse", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        // The sign-in form is the one form an anonymous reader is shown with a token (the language switch has none).
        var signInPage = await HtmlPage.GetAsync(anonymous, "/Account/Login");
        var anonymousToken = signInPage.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var asAnonymous = await anonymous.PostAsync($"/Ideas/{idea.Id.Value}?handler=Endorse", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = anonymousToken }));
        var withoutToken = await (await SignIn.AsAsync(factory, "resident2@demo.rafsanjan")).PostAsync($"/Ideas/{idea.Id.Value}?handler=Endorse", new FormUrlEncodedContent([]));

        asModerator.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        asAnonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        asAnonymous.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
        withoutToken.StatusCode.Should().Be(HttpStatusCode.BadRequest, "every form is protected against cross-site requests");
        (await QueryAsync(db => db.Set<CitizenIdea>().SingleAsync(i => i.Id == idea.Id))).Endorsements.Should().HaveCount(idea.Endorsements.Count);
    }

    [Fact]
    public async Task Report_NeedsAReason_NextToTheField()
    {
        var idea = await AnyPublicIdeaAsync(IdeaStatus.Rejected);
        var client = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan");
        var url = $"/Ideas/{idea.Id.Value}?culture=en";

        var empty = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(client, await HtmlPage.GetAsync(client, url), "#report-form", new Dictionary<string, string> { ["Reason"] = "" }, $"/Ideas/{idea.Id.Value}?handler=Report&culture=en"));
        var reported = await FollowAsync(client, await HtmlPage.SubmitAsync(client, await HtmlPage.GetAsync(client, url), "#report-form", new Dictionary<string, string> { ["Reason"] = "تبلیغ تجاری است" }, $"/Ideas/{idea.Id.Value}?handler=Report&culture=en"));

        empty.QuerySelector("#report-form [data-valmsg-for='Reason']")!.TextContent.Should().Be("Reason for the report is required; it cannot be empty.");
        reported.QuerySelector("#notice")!.TextContent.Should().Be("Your report has reached the moderators.");
        (await QueryAsync(db => db.Set<CitizenIdea>().SingleAsync(i => i.Id == idea.Id))).Reports.Should().ContainSingle(r => r.Reason == "تبلیغ تجاری است");
    }

    [Fact]
    public async Task Staff_StartReviewAndAccept_WithAnAnswer_WhichIsRequired()
    {
        var home = await DemoRecords.HomeCityAsync(factory);
        var idea = await QueryAsync(db => db.Set<CitizenIdea>().Where(i => i.MunicipalityId == home && i.Status == IdeaStatus.Submitted && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null).OrderByDescending(i => i.SubmittedAt).FirstAsync());
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff);
        var url = $"/Ideas/{idea.Id.Value}";

        var review = await HtmlPage.GetAsync(staff, "/Review");
        var missingAnswer = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(staff, await HtmlPage.GetAsync(staff, url), "#official-actions form", new Dictionary<string, string> { ["Reason"] = "" }, url + "?handler=StartReview"));
        await FollowAsync(staff, await HtmlPage.SubmitAsync(staff, await HtmlPage.GetAsync(staff, url), "#official-actions form", new Dictionary<string, string> { ["Reason"] = "کارشناس فضای سبز بررسی می‌کند." }, url + "?handler=StartReview"));
        var accepted = await FollowAsync(staff, await HtmlPage.SubmitAsync(staff, await HtmlPage.GetAsync(staff, url), "#official-actions form", new Dictionary<string, string> { ["Reason"] = "در برنامهٔ سال آینده می‌آید." }, url + "?handler=Accept"));
        var again = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(staff, await HtmlPage.GetAsync(staff, url + "?culture=en"), "#official-actions form", new Dictionary<string, string> { ["Reason"] = "دوباره" }, url + "?handler=Accept&culture=en"));

        review.QuerySelectorAll("#review-queue tr[data-idea]").Should().NotBeEmpty();
        missingAnswer.QuerySelector("[data-valmsg-for='Reason']")!.TextContent.Should().Be("«پاسخ یا دلیل» را بنویسید؛ خالی نمی‌تواند باشد.");
        accepted.QuerySelector("#idea-status")!.TextContent.Should().Be("پذیرفته‌شده");
        accepted.QuerySelectorAll("#timeline li[data-kind='status']")[^1].TextContent.Should().Contain("در برنامهٔ سال آینده می‌آید.");
        again.QuerySelector("#refusal")!.TextContent.Should().NotBeNullOrWhiteSpace("accepting twice is refused by the library, in the reader's language");
        (await QueryAsync(db => db.Set<CitizenIdea>().SingleAsync(i => i.Id == idea.Id))).Status.Should().Be(IdeaStatus.Accepted);
    }

    [Fact]
    public async Task Moderator_SeesHiddenIdeas_AndRestoresOne_WhileOthersGetNotFound()
    {
        var hidden = await QueryAsync(db => db.Set<CitizenIdea>().Where(i => i.Visibility == IdeaVisibility.Hidden).OrderBy(i => i.SubmittedAt).FirstAsync());
        var moderator = await SignIn.AsRoleAsync(factory, DemoRoles.Moderator);
        var url = $"/Ideas/{hidden.Id.Value}";

        var queue = await HtmlPage.GetAsync(moderator, "/Moderation");
        var forAnonymous = await factory.NewClient().GetAsync(url);
        var restored = await FollowAsync(moderator, await HtmlPage.SubmitAsync(moderator, await HtmlPage.GetAsync(moderator, url), "#official-actions form", new Dictionary<string, string> { ["Reason"] = "گزارش‌ها نادرست بودند." }, url + "?handler=Restore"));

        queue.QuerySelectorAll("#moderation-queue section[data-visibility='Hidden']").Select(li => li.GetAttribute("data-idea")).Should().Contain(hidden.Id.Value.ToString());
        forAnonymous.StatusCode.Should().Be(HttpStatusCode.NotFound);
        restored.QuerySelector("#idea")!.GetAttribute("data-visibility").Should().Be("Visible");
        (await factory.NewClient().GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WithdrawEndorsement_TakesTheResidentsSupportBack()
    {
        var idea = await AnyPublicIdeaAsync(IdeaStatus.UnderReview);
        var client = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan").InEnglishAsync();
        var url = $"/Ideas/{idea.Id.Value}";

        var endorsed = await FollowAsync(client, await HtmlPage.SubmitAsync(client, await HtmlPage.GetAsync(client, url), "#endorse-form"));
        var withdrawn = await FollowAsync(client, await HtmlPage.SubmitAsync(client, endorsed, "#withdraw-form"));

        withdrawn.QuerySelector("#notice")!.TextContent.Should().Be("Your endorsement is withdrawn.");
        withdrawn.QuerySelector("#endorse-form").Should().NotBeNull();
        (await QueryAsync(db => db.Set<CitizenIdea>().SingleAsync(i => i.Id == idea.Id))).Endorsements.Should().HaveCount(idea.Endorsements.Count);
    }

    [Fact]
    public async Task Reject_NeedsAnAnswer_AndRecordsIt_ForTheProposer()
    {
        var idea = await AnyPublicIdeaAsync(IdeaStatus.UnderReview);
        var admin = await SignIn.AsRoleAsync(factory, DemoRoles.Administrator).InEnglishAsync();
        var url = $"/Ideas/{idea.Id.Value}";

        var missing = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(admin, await HtmlPage.GetAsync(admin, url), "#official-actions form", new Dictionary<string, string> { ["Reason"] = " " }, url + "?handler=Reject"));
        var rejected = await FollowAsync(admin, await HtmlPage.SubmitAsync(admin, await HtmlPage.GetAsync(admin, url), "#official-actions form", new Dictionary<string, string> { ["Reason"] = "Outside the municipality's remit." }, url + "?handler=Reject"));

        missing.QuerySelector("#official-actions [data-valmsg-for='Reason']")!.TextContent.Should().Be("Answer or reason is required; it cannot be empty.");
        rejected.QuerySelector("#idea-status")!.TextContent.Should().Be("Rejected");
        rejected.QuerySelector("#notice")!.TextContent.Should().Be("The idea is rejected; the answer is recorded for its proposer.");
        (await QueryAsync(db => db.Set<CitizenIdea>().SingleAsync(i => i.Id == idea.Id))).OfficialAnswer!.Reason.Should().Be("Outside the municipality's remit.");
    }

    [Fact]
    public async Task Remove_TakesAHiddenIdeaOutOfPublicView_AndIsRefusedToStaffWithoutTheModeratorRole()
    {
        var home = await DemoRecords.HomeCityAsync(factory);
        var hidden = await QueryAsync(db => db.Set<CitizenIdea>().Where(i => i.MunicipalityId == home && i.Visibility == IdeaVisibility.Hidden).OrderByDescending(i => i.SubmittedAt).FirstAsync());
        var moderator = await SignIn.AsRoleAsync(factory, DemoRoles.Moderator).InEnglishAsync();
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff);
        var url = $"/Ideas/{hidden.Id.Value}";

        // Staff are offered nothing on a hidden idea; a tampering client posts the moderators' act with a token of its own.
        var staffPage = await HtmlPage.GetAsync(staff, url);
        var staffToken = (await HtmlPage.GetAsync(staff, "/Account/Login")).QuerySelector("#login-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var byStaff = await staff.PostAsync(url + "?handler=Remove", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = staffToken, ["Reason"] = "spam" }));
        var removed = await FollowAsync(moderator, await HtmlPage.SubmitAsync(moderator, await HtmlPage.GetAsync(moderator, url), "#official-actions form", new Dictionary<string, string> { ["Reason"] = "Advertising." }, url + "?handler=Remove"));

        staffPage.QuerySelector("#official-actions").Should().BeNull("nothing changes a hidden idea but a moderator's decision");
        byStaff.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        removed.QuerySelector("#idea")!.GetAttribute("data-visibility").Should().Be("Removed");
        (await factory.NewClient().GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
