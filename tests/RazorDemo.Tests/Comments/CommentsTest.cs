using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Comments;

/// <summary>
/// Comment threads in the demo: a resident comments on an idea, another replies, the author edits, a moderator hides and
/// restores; the same on a meeting's agenda item; every form without JavaScript, in Persian and English.
/// </summary>
[Collection(DemoCollection.Name)]
public class CommentsTest(DemoFactory factory)
{
    /// <summary>A visible idea of the home city that other tests leave alone (comments start empty on it).</summary>
    private Task<CitizenIdea> IdeaAsync(int index) =>
        DemoRecords.ReadAsync(factory, db => db.HomeIdeas()
            .Where(i => i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null && i.Status == IdeaStatus.Submitted)
            .OrderByDescending(i => i.SubmittedAt).Skip(40 + index).FirstAsync());

    private static async Task<IDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AResidentComments_AnotherReplies_TheAuthorEdits_AndTheThreadShowsItAll()
    {
        var idea = await IdeaAsync(0);
        var zahra = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();
        var ali = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan").InEnglishAsync();

        var page = await HtmlPage.GetAsync(zahra, $"/Ideas/{idea.Id.Value}");
        page.QuerySelector("#comments")!.GetAttribute("data-comments").Should().Be("0");
        var posted = await FollowAsync(zahra, await HtmlPage.SubmitAsync(zahra, page, "form[data-new-comment]", new Dictionary<string, string> { ["Body"] = "Shade at the <b>bus stop</b>, please.", ["Stance"] = "for" }));

        var comment = posted.QuerySelector("#comments article.comment")!;
        comment.GetAttribute("data-stance").Should().Be("For");
        comment.QuerySelector("[data-body]")!.TextContent.Should().Be("Shade at the <b>bus stop</b>, please.", "what a person typed is shown as text");
        comment.QuerySelector("[data-author]")!.TextContent.Should().NotBe("—", "the author is shown by their public profile");
        posted.QuerySelector("#notice")!.TextContent.Should().Contain("Your comment is posted.");

        var aliPage = await HtmlPage.GetAsync(ali, $"/Ideas/{idea.Id.Value}");
        aliPage.QuerySelector("form[data-edit-form]").Should().BeNull("only the author edits");
        var replied = await FollowAsync(ali, await HtmlPage.SubmitAsync(ali, aliPage, "form[data-reply-form]", new Dictionary<string, string> { ["Body"] = "I agree.", ["Stance"] = "none" }));
        var reply = replied.QuerySelector("#comments article.comment article.comment")!;
        reply.GetAttribute("data-depth").Should().Be("1");
        reply.QuerySelector("[data-body]")!.TextContent.Should().Be("I agree.");

        var zahraAgain = await HtmlPage.GetAsync(zahra, $"/Ideas/{idea.Id.Value}");
        var edited = await FollowAsync(zahra, await HtmlPage.SubmitAsync(zahra, zahraAgain, "#comments > article.comment > .comment-acts form[data-edit-form]", new Dictionary<string, string> { ["Body"] = "Shade and a bench, please.", ["Stance"] = "for" }));
        edited.QuerySelector("#comments > article.comment [data-body]")!.TextContent.Should().Be("Shade and a bench, please.");
        edited.QuerySelector("#comments > article.comment [data-edited]").Should().NotBeNull();
        edited.QuerySelector("#comments")!.GetAttribute("data-comments").Should().Be("2");

        var anonymous = await HtmlPage.GetAsync(factory.NewClient(), $"/Ideas/{idea.Id.Value}?culture=en");
        anonymous.QuerySelectorAll("#comments article.comment").Should().HaveCount(2, "the cached public page was evicted by the comment's events");
        anonymous.QuerySelector("form[data-new-comment]").Should().BeNull();
        anonymous.QuerySelector("#comments [data-sign-in]").Should().NotBeNull();
    }

