using Ardalis.Specification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Comments.Specifications;
using ParticipatoryGovernance.Comments.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Comments;

/// <summary>
/// Where the comment forms of the idea and meeting pages post: each act goes to the library's handler and, once stored,
/// back to the thread on its page (the cached pages its events reach are evicted by <see cref="DemoCommands.RunAsync{T}"/>).
/// A refused act is shown here, with its reason in Persian or English and the form keeping what was typed. Identifiers
/// arrive as text and are read here, so a forged one is "not found", never an error page.
/// </summary>
public sealed class ActModel(
    DemoCommands commands,
    IReadRepositoryBase<Comment> comments,
    DemoCity city,
    CurrentPerson person,
    Texts texts) : PageModel
{
    /// <summary>The subject's kind for a new comment: <c>Idea</c> or <c>AgendaItem</c>.</summary>
    [BindProperty]
    public string? Kind { get; set; }

    /// <summary>The idea's or meeting's identifier for a new comment.</summary>
    [BindProperty]
    public string? Subject { get; set; }

    /// <summary>The agenda item's number for a new comment on one.</summary>
    [BindProperty]
    public string? Item { get; set; }

    /// <summary>The comment answered, edited, reported or moderated.</summary>
    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public string? Stance { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The act that was refused (its handler), for the form shown again.</summary>
    public string Act { get; private set; } = "Post";

    /// <summary>The page of the idea or meeting, to go back to.</summary>
    public string BackUrl { get; private set; } = "/";

    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostPostAsync(CancellationToken cancellationToken)
    {
        Act = "Post";
        if (await ResidentAsync() is not { } resident)
        {
            return person.IsSignedIn ? Forbid() : Challenge();
        }

        var municipality = (await city.GetAsync(cancellationToken)).Municipality.Id;
        if (!Guid.TryParse(Subject, out var subjectId) || subjectId == Guid.Empty)
        {
            return NotFound();
        }

        Task<Result<Created<CommentId>>> act;
        if (Kind == nameof(CommentSubjectKind.Idea))
        {
            BackUrl = $"/Ideas/{subjectId}";
            act = commands.Get<CommentOnIdeaHandler>().HandleObservedAsync(new CommentOnIdea(municipality, new CitizenIdeaId(subjectId), resident, Body, Stance), cancellationToken);
        }
        else if (Kind == nameof(CommentSubjectKind.AgendaItem) && DemoInput.Number(Item) is { } item)
        {
            BackUrl = $"/Meetings/{subjectId}";
            act = commands.Get<CommentOnAgendaItemHandler>().HandleObservedAsync(new CommentOnAgendaItem(municipality, new MeetingId(subjectId), item, resident, Body, Stance), cancellationToken);
        }
        else
        {
            return NotFound();
        }

        var result = await commands.RunAsync(act);
        return result.IsSuccess ? Done(result.Value.Id, texts.T("نظر شما ثبت شد.", "Your comment is posted.")) : Refused(result);
    }

    public async Task<IActionResult> OnPostReplyAsync(CancellationToken cancellationToken)
    {
        Act = "Reply";
        if (await ResidentAsync() is not { } resident)
        {
            return person.IsSignedIn ? Forbid() : Challenge();
        }

        if (await FindAsync(cancellationToken) is not { } parent)
        {
            return NotFound();
        }

        var result = await commands.RunAsync(commands.Get<ReplyToCommentHandler>().HandleObservedAsync(new ReplyToComment(parent.MunicipalityId, parent.Id, resident, Body, Stance), cancellationToken));
        return result.IsSuccess ? Done(result.Value.Id, texts.T("پاسخ شما ثبت شد.", "Your reply is posted.")) : Refused(result);
    }

    public async Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken)
    {
        Act = "Edit";
        if (await ResidentAsync() is not { } resident)
        {
            return person.IsSignedIn ? Forbid() : Challenge();
        }

        if (await FindAsync(cancellationToken) is not { } comment)
        {
            return NotFound();
        }

        var result = await commands.RunAsync(commands.Get<EditCommentHandler>().HandleObservedAsync(new EditComment(comment.MunicipalityId, comment.Id, resident, Body, Stance), cancellationToken));
        return result.IsSuccess ? Done(comment.Id, texts.T("نظر ویرایش شد.", "The comment is edited.")) : Refused(result);
    }

    public async Task<IActionResult> OnPostReportAsync(CancellationToken cancellationToken)
    {
        Act = "Report";
        if (await ResidentAsync() is not { } resident)
        {
            return person.IsSignedIn ? Forbid() : Challenge();
        }

        if (await FindAsync(cancellationToken) is not { } comment)
        {
            return NotFound();
        }

        var result = await commands.RunAsync(commands.Get<ReportCommentHandler>().HandleObservedAsync(new ReportComment(comment.MunicipalityId, comment.Id, resident, Reason), cancellationToken));
        return result.IsSuccess ? Done(comment.Id, texts.T("گزارش شما به ناظران رسید.", "Your report has reached the moderators.")) : Refused(result);
    }

    public Task<IActionResult> OnPostHideAsync(CancellationToken cancellationToken) =>
        ModerateAsync("Hide", (municipality, comment, official) => commands.Get<HideCommentHandler>().HandleObservedAsync(new HideComment(municipality, comment, official, Reason), cancellationToken), texts.T("نظر پنهان شد.", "The comment is hidden."), cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken) =>
        ModerateAsync("Restore", (municipality, comment, official) => commands.Get<RestoreCommentHandler>().HandleObservedAsync(new RestoreComment(municipality, comment, official, Reason), cancellationToken), texts.T("نظر دوباره نمایش داده می‌شود.", "The comment is shown again."), cancellationToken);

    /// <summary>The first error of a field, for the form shown again.</summary>
    public string? ErrorOf(string field) => ViewData.ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    private async Task<IActionResult> ModerateAsync(string act, Func<MunicipalityId, CommentId, MunicipalOfficial, Task<Result<Changed>>> run, string done, CancellationToken cancellationToken)
    {
        Act = act;
        if (!person.May(DemoPolicies.Moderate))
        {
            return person.IsSignedIn ? Forbid() : Challenge();
        }

        if (await FindAsync(cancellationToken) is not { } comment)
        {
            return NotFound();
        }

        var result = await commands.RunAsync(run(comment.MunicipalityId, comment.Id, (await person.OfficialAsync())!));
        return result.IsSuccess ? Done(comment.Id, done) : Refused(result);
    }

    private async Task<ResidentId?> ResidentAsync() =>
        person.May(DemoPolicies.TakePart) ? await person.ResidentIdAsync() : null;

    /// <summary>The comment the form names, when it is one of the city shown; its page is where the reader goes back to.</summary>
    private async Task<Comment?> FindAsync(CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(Comment, out var id) || id == Guid.Empty)
        {
            return null;
        }

        var comment = await comments.FirstOrDefaultAsync(new CommentByIdSpec(new CommentId(id)), cancellationToken);
        var municipality = (await city.GetAsync(cancellationToken)).Municipality.Id;
        if (comment is null || comment.MunicipalityId != municipality)
        {
            return null;
        }

        BackUrl = comment.Subject.IdeaId is { } idea ? $"/Ideas/{idea.Value}" : $"/Meetings/{comment.Subject.MeetingId!.Value.Value}";
        return comment;
    }

    private RedirectResult Done(CommentId id, string notice)
    {
        TempData["Notice"] = notice;
        return Redirect($"{BackUrl}#comment-{id.Value}");
    }

    private PageResult Refused(Result result)
    {
        ModelState.AddRefusal(result, texts);
        return Page();
    }
}
