using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParticipatoryGovernance.EntityFrameworkCore.Notifications;
using RazorDemo.Identity;

namespace RazorDemo.Pages.Inbox;

/// <summary>The signed-in resident's in-app notifications, newest first, twenty a page; each can be marked read, or all at once.</summary>
[Authorize(Policy = DemoPolicies.TakePart)]
public sealed class IndexModel(NotificationInbox inbox, CurrentPerson person) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<Notification> Notifications { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasMore { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? p, CancellationToken cancellationToken)
    {
        if (await person.ResidentIdAsync() is not { } resident)
        {
            return Forbid();
        }

        // A page number is clamped, not trusted: 1 to 10,000.
        PageNumber = Math.Clamp(p ?? 1, 1, 10_000);
        var rows = await inbox.ListAsync(resident, (PageNumber - 1) * PageSize, PageSize + 1, cancellationToken);
        HasMore = rows.Count > PageSize;
        Notifications = [.. rows.Take(PageSize)];
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(long? id, CancellationToken cancellationToken)
    {
        if (await person.ResidentIdAsync() is not { } resident)
        {
            return Forbid();
        }

        // Another resident's notification, or one already read, is left as it is: marking touches only the reader's own rows.
        if (id is { } one)
        {
            await inbox.MarkReadAsync(resident, one, cancellationToken);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        if (await person.ResidentIdAsync() is not { } resident)
        {
            return Forbid();
        }

        await inbox.MarkAllReadAsync(resident, cancellationToken);
        return RedirectToPage();
    }

    /// <summary>Where a notification leads in the demo.</summary>
    public static string? LinkOf(Notification notification) => notification.ThingKind switch
    {
        "idea" => $"/Ideas/{notification.ThingId}",
        "meeting" => $"/Meetings/{notification.ThingId}",
        "round" => $"/Budgeting/{notification.ThingId}",
        "campaign" or "election" => "/YouthMayors",
        _ => null,
    };
}
