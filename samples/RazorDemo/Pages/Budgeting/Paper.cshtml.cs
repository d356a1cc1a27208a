using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Budgeting;

/// <summary>
/// A ballot clerk enters residents' paper ballots: one at a time, through the library's batch command for paper
/// ballots (<see cref="CastBudgetBallots"/> with <see cref="BallotChannel.Paper"/>), which checks each with the same rules
/// as a ballot cast on the web and keeps the clerk's id and the time on the stored ballot. The page lists the latest
/// paper ballots with who entered them and when: who voted, never how.
/// </summary>
[Authorize(Policy = DemoPolicies.EnterPaperBallots)]
public sealed class PaperModel(IServiceProvider services, DemoCommands commands, CurrentPerson person, IBudgetingBallots ballots, UserManager<DemoUser> users, Texts texts) : PageModel
{
    /// <summary>How many of the latest paper ballots the page lists.</summary>
    public const int Listed = 50;

    private readonly BudgetingRoundQuery query = ActivatorUtilities.CreateInstance<BudgetingRoundQuery>(services);

    [BindProperty(SupportsGet = true, Name = "round")]
    public Guid? RoundId { get; set; }

    /// <summary>The resident's id as written on the paper ballot.</summary>
    [BindProperty]
    public string? ResidentId { get; set; }

    [BindProperty]
    public List<Guid> Approved { get; set; } = [];

    [BindProperty]
    public Dictionary<Guid, int?> Points { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public BudgetingRoundDisplay? Display { get; private set; }

    public IReadOnlySet<CitizenIdeaId> Ticked { get; private set; } = new HashSet<CitizenIdeaId>();

    public IReadOnlyDictionary<CitizenIdeaId, int> ShownPoints { get; private set; } = new Dictionary<CitizenIdeaId, int>();

    /// <summary>The latest paper ballots: the voter, when, and the clerk's name.</summary>
    public IReadOnlyList<PaperEntry> Entries { get; private set; } = [];

    public int PaperBallots { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Display = await query.ReadAsync(RoundId, cancellationToken);
        if (Display is null)
        {
            return NotFound();
        }

        await LoadEntriesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEnterAsync(CancellationToken cancellationToken)
    {
        Display = await query.ReadAsync(RoundId, cancellationToken);
        if (Display is null)
        {
            return NotFound();
        }

        var clerk = await person.OfficialAsync();
        if (clerk is null)
        {
            return Forbid();
        }

        var round = Display.Round;
        var posted = BallotForm.Read(round, Approved, Points, ModelState);
        Ticked = posted.Ticked;
        ShownPoints = posted.ShownPoints;
        ModelState.Clear();
        if (!Guid.TryParse(ResidentId?.Trim(), out var voter) || voter == Guid.Empty)
        {
            ModelState.AddModelError(nameof(ResidentId), texts.T("شناسهٔ شهروند را همان‌طور که روی برگهٔ رأی نوشته شده وارد کنید (مانند 3f2b…-…).", "Enter the resident's id as written on the paper ballot (such as 3f2b…-…)."));
        }

        if (posted.Refusal is { } refusal)
        {
            ModelState.AddModelError(nameof(Approved), texts.T(refusal));
        }

        if (!ModelState.IsValid)
        {
            await LoadEntriesAsync(cancellationToken);
            return Page();
        }

        // One paper ballot is a batch of one: the same command a clerk's pile or a gateway uses, with the clerk's id kept.
        var result = await commands.RunAsync(commands.Get<CastBudgetBallotsHandler>().HandleObservedAsync(
            new CastBudgetBallots(Display.City.Municipality.Id, round.Id, [new BudgetBallotEntry(new ResidentId(voter), posted.Approved, posted.Points)], BallotChannel.Paper, clerk.Id),
            cancellationToken));
        List<RuleViolation> violations = result.IsFailure ? [.. result.Violations] : [.. result.Value.Refused.SelectMany(r => r.Violations)];
        if (result.IsFailure || violations.Count > 0 || result.Value.Stored == 0)
        {
            foreach (var violation in violations)
            {
                ModelState.AddModelError(nameof(Approved), texts.T(violation.Message));
            }

            await LoadEntriesAsync(cancellationToken);
            return Page();
        }

        Notice = texts.T($"برگهٔ رأی کاغذی شهروند {voter} ثبت شد.", $"The paper ballot of resident {voter} is recorded.");
        return RedirectToPage("/Budgeting/Paper", new { handler = (string?)null, round = RoundId });
    }

    private async Task LoadEntriesAsync(CancellationToken cancellationToken)
    {
        // The port counts the round's paper ballots and reads only the newest, whatever the round's size.
        var paper = await ballots.ListByChannelAsync(Display!.Round.Id, BallotChannel.Paper, Listed, cancellationToken);
        PaperBallots = paper.Count;
        var latest = paper.Latest;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in latest.Select(b => b.EnteredBy).OfType<string>().Distinct())
        {
            var user = await users.FindByIdAsync(id);
            names[id] = user is null ? id : string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? id : user.DisplayName;
        }

        Entries = [.. latest.Select(b => new PaperEntry(b.VoterId, b.CastAt, b.EnteredBy is { } by ? names.GetValueOrDefault(by, by) : "—"))];
    }
}

/// <summary>One paper ballot in the clerk page's audit list.</summary>
/// <param name="Voter">The resident it was for.</param>
/// <param name="EnteredAt">When it was entered.</param>
/// <param name="EnteredBy">The clerk's name.</param>
public sealed record PaperEntry(ResidentId Voter, Instant EnteredAt, string EnteredBy);
