using Ardalis.Specification;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Comments.Specifications;
using ParticipatoryGovernance.Residents;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Pages.Ideas;

namespace RazorDemo.Pages.Comments;

/// <summary>
/// The comment thread under an idea or an agenda item: every comment in thread order with its author's public profile
/// (a minor by given name and initial), and the forms the reader may use: post, reply, edit within the charter's window,
/// report, and for moderators hide and restore. Every form posts to <c>/Comments/Act</c> and works without JavaScript.
/// </summary>
public sealed class CommentThreadViewComponent(
    IReadRepositoryBase<Comment> comments,
    IReadRepositoryBase<Resident> residents,
    DemoCity city,
    CurrentPerson person,
    IClock clock,
    ParticipatoryGovernance.Translation.ITranslationLookup translations,
    RazorDemo.Localization.Texts texts) : ViewComponent
{
    /// <summary>Renders the thread.</summary>
    /// <param name="subject">The idea or agenda item.</param>
    /// <param name="open">Whether it takes new comments (a visible idea, a meeting not cancelled).</param>
    /// <param name="returnUrl">The page to come back to after an act (the idea's or meeting's page).</param>
    public async Task<IViewComponentResult> InvokeAsync(CommentSubject subject, bool open, string returnUrl)
    {
        var snapshot = await city.GetAsync(HttpContext.RequestAborted);
        var list = await comments.ListAsync(new CommentsOnSubjectSpec(subject), HttpContext.RequestAborted);
        var today = PersianDates.TodayInCity(clock);
        var profiles = new Dictionary<ResidentId, ResidentPublicProfile>();
        foreach (var chunk in list.Select(c => c.AuthorId).Distinct().Chunk(ResidentsByIdsSpec.Limit))
        {
            foreach (var resident in await residents.ListAsync(new ResidentsByIdsSpec(chunk), HttpContext.RequestAborted))
            {
                profiles[resident.Id] = resident.ToPublicProfile(today, snapshot.Charter.AgeOfMajority);
            }
        }

        // Stored when each comment was written, if the city translates; a page view only reads them.
        var translated = list.Count == 0
            ? new Dictionary<string, ParticipatoryGovernance.Translation.TextTranslation>()
            : await translations.FindAsync([.. list.Where(c => c.Visibility == CommentVisibility.Visible).Select(c => c.Body)], texts.Language, HttpContext.RequestAborted);
        var nodes = list.ToDictionary(c => c.Id, c => new CommentNode(c, profiles.GetValueOrDefault(c.AuthorId), c.Visibility != CommentVisibility.Visible ? null : translated.GetValueOrDefault(c.Body)));
        var roots = new List<CommentNode>();
        foreach (var comment in list)
        {
            if (comment.ParentId is { } parent && nodes.TryGetValue(parent, out var parentNode))
            {
                parentNode.Replies.Add(nodes[comment.Id]);
            }
            else
            {
                roots.Add(nodes[comment.Id]);
            }
        }

        var reader = person.May(DemoPolicies.TakePart) ? await person.ResidentIdAsync() : null;
        var model = new CommentThreadModel(subject, open, roots, list.Count, reader, person.May(DemoPolicies.Moderate), person.IsSignedIn, clock.GetCurrentInstant(), snapshot.Charter.Comments, returnUrl);
        return View("~/Pages/Comments/_Thread.cshtml", model);
    }
}

/// <summary>What the thread view shows.</summary>
public sealed record CommentThreadModel(
    CommentSubject Subject,
    bool Open,
    IReadOnlyList<CommentNode> Roots,
    int Count,
    ResidentId? Reader,
    bool MayModerate,
    bool SignedIn,
    Instant Now,
    CommentRules Rules,
    string ReturnUrl)
{
    /// <summary>The element id that anchors the thread on its page.</summary>
    public string AnchorId => Subject.AgendaItemNumber is { } item ? $"comments-item-{item}" : "comments";

    /// <summary>Whether the reader wrote the comment and may still edit it.</summary>
    public bool MayEdit(Comment comment) =>
        Reader == comment.AuthorId && comment.Visibility == CommentVisibility.Visible && Now - comment.PostedAt <= Rules.EditWindow;

    /// <summary>Whether the reader may answer the comment.</summary>
    public bool MayReply(Comment comment) =>
        Open && Reader is not null && comment.Visibility == CommentVisibility.Visible && comment.Depth + 1 < Comment.MaxDepth;

    /// <summary>Whether the reader may report the comment.</summary>
    public bool MayReport(Comment comment) =>
        Reader is { } reader && reader != comment.AuthorId && comment.Visibility == CommentVisibility.Visible
        && !comment.Reports.Any(r => r.ReporterId == reader && r.Round == comment.ModerationRound);
}

/// <summary>A comment with its author and replies.</summary>
public sealed class CommentNode(Comment comment, ResidentPublicProfile? author, ParticipatoryGovernance.Translation.TextTranslation? translation = null)
{
    public Comment Comment { get; } = comment;

    public ResidentPublicProfile? Author { get; } = author;

    /// <summary>The text in the reader's language, when the city translates and it was written in another.</summary>
    public ParticipatoryGovernance.Translation.TextTranslation? Translation { get; } = translation;

    public List<CommentNode> Replies { get; } = [];
}

/// <summary>One comment of a thread, as its partial view renders it (with its replies, recursively).</summary>
public sealed record CommentItem(CommentThreadModel Thread, CommentNode Node);