    [Fact]
    public async Task AMinorsComment_ShowsOnlyTheirPublicProfile_GivenNameAndInitial()
    {
        var idea = await IdeaAsync(6);
        var amir = await SignIn.AsAsync(factory, "teen@demo.rafsanjan").InEnglishAsync();
        var page = await HtmlPage.GetAsync(amir, $"/Ideas/{idea.Id.Value}");

        var posted = await FollowAsync(amir, await HtmlPage.SubmitAsync(amir, page, "form[data-new-comment]", new Dictionary<string, string> { ["Body"] = "A skate park, please.", ["Stance"] = "for" }));

        var shown = posted.QuerySelectorAll("#comments article.comment").Single(c => c.QuerySelector("[data-body]")!.TextContent == "A skate park, please.")
            .QuerySelector("[data-author]")!.TextContent.Trim();
        var writer = await DemoRecords.ReadAsync(factory, async db =>
        {
            var comment = await db.Set<Comment>().SingleAsync(c => c.Body == "A skate park, please.");
            return await db.Residents.SingleAsync(r => r.Id == comment.AuthorId);
        });
        writer.IsMinorOn(ParticipatoryGovernance.Calendar.PersianDates.InCity(factory.Services.GetRequiredService<NodaTime.IClock>().GetCurrentInstant()).Date)
            .Should().BeTrue("the teen account is a minor, so the check below is about a minor");
        shown.Should().Be($"{writer.Name.GivenName} {writer.Name.FamilyName[0]}.", "a minor is shown by given name and initial");
        var persian = await HtmlPage.GetAsync(factory.NewClient(), $"/Ideas/{idea.Id.Value}?culture=fa");
        persian.QuerySelector("#comments")!.TextContent.Should().NotContain(writer.Name.FamilyName, "never by their family name, on the public page either");
    }

    [Fact]
    public async Task AModeratorHidesAComment_ReadersSeeThatItIsHidden_AndRestoresIt()
    {
        var idea = await IdeaAsync(1);
        var zahra = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();
        var page = await HtmlPage.GetAsync(zahra, $"/Ideas/{idea.Id.Value}");
        await FollowAsync(zahra, await HtmlPage.SubmitAsync(zahra, page, "form[data-new-comment]", new Dictionary<string, string> { ["Body"] = "Something rude", ["Stance"] = "against" }));
        var moderator = await SignIn.AsRoleAsync(factory, DemoRoles.Moderator).InEnglishAsync();

        var moderatorPage = await HtmlPage.GetAsync(moderator, $"/Ideas/{idea.Id.Value}");
        var hidden = await FollowAsync(moderator, await HtmlPage.SubmitAsync(moderator, moderatorPage, "form[data-moderate-form]", new Dictionary<string, string> { ["Reason"] = "Rude" }));
        hidden.QuerySelector("#comments article.comment")!.GetAttribute("data-visibility").Should().Be("Hidden");

        var desk = await HtmlPage.GetAsync(moderator, "/Moderation");
        desk.QuerySelectorAll("#comment-queue [data-queued-comment]").Select(c => c.GetAttribute("data-visibility")).Should().Contain("Hidden");
        var reader = await HtmlPage.GetAsync(factory.NewClient(), $"/Ideas/{idea.Id.Value}?culture=en");
        reader.QuerySelector("#comments article.comment [data-hidden]").Should().NotBeNull();
        reader.QuerySelector("#comments article.comment [data-body]").Should().BeNull("a hidden comment's text is for moderators only");

        var restored = await FollowAsync(moderator, await HtmlPage.SubmitAsync(moderator, hidden, "form[data-moderate-form]", new Dictionary<string, string> { ["Reason"] = "Not rude after all" }));
        restored.QuerySelector("#comments article.comment")!.GetAttribute("data-visibility").Should().Be("Visible");
    }

