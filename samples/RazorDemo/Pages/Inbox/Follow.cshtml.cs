using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Notifications.UseCases;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Inbox;

/// <summary>
/// The follow buttons' target: a resident follows or unfollows an idea, a meeting or a neighbourhood of their own city,
/// then returns to the page they were on. A refusal (another city's record, an unknown kind) is shown with its reason.
/// </summary>
[Authorize(Policy = DemoPolicies.TakePart)]
public sealed class FollowModel(DemoCommands commands, DemoCity city, CurrentPerson person, Texts texts) : PageModel
{
    public IReadOnlyList<string> Refusals { get; private set; } = [];

    /// <summary>Read directly, the page only says where the follow buttons are.</summary>
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? kind, Guid? id, bool follow, string? returnUrl, CancellationToken cancellationToken)
    {
        if (await person.ResidentIdAsync() is not { } resident || await city.AccountCityAsync(cancellationToken) is not { } municipality)
        {
            return Forbid();
        }

        if (!Enum.TryParse<FollowKind>(kind, ignoreCase: false, out var what) || !Enum.IsDefined(what) || id is not { } thing)
        {
            Refusals = [texts.T("آنچه برای دنبال کردن فرستاده شد شناخته نیست.", "What was sent to follow is not recognised.")];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = follow
            ? await commands.RunAsync(commands.Get<FollowThingHandler>().HandleAsync(new FollowThing(municipality, resident, what, thing), cancellationToken))
            : await commands.RunAsync(commands.Get<UnfollowThingHandler>().HandleAsync(new UnfollowThing(municipality, resident, what, thing), cancellationToken));
        if (result.IsFailure)
        {
            Refusals = [.. result.Violations.Select(v => texts.T(v.Message))];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
