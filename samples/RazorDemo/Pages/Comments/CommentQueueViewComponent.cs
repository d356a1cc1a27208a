using Ardalis.Specification;
using Microsoft.AspNetCore.Mvc;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Comments.Specifications;
using RazorDemo.Data;

namespace RazorDemo.Pages.Comments;

/// <summary>
/// The comments a moderator should look at, on the moderation desk: hidden ones and reported ones, oldest first, each
/// linked to its place in its thread, where the moderator hides or restores it.
/// </summary>
public sealed class CommentQueueViewComponent(IReadRepositoryBase<Comment> comments, DemoCity city) : ViewComponent
{
    /// <summary>The most comments listed at once.</summary>
    public const int Size = 50;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var snapshot = await city.GetAsync(HttpContext.RequestAborted);
        var queue = await comments.ListAsync(new CommentsAwaitingModerationSpec(snapshot.Municipality.Id, 0, Size), HttpContext.RequestAborted);
        return View("~/Pages/Comments/_Queue.cshtml", queue);
    }
}