    [Fact]
    public async Task AResidentCommentsOnAMeetingsAgendaItem()
    {
        var meeting = await DemoRecords.ReadAsync(factory, db => db.HomeMeetings().Where(m => m.Status != MeetingStatus.Cancelled && m.Agenda.Count > 0).OrderBy(m => m.StartsAt).FirstAsync());
        var zahra = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();

        var page = await HtmlPage.GetAsync(zahra, $"/Meetings/{meeting.Id.Value}");
        var posted = await FollowAsync(zahra, await HtmlPage.SubmitAsync(zahra, page, "#comments-item-1 form[data-new-comment]", new Dictionary<string, string> { ["Body"] = "نظر من دربارهٔ این بند", ["Stance"] = "against" }));

        posted.QuerySelectorAll("#comments-item-1 article.comment [data-body]").Select(b => b.TextContent).Should().Contain("نظر من دربارهٔ این بند");
        var stored = await DemoRecords.ReadAsync(factory, db => db.Comments.Where(c => c.SubjectId == meeting.Id.Value).ToListAsync());
        stored.Should().Contain(c => c.AgendaItemNumber == 1 && c.Stance == CommentStance.Against);
    }

    [Theory]
    [InlineData("Body", "", "input.required")]
    [InlineData("Body", "\u200B\u200C", "input.invisible-only")]
    [InlineData("Body", "سلام\u202Eexe.txt", "input.bidi-control")]
    [InlineData("Body", "سلام\u0007", "input.control-character")]
    [InlineData("Stance", "maybe", "usecase.unknown-choice")]
    [InlineData("Stance", "<script>alert(1)</script>", "usecase.unknown-choice")]
    public async Task HostileValuesInTheCommentForm_AreRefusedWithAReason_AndTheTextIsKept(string field, string value, string rule)
    {
        var idea = await IdeaAsync(2);
        var zahra = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();
        var page = await HtmlPage.GetAsync(zahra, $"/Ideas/{idea.Id.Value}");
        var values = new Dictionary<string, string> { ["Body"] = "A fine comment", ["Stance"] = "none", [field] = value };

        var response = await HtmlPage.SubmitAsync(zahra, page, "form[data-new-comment]", values);

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        var refused = await HtmlPage.ReadAsync(response);
        refused.QuerySelector("#refusal")?.TextContent.Should().NotBeNullOrWhiteSpace(html);
        refused.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent.Should().NotBeNullOrWhiteSpace($"the refusal ({rule}) is shown next to the field");
        refused.QuerySelector("#back")!.GetAttribute("href").Should().Be($"/Ideas/{idea.Id.Value}");
        if (field == "Body" && value.Length > 0)
        {
            refused.QuerySelector("#retry-body")!.TextContent.Should().Be(value, "the form keeps what was typed");
        }

        (await DemoRecords.ReadAsync(factory, db => db.Comments.CountAsync(c => c.SubjectId == idea.Id.Value))).Should().Be(0);
    }

