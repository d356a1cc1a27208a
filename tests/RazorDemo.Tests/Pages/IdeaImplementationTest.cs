using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Ideas;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// After acceptance, on an idea's page: staff start carrying it out, record milestones with the progress, the residents
/// who carry it out, and that it is implemented; each act offered only in the states the library allows it; readers see
/// the progress. A refused act keeps what was typed.
/// </summary>
[Collection(DemoCollection.Name)]
public class IdeaImplementationTest(DemoFactory factory)
{
    private static async Task<IDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
    }

    /// <summary>The newest visible idea in a status that has endorsements (so that it has supporters to record).</summary>
    private Task<CitizenIdea> IdeaInAsync(IdeaStatus status, int skip = 0) =>
        DemoRecords.ReadAsync(factory, db => db.HomeIdeas()
            .Where(i => i.Status == status && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null && i.Endorsements.Count > 0 && i.Implementers.Count == 0)
            .OrderByDescending(i => i.SubmittedAt).Skip(skip).FirstAsync());

    private Task<CitizenIdea> StoredAsync(CitizenIdeaId id) =>
        DemoRecords.ReadAsync(factory, db => db.HomeIdeas().SingleAsync(i => i.Id == id));

    private static List<string> OfferedActs(IDocument page) =>
        [.. page.QuerySelectorAll("#answer-form button[data-act]").Select(b => b.GetAttribute("data-act")!)];

    [Fact]
    public async Task Staff_CarryAnAcceptedIdeaThroughMilestones_ToImplemented_AndReadersSeeTheProgress()
    {
        var idea = await IdeaInAsync(IdeaStatus.Accepted);
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff);
        var url = $"/Ideas/{idea.Id.Value}";
        var today = PersianDates.Format(DemoRecords.Today(factory));

        var accepted = await HtmlPage.GetAsync(staff, url);
        var started = await FollowAsync(staff, await HtmlPage.SubmitAsync(staff, accepted, "#answer-form", new Dictionary<string, string> { ["Reason"] = "پیمانکار فضای سبز از این هفته کار را آغاز می‌کند." }, url + "?handler=StartImplementation"));
        var halfway = await FollowAsync(staff, await HtmlPage.SubmitAsync(staff, started, "#progress-form", new Dictionary<string, string> { ["Percent"] = "۴۵", ["ReachedOn"] = today, ["Description"] = "نیمی از نهال‌ها کاشته شد." }));
        var candidate = halfway.QuerySelectorAll("#implementer-select option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        var withImplementer = await FollowAsync(staff, await HtmlPage.SubmitAsync(staff, halfway, "#implementer-form", new Dictionary<string, string> { ["Implementer"] = candidate }));
        var implemented = await FollowAsync(staff, await HtmlPage.SubmitAsync(staff, withImplementer, "#answer-form", new Dictionary<string, string> { ["Reason"] = "همهٔ نهال‌ها کاشته و آبیاری شد." }, url + "?handler=Implement"));
        var reader = await HtmlPage.GetAsync(factory.NewClient(), url + "?culture=en");

        OfferedActs(accepted).Should().Equal("StartImplementation");
        accepted.QuerySelector("#progress-form").Should().BeNull("progress is recorded once carrying it out has started");
        accepted.QuerySelector("#implementer-form").Should().NotBeNull("implementers are recorded from acceptance on");
        OfferedActs(started).Should().Equal("Implement");
        halfway.QuerySelector("#implementation")!.GetAttribute("data-percent").Should().Be("45");
        halfway.QuerySelector("#progress-percent")!.TextContent.Should().Be("پیشرفت: ۴۵٪");
        halfway.QuerySelector("#milestones li")!.TextContent.Should().Contain("نیمی از نهال‌ها کاشته شد.").And.Contain("۴۵٪");
        withImplementer.QuerySelectorAll("#implementers li").Select(li => li.GetAttribute("data-resident")).Should().Equal(candidate);
        withImplementer.QuerySelectorAll("#implementer-select option").Select(o => o.GetAttribute("value")).Should().NotContain(candidate, "a resident is recorded once");
        implemented.QuerySelector("#idea-status")!.TextContent.Should().Be("اجراشده");
        implemented.QuerySelector("#implementation")!.GetAttribute("data-percent").Should().Be("100");
        OfferedActs(implemented).Should().BeEmpty();
        implemented.QuerySelector("#progress-form").Should().BeNull();
        reader.QuerySelector("#progress-percent")!.TextContent.Should().Be("Progress: 100%");
        reader.QuerySelector("#milestones li")!.TextContent.Should().Contain("نیمی از نهال‌ها کاشته شد.").And.Contain("45%");
        reader.QuerySelectorAll("#implementers li bdi").Should().ContainSingle();
        reader.QuerySelector("#official-actions").Should().BeNull("readers only read");
        var stored = await StoredAsync(idea.Id);
        stored.Status.Should().Be(IdeaStatus.Implemented);
        stored.Milestones.Should().ContainSingle().Which.ProgressPercent.Should().Be(45);
        stored.Implementers.Select(i => i.ResidentId.Value.ToString()).Should().Equal(candidate);
    }

    [Theory]
    [InlineData(IdeaStatus.Submitted)]
    [InlineData(IdeaStatus.UnderReview)]
    [InlineData(IdeaStatus.Accepted)]
    [InlineData(IdeaStatus.Rejected)]
    [InlineData(IdeaStatus.InProgress)]
    [InlineData(IdeaStatus.Implemented)]
    public async Task Staff_AreOfferedOnlyTheActsTheIdeasStateAllows(IdeaStatus status)
    {
        var idea = await DemoRecords.ReadAsync(factory, db => db.HomeIdeas()
            .Where(i => i.Status == status && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null).OrderBy(i => i.SubmittedAt).FirstAsync());
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff);
        var moderator = await SignIn.AsRoleAsync(factory, DemoRoles.Moderator);

        var page = await HtmlPage.GetAsync(staff, $"/Ideas/{idea.Id.Value}");
        var moderated = await HtmlPage.GetAsync(moderator, $"/Ideas/{idea.Id.Value}");

        var expected = new List<string>();
        foreach (var (act, _) in new[] { (IdeaAct.StartReview, 0), (IdeaAct.Accept, 0), (IdeaAct.Reject, 0), (IdeaAct.StartImplementation, 0), (IdeaAct.Implement, 0) })
        {
            if (idea.Allows(act))
            {
                expected.Add(act.ToString());
            }
        }

        OfferedActs(page).Should().Equal(expected);
        (page.QuerySelector("#progress-form") is not null).Should().Be(status == IdeaStatus.InProgress);
        (page.QuerySelector("#implementer-form") is not null).Should().Be(status is IdeaStatus.Accepted or IdeaStatus.InProgress or IdeaStatus.Implemented);
        OfferedActs(moderated).Should().Equal("Remove");
        var fixedByStatus = status switch
        {
            IdeaStatus.Submitted => new[] { "StartReview" },
            IdeaStatus.UnderReview => ["Accept", "Reject"],
            IdeaStatus.Accepted => ["StartImplementation"],
            IdeaStatus.InProgress => ["Implement"],
            _ => [],
        };
        expected.Should().Equal(fixedByStatus, "the library's lifecycle, as documented");
    }

    [Fact]
    public async Task Progress_IsRefusedNextToItsFields_KeepingWhatWasTyped()
    {
        var idea = await IdeaInAsync(IdeaStatus.InProgress);
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();
        var url = $"/Ideas/{idea.Id.Value}";
        var today = PersianDates.FormatNumericLatin(DemoRecords.Today(factory));

        var unreadable = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(staff, await HtmlPage.GetAsync(staff, url), "#progress-form", new Dictionary<string, string> { ["Percent"] = "half", ["ReachedOn"] = "1403/13/40", ["Description"] = "Benches painted." }));
        var outOfRange = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(staff, await HtmlPage.GetAsync(staff, url), "#progress-form", new Dictionary<string, string> { ["Percent"] = "150", ["ReachedOn"] = today, ["Description"] = "Benches painted." }));
        var noDescription = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(staff, await HtmlPage.GetAsync(staff, url), "#progress-form", new Dictionary<string, string> { ["Percent"] = "20", ["ReachedOn"] = today, ["Description"] = " " }));

        unreadable.QuerySelector("#progress-percent-error")!.TextContent.Should().Be("Write the progress as a whole number from 0 to 100.");
        unreadable.QuerySelector("#progress-date-error")!.TextContent.Should().NotBeNullOrWhiteSpace();
        unreadable.QuerySelector("#progress-description")!.TextContent.Should().Be("Benches painted.");
        unreadable.QuerySelector("#official-reason-error")?.TextContent.Should().BeNullOrEmpty("only the posted form shows its errors");
        outOfRange.QuerySelector("#refusal")!.TextContent.Should().Contain("Progress must be from 0 to 100 percent; it was given as 150.");
        ((AngleSharp.Html.Dom.IHtmlInputElement)outOfRange.QuerySelector("#progress-percent-input")!).Value.Should().Be("150");
        outOfRange.QuerySelector("#progress-description")!.TextContent.Should().Be("Benches painted.");
        noDescription.QuerySelector("#progress-description-error")!.TextContent.Should().Be("Progress description is required; it cannot be empty.");
        (await StoredAsync(idea.Id)).Milestones.Should().HaveCount(idea.Milestones.Count);
    }

    [Fact]
    public async Task AnswerBox_KeepsItsText_WhenTheActIsRefused()
    {
        var idea = await DemoRecords.ReadAsync(factory, db => db.HomeIdeas()
            .Where(i => i.Status == IdeaStatus.Submitted && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null).OrderBy(i => i.SubmittedAt).Skip(3).FirstAsync());
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();
        var colleague = await SignIn.AsRoleAsync(factory, DemoRoles.Administrator);
        var url = $"/Ideas/{idea.Id.Value}";
        var stale = await HtmlPage.GetAsync(staff, url);

        // A colleague starts the review first; the stale page's act is refused by the library.
        await FollowAsync(colleague, await HtmlPage.SubmitAsync(colleague, await HtmlPage.GetAsync(colleague, url), "#answer-form", new Dictionary<string, string> { ["Reason"] = "بررسی با من." }, url + "?handler=StartReview"));
        var refused = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(staff, stale, "#answer-form", new Dictionary<string, string> { ["Reason"] = "A long answer I do not want to type again." }, url + "?handler=StartReview"));

        refused.QuerySelector("#refusal")!.TextContent.Should().Contain("This idea is under review; you can start its review only when it is submitted.");
        refused.QuerySelector("#official-reason")!.TextContent.Should().Be("A long answer I do not want to type again.");
        OfferedActs(refused).Should().Equal("Accept", "Reject");
    }

    [Fact]
    public async Task Implementer_MustBeChosenFromTheList_AndProgressIsForStaffOnly()
    {
        var idea = await IdeaInAsync(IdeaStatus.InProgress, skip: 1);
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();
        var resident = await SignIn.AsRoleAsync(factory, DemoRoles.Resident);
        var url = $"/Ideas/{idea.Id.Value}";
        var page = await HtmlPage.GetAsync(staff, url);

        var unknown = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(staff, page, "#implementer-form", new Dictionary<string, string> { ["Implementer"] = "not-a-resident" }));
        var stranger = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(staff, page, "#implementer-form", new Dictionary<string, string> { ["Implementer"] = Guid.NewGuid().ToString() }));
        var residentPage = await HtmlPage.GetAsync(resident, url);
        var token = residentPage.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var byResident = await resident.PostAsync(url + "?handler=Progress", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Percent"] = "90", ["ReachedOn"] = "1403/02/09", ["Description"] = "x" }));

        unknown.QuerySelector("#implementer-error")!.TextContent.Should().Be("Choose a resident from the list.");
        stranger.QuerySelector("#refusal, #implementer-error")!.TextContent.Should().NotBeNullOrWhiteSpace("the library refuses a resident it does not know");
        residentPage.QuerySelector("#progress-form").Should().BeNull();
        byResident.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await StoredAsync(idea.Id)).Implementers.Should().BeEmpty();
    }
}
