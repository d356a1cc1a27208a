using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Notifications.UseCases;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Profile;

/// <summary>
/// The signed-in resident's own page: how they hear from the city (language, channels, daily digest), and what they did:
/// their ideas, the ideas they endorsed, the budgeting rounds they voted in. Comments join the list once they land.
/// </summary>
[Authorize(Policy = DemoPolicies.TakePart)]
public sealed class IndexModel(GovernanceDbContext db, INotificationStore notifications, IBudgetingBallots ballots, DemoCommands commands, DemoCity city, CurrentPerson person, Texts texts)
    : PageModel
{
    public NotificationPreferences Preferences { get; private set; } = NotificationPreferences.Default;

    public IReadOnlyList<CitizenIdea> OwnIdeas { get; private set; } = [];

    public IReadOnlyList<CitizenIdea> Endorsed { get; private set; } = [];

    public IReadOnlyList<BudgetingRound> VotedIn { get; private set; } = [];

    /// <summary>The resident's latest comments, hidden ones included (the author sees that a moderator hid them).</summary>
    public IReadOnlyList<ParticipatoryGovernance.Comments.Comment> OwnComments { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool? saved, CancellationToken cancellationToken)
    {
        if (await person.ResidentIdAsync() is null)
        {
            return Forbid();
        }

        Saved = saved == true;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? language, bool inApp, bool email, bool sms, bool digest, CancellationToken cancellationToken)
    {
        if (await person.ResidentIdAsync() is not { } resident || await city.AccountCityAsync(cancellationToken) is not { } municipality)
        {
            return Forbid();
        }

        var result = await commands.RunAsync(commands.Get<SetNotificationPreferencesHandler>().HandleAsync(
            new SetNotificationPreferences(municipality, resident, language, inApp, email, sms, digest), cancellationToken));
        if (result.IsFailure)
        {
            ModelState.AddRefusal(result, texts);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage(new { saved = true });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var resident = (await person.ResidentIdAsync())!.Value;
        Preferences = await notifications.PreferencesAsync(resident, cancellationToken);
        OwnIdeas = await db.CitizenIdeas.AsNoTracking().Where(i => i.ProposerId == resident).OrderByDescending(i => i.SubmittedAt).Take(50).ToListAsync(cancellationToken);
        Endorsed = await db.CitizenIdeas.AsNoTracking().Where(i => i.Endorsements.Any(e => e.ResidentId == resident)).OrderByDescending(i => i.SubmittedAt).Take(50).ToListAsync(cancellationToken);
        var voted = new List<BudgetingRound>();
        if (await city.AccountCityAsync(cancellationToken) is { } municipality)
        {
            foreach (var round in await db.BudgetingRounds.AsNoTracking().Where(r => r.MunicipalityId == municipality).OrderByDescending(r => r.VotingOpensOn).Take(20).ToListAsync(cancellationToken))
            {
                if (await ballots.FindAsync(round.Id, resident, cancellationToken) is not null)
                {
                    voted.Add(round);
                }
            }
        }

        VotedIn = voted;
        OwnComments = await db.Set<ParticipatoryGovernance.Comments.Comment>().AsNoTracking()
            .Where(c => c.AuthorId == resident).OrderByDescending(c => c.PostedAt).Take(50).ToListAsync(cancellationToken);
    }

    /// <summary>Where a comment is read: its place in the idea's thread, or the meeting's page.</summary>
    public static string LinkOf(ParticipatoryGovernance.Comments.Comment comment) =>
        comment.SubjectKind == ParticipatoryGovernance.Comments.CommentSubjectKind.Idea
            ? $"/Ideas/{comment.SubjectId}#comment-{comment.Id.Value}"
            : $"/Meetings/{comment.SubjectId}#comment-{comment.Id.Value}";
}