    [Fact]
    public async Task ATooLongComment_AndATooLongReport_AreRefused_NotAnErrorPage()
    {
        var idea = await IdeaAsync(3);
        var zahra = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();
        var page = await HtmlPage.GetAsync(zahra, $"/Ideas/{idea.Id.Value}");

        var tooLong = await HtmlPage.SubmitAsync(zahra, page, "form[data-new-comment]", new Dictionary<string, string> { ["Body"] = new string('ب', Comment.MaxBodyLength + 1) });
        (await tooLong.Content.ReadAsStringAsync()).Should().Contain("holds at most 2000 characters");

        await FollowAsync(zahra, await HtmlPage.SubmitAsync(zahra, page, "form[data-new-comment]", new Dictionary<string, string> { ["Body"] = "Fine" }));
        var ali = await SignIn.AsAsync(factory, "resident2@demo.rafsanjan").InEnglishAsync();
        var aliPage = await HtmlPage.GetAsync(ali, $"/Ideas/{idea.Id.Value}");
        var report = await HtmlPage.SubmitAsync(ali, aliPage, "form[data-report-form]", new Dictionary<string, string> { ["Reason"] = new string('x', Comment.MaxReasonLength + 1) });
        report.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HtmlPage.ReadAsync(report)).QuerySelector("#retry-reason-error")!.TextContent.Should().Contain("at most 1000 characters");
        var reported = await FollowAsync(ali, await HtmlPage.SubmitAsync(ali, aliPage, "form[data-report-form]", new Dictionary<string, string> { ["Reason"] = "Spam" }));
        reported.QuerySelector("form[data-report-form]").Should().BeNull("a resident reports a comment once a round");
    }

    [Theory]
    [InlineData("Post", "Subject", "not-a-guid")]
    [InlineData("Post", "Subject", "00000000-0000-0000-0000-000000000000")]
    [InlineData("Post", "Kind", "Council")]
    [InlineData("Post", "Item", "x")]
    [InlineData("Reply", "Comment", "' OR 1=1 --")]
    [InlineData("Edit", "Comment", "0195a000-0000-7000-8000-000000000000")]
    [InlineData("Report", "Comment", "")]
    public async Task ForgedIdentifiers_AreNotFound_NeverAnErrorPage(string handler, string field, string value)
    {
        var idea = await IdeaAsync(4);
        var zahra = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();
        var page = await HtmlPage.GetAsync(zahra, $"/Ideas/{idea.Id.Value}");
        var values = new Dictionary<string, string> { ["Kind"] = field == "Item" ? "AgendaItem" : "Idea", ["Subject"] = idea.Id.Value.ToString(), ["Item"] = "", ["Comment"] = Guid.NewGuid().ToString(), ["Body"] = "text", ["Reason"] = "why", [field] = value };

        var response = await HtmlPage.SubmitAsync(zahra, page, "form[data-new-comment]", values, $"/Comments/Act?handler={handler}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AMeetingItemThatDoesNotExist_IsRefusedByTheLibrarysRule()
    {
        var meeting = await DemoRecords.ReadAsync(factory, db => db.HomeMeetings().Where(m => m.Status != MeetingStatus.Cancelled && m.Agenda.Count > 0).OrderBy(m => m.StartsAt).FirstAsync());
        var zahra = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();
        var page = await HtmlPage.GetAsync(zahra, $"/Meetings/{meeting.Id.Value}");

        var response = await HtmlPage.SubmitAsync(zahra, page, "#comments-item-1 form[data-new-comment]", new Dictionary<string, string> { ["Body"] = "text", ["Item"] = "99" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("The meeting has no agenda item 99.");
    }

    [Theory]
    [InlineData(null, "Post")]
    [InlineData(DemoRoles.MunicipalStaff, "Post")]
    [InlineData(null, "Hide")]
    [InlineData(DemoRoles.Resident, "Hide")]
    [InlineData(DemoRoles.MunicipalStaff, "Restore")]
    [InlineData(DemoRoles.BallotClerk, "Report")]
    public async Task EachActIsForItsRoles_OthersAreSentToSignIn_OrRefused(string? role, string handler)
    {
        var idea = await IdeaAsync(5);
        var resident = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan").InEnglishAsync();
        var page = await HtmlPage.GetAsync(resident, $"/Ideas/{idea.Id.Value}");
        var client = role is null ? factory.NewClient() : await SignIn.AsRoleAsync(factory, role);
        var own = role is null ? page : await HtmlPage.GetAsync(client, $"/Ideas/{idea.Id.Value}");
        var form = own.QuerySelector("form[data-new-comment]") is null ? page : own;
        var values = new Dictionary<string, string> { ["Body"] = "text", ["Reason"] = "why", ["Comment"] = Guid.NewGuid().ToString() };

        var response = await HtmlPage.SubmitAsync(role is null ? factory.NewClient() : client, form, "form[data-new-comment]", values, $"/Comments/Act?handler={handler}");

        if (role is null)
        {
            response.StatusCode.Should().BeOneOf(HttpStatusCode.Redirect, HttpStatusCode.BadRequest);
        }
        else
        {
            response.StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.BadRequest);
        }

        (await DemoRecords.ReadAsync(factory, db => db.Comments.CountAsync(c => c.SubjectId == idea.Id.Value))).Should().Be(0);
    }
}
