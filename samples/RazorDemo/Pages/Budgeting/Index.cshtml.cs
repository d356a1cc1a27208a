using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.Ideas;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Budgeting;

/// <summary>
/// The participatory budgeting round: residents choose the accepted ideas they want funded (changeable until voting
/// closes), and everyone sees the outcome under greedy and under the Method of Equal Shares, one line per project.
/// The page reads the outcome a background worker stored after the ballots last changed; it never computes one.
/// </summary>
public sealed class IndexModel(IServiceProvider services, DemoCommands commands, CurrentPerson person, Texts texts) : PageModel
{
    // Built here rather than registered, so the budgeting pages need nothing from Program.cs.
    private readonly BudgetingRoundQuery query = ActivatorUtilities.CreateInstance<BudgetingRoundQuery>(services);

    /// <summary>The round to show; the city's latest when absent.</summary>
    [BindProperty(SupportsGet = true, Name = "round")]
    public Guid? RoundId { get; set; }

    /// <summary>For an approval round, the idea ids ticked.</summary>
    [BindProperty]
    public List<Guid> Approved { get; set; } = [];

    /// <summary>For a cumulative round, the points given to each idea (blank or 0: none).</summary>
    [BindProperty]
    public Dictionary<Guid, int?> Points { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public BudgetingRoundDisplay? Display { get; private set; }

    /// <summary>What the form shows ticked: the voter's stored ballot, or after a refusal what they posted.</summary>
    public IReadOnlySet<CitizenIdeaId> Ticked { get; private set; } = new HashSet<CitizenIdeaId>();

    /// <summary>The points the form shows per idea, as <see cref="Ticked"/>.</summary>
    public IReadOnlyDictionary<CitizenIdeaId, int> ShownPoints { get; private set; } = new Dictionary<CitizenIdeaId, int>();

    /// <summary>Whether the voter has a stored ballot in the round.</summary>
    public bool HasVoted { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Display = await query.ReadAsync(RoundId, cancellationToken);
        if (Display is null && RoundId is not null)
        {
            return NotFound();
        }

        await LoadBallotAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostVoteAsync(CancellationToken cancellationToken)
    {
        if (!person.May(DemoPolicies.TakePart))
        {
            return person.IsSignedIn ? Forbid() : Challenge();
        }

        Display = await query.ReadAsync(RoundId, cancellationToken);
        if (Display is null)
        {
            return NotFound();
        }

        var voterId = await person.ResidentIdAsync();
        if (voterId is null)
        {
            return Forbid();
        }

        await LoadBallotAsync(cancellationToken);
        var round = Display.Round;
        var posted = BallotForm.Read(round, Approved, Points, ModelState);

        // What the voter ticked stays ticked if the ballot is refused.
        Ticked = posted.Ticked;
        ShownPoints = posted.ShownPoints;
        if (posted.Refusal is { } refusal)
        {
            ModelState.AddModelError(nameof(Approved), texts.T(refusal));
            return Page();
        }

        // The ballot's size, the points, the voter's area and age and the round being open are the round's rules.
        var result = await commands.RunAsync(commands.Get<CastBudgetBallotHandler>().HandleObservedAsync(
            new CastBudgetBallot(Display.City.Municipality.Id, round.Id, voterId.Value, posted.Approved, posted.Points),
            cancellationToken));
        if (result.IsFailure)
        {
            ModelState.Remove(nameof(Approved));
            ModelState.AddRefusal(result, texts, nameof(Approved), atFields: false);
            return Page();
        }

        Notice = texts.T("رأی شما ثبت شد؛ تا پایان رأی‌گیری می‌توانید آن را تغییر دهید.", "Your ballot is recorded; you can change it until voting closes.");
        return RedirectToPage("/Budgeting/Index", new { handler = (string?)null, round = RoundId });
    }

    private async Task LoadBallotAsync(CancellationToken cancellationToken)
    {
        if (Display is null || await person.ResidentIdAsync() is not { } resident)
        {
            return;
        }

        var ballot = await query.BallotOfAsync(Display.Round.Id, resident, cancellationToken);
        HasVoted = ballot is not null;
        if (ballot is not null)
        {
            Ticked = ballot.Approved.ToHashSet();
            ShownPoints = ballot.Points.Count == ballot.Approved.Count
                ? ballot.Approved.Zip(ballot.Points).ToDictionary(p => p.First, p => p.Second)
                : new Dictionary<CitizenIdeaId, int>();
        }
    }
}
