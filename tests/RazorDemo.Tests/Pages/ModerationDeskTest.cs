using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Ideas;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// /Moderation: every single report reaches the moderators with its reason (not only ideas hidden after three), the
/// moderator decides with what the library offers, and each decision is in the moderation log.
/// </summary>
[Collection(DemoCollection.Name)]
public class ModerationDeskTest(DemoFactory factory)
{
    private static async Task<IDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
    }

    /// <summary>A visible idea without reports that neither demo resident proposed or endorsed, newest first, skipping some.</summary>
    private async Task<CitizenIdea> UnreportedIdeaAsync(int skip)
    {
        var demoResidents = new List<Guid>();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<DemoUser>>();
            foreach (var email in new[] { "resident1@demo.rafsanjan", "resident2@demo.rafsanjan" })
            {
                demoResidents.Add((await users.FindByEmailAsync(email))!.ResidentId!.Value);
            }
        }

        var candidates = await DemoRecords.ReadAsync(factory, db => db.HomeIdeas()
            .Where(i => i.Status == IdeaStatus.UnderReview && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null && i.Reports.Count == 0)
            .OrderByDescending(i => i.SubmittedAt).Take(100).ToListAsync());
        return candidates.Where(i => !demoResidents.Contains(i.ProposerId.Value) && !i.Endorsements.Any(e => demoResidents.Contains(e.ResidentId.Value))).Skip(skip).First();
    }

    private static async Task<IDocument> LastQueuePageAsync(HttpClient moderator, string culture = "")
    {
        var first = await HtmlPage.GetAsync(moderator, "/Moderation" + (culture.Length > 0 ? "?culture=" + culture : ""));
        var total = int.Parse(first.QuerySelector("#moderation-count")!.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture);
        var last = Math.Max(1, (total + 49) / 50);
        return await HtmlPage.GetAsync(moderator, $"/Moderation?page={last}" + (culture.Length > 0 ? "&culture=" + culture : ""));
    }

    private static async Task<IDocument> ReportAsync(HttpClient resident, CitizenIdea idea, string reason) =>
        await FollowAsync(resident, await HtmlPage.SubmitAsync(resident, await HtmlPage.GetAsync(resident, $"/Ideas/{idea.Id.Value}"), "#report-form", new Dictionary<string, string> { ["Reason"] = reason }));

    [Fact]
    public async Task ASingleReport_ReachesTheQueue_AndTheModeratorsRemovalIsLogged()
    {
        var idea = await UnreportedIdeaAsync(0);
        var reason = "تبلیغ فروشگاه است " + Guid.NewGuid().ToString("N")[..6];
        var resident = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan");
        var moderator = await SignIn.AsRoleAsync(factory, DemoRoles.Moderator).InEnglishAsync();
        var before = await HtmlPage.GetAsync(moderator, "/Moderation");

        await ReportAsync(resident, idea, reason);
        var queue = await LastQueuePageAsync(moderator);
        var card = queue.QuerySelector($"#moderation-queue section[data-idea='{idea.Id.Value}']");
        var removed = await FollowAsync(moderator, await HtmlPage.SubmitAsync(moderator, queue, $"#decision-{idea.Id.Value}", new Dictionary<string, string> { ["Reason"] = "Advertising, not an idea." }, $"/Moderation?handler=Remove&page=1"));

        card.Should().NotBeNull("one report, below the charter's three, still reaches the moderators");
        card!.GetAttribute("data-visibility").Should().Be("Visible");
        card.QuerySelectorAll("[data-report] .report-reason").Select(r => r.TextContent).Should().Equal(reason);
        card.QuerySelectorAll("button[data-act]").Select(b => b.GetAttribute("data-act")).Should().Equal(["Remove"], "a visible idea is not restored; the library offers removal");
        int.Parse(queue.QuerySelector("#moderation-count")!.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(int.Parse(before.QuerySelector("#moderation-count")!.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture) + 1);
        removed.QuerySelector("#notice")!.TextContent.Should().Be("The idea is removed; its reports are answered.");
        var logged = removed.QuerySelector("#moderation-log tbody tr")!;
        logged.GetAttribute("data-idea").Should().Be(idea.Id.Value.ToString());
        logged.GetAttribute("data-to").Should().Be("Removed");
        logged.TextContent.Should().Contain("Advertising, not an idea.").And.Contain(idea.Title).And.Contain("Removed");
        logged.QuerySelector("bdi")!.TextContent.Should().NotBeNullOrWhiteSpace("the moderator who decided is named");
        removed.QuerySelector($"#moderation-queue section[data-idea='{idea.Id.Value}']").Should().BeNull();
        (await DemoRecords.ReadAsync(factory, db => db.HomeIdeas().SingleAsync(i => i.Id == idea.Id))).Visibility.Should().Be(IdeaVisibility.Removed);
    }

    [Fact]
    public async Task ARefusedDecision_IsShownAtItsIdea_KeepingTheReason()
    {
        var idea = await UnreportedIdeaAsync(1);
        var resident = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan");
        var moderator = await SignIn.AsRoleAsync(factory, DemoRoles.Moderator).InEnglishAsync();
        await ReportAsync(resident, idea, "نامربوط به شهر");
        var queue = await LastQueuePageAsync(moderator);
        var page = new Uri(queue.Url).Query;

        // Restoring is not offered for a visible idea; a tampering client posts it anyway.
        var refused = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(moderator, queue, $"#decision-{idea.Id.Value}", new Dictionary<string, string> { ["Reason"] = "The reports were mistaken." }, "/Moderation" + page + "&handler=Restore"));
        var noIdea = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(moderator, queue, $"#decision-{idea.Id.Value}", new Dictionary<string, string> { ["Idea"] = "nothing", ["Reason"] = "x" }, "/Moderation?handler=Remove"));

        refused.QuerySelector($"#reason-{idea.Id.Value}")!.TextContent.Should().Be("The reports were mistaken.");
        refused.QuerySelector($"#reason-{idea.Id.Value}-error")!.TextContent.Should().Be("This idea is not hidden, so there is nothing to restore.");
        noIdea.QuerySelector("#refusal")!.TextContent.Trim().Should().Be("Choose an idea from the queue.");
        (await DemoRecords.ReadAsync(factory, db => db.HomeIdeas().SingleAsync(i => i.Id == idea.Id))).Visibility.Should().Be(IdeaVisibility.Visible);
    }

    [Fact]
    public async Task HiddenIdeas_AreRestoredFromTheQueue_AndTheLogSpeaksTheReadersLanguage()
    {
        var moderator = await SignIn.AsRoleAsync(factory, DemoRoles.Moderator);
        var stillHidden = await DemoRecords.ReadAsync(factory, db => db.HomeIdeas()
            .Where(i => i.Visibility == IdeaVisibility.Hidden).Select(i => i.Id).ToListAsync());
        stillHidden.Should().NotBeEmpty("the demo seeds ideas hidden after reports");

        // The queue is oldest report first: the page that shows a hidden idea.
        IDocument queue = await HtmlPage.GetAsync(moderator, "/Moderation");
        var pages = int.Parse(queue.QuerySelector("#moderation-count")!.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture) / 50 + 1;
        var pageNumber = 1;
        while (queue.QuerySelector("#moderation-queue section[data-visibility='Hidden']") is null && pageNumber < pages)
        {
            pageNumber++;
            queue = await HtmlPage.GetAsync(moderator, $"/Moderation?page={pageNumber}");
        }

        var hidden = queue.QuerySelector("#moderation-queue section[data-visibility='Hidden']")!;
        var id = hidden.GetAttribute("data-idea")!;

        var restored = await FollowAsync(moderator, await HtmlPage.SubmitAsync(moderator, queue, $"#decision-{id}", new Dictionary<string, string> { ["Reason"] = "گزارش‌ها نادرست بودند." }, $"/Moderation?handler=Restore&page={pageNumber}"));
        var english = await HtmlPage.GetAsync(moderator, "/Moderation?culture=en");

        hidden.QuerySelectorAll("button[data-act]").Select(b => b.GetAttribute("data-act")).Should().Equal("Restore", "Remove");
        restored.QuerySelector($"#moderation-queue section[data-idea='{id}']").Should().BeNull("the restoration answered its reports");
        var row = restored.QuerySelector("#moderation-log tbody tr")!;
        (row.GetAttribute("data-idea"), row.GetAttribute("data-to")).Should().Be((id, "Visible"));
        row.TextContent.Should().Contain("دوباره نمایان شد").And.Contain("گزارش‌ها نادرست بودند.");
        var charterRows = restored.QuerySelectorAll("#moderation-log tbody tr[data-by='Charter']");
        charterRows.Should().NotBeEmpty();
        charterRows.Select(r => r.TextContent).Should().OnlyContain(t => !t.Contains("Reported by") && !t.Contains(" / "), "the charter's reason is shown in Persian only on a Persian page");
        restored.QuerySelector("#moderation-count")!.TextContent.Should().NotMatchRegex("[0-9]", "Persian pages use Persian digits");
        // What the page writes (when, who, what); the titles and reasons are as people typed them.
        restored.QuerySelectorAll("#moderation-log tbody tr td:nth-child(-n+3)").Select(td => td.TextContent).Should().OnlyContain(t => !System.Text.RegularExpressions.Regex.IsMatch(t, "[0-9]"));
        english.QuerySelectorAll("#moderation-log tbody tr[data-by='Charter']").Select(r => r.TextContent).Should().OnlyContain(t => t.Contains("Reported by") && !t.Contains("گزارش از شهروندان"));
    }

    [Fact]
    public async Task Queue_PagesWithPersianDigits_AndExplainsAPageItDoesNotHave()
    {
        var moderator = await SignIn.AsRoleAsync(factory, DemoRoles.Moderator);

        var persianPage = await HtmlPage.GetAsync(moderator, "/Moderation?page=" + Uri.EscapeDataString("۱"));
        var tooFar = await HtmlPage.GetAsync(moderator, "/Moderation?page=99999&culture=en");

        persianPage.QuerySelector("#page-problem").Should().BeNull();
        tooFar.QuerySelector("#page-problem")!.TextContent.Should().StartWith("There is no page '99999'; pages run from 1 to");
        tooFar.QuerySelector("#moderation-count")!.GetAttribute("data-total").Should().NotBe("0");
    }
}
