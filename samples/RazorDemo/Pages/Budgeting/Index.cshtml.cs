using Ardalis.Specification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Repositories;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Budgeting;

/// <summary>
/// The participatory budgeting round: residents approve the accepted ideas they want funded (changeable until voting
/// closes), and everyone sees the outcome under greedy and under the Method of Equal Shares, each project explained:
/// the final outcome once the round is closed, the results so far while it is open (when the charter shows them).
/// The page only reads the results the background worker stored (ADR 0031); it never computes them.
/// </summary>
public sealed class IndexModel(
    GovernanceDbContext db,
    DemoCommands commands,
    DemoCity city,
    CurrentPerson person,
    IBudgetingBallots ballots,
    IClock clock,
    Texts texts) : PageModel
{
    /// <summary>The idea ids the resident approves.</summary>
    [BindProperty]
    public List<Guid> Approved { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public BudgetingRound? Round { get; private set; }

    public CitySnapshot City { get; private set; } = null!;

    public LocalDate Today { get; private set; }

    public IReadOnlyList<CitizenIdeaId> MyBallot { get; private set; } = [];

    public BudgetingRoundOutcome? Outcome { get; private set; }

    /// <summary>What to say instead of, or above, the results: no ballots yet, hidden while voting, being counted.</summary>
    public ParticipatoryGovernance.Common.LocalizedText? ResultsNote { get; private set; }

    /// <summary>The ballots the shown results counted (0 before the first computation).</summary>
    public int BallotCount { get; private set; }

    public bool IsFinal { get; private set; }

    public bool IsOpenForVoting => Round is { IsClosed: false } r && Today >= r.VotingOpensOn && Today <= r.VotingClosesOn;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostVoteAsync(CancellationToken cancellationToken)
    {
        if (!person.May(DemoPolicies.TakePart))
        {
            return person.IsSignedIn ? Forbid() : Challenge();
        }

        await LoadAsync(cancellationToken);
        if (Round is null)
        {
            return NotFound();
        }

        var voterId = await person.ResidentIdAsync();
        if (voterId is null)
        {
            return Forbid();
        }

        // The ballot's size, the voter's neighbourhood and the round being open are the round's rules.
        var roundId = Round.Id;
        var result = await commands.Get<CastBudgetBallotHandler>().HandleAsync(
            new CastBudgetBallot(City.Municipality.Id, roundId, voterId.Value, [.. Approved.Select(id => new CitizenIdeaId(id))]),
            cancellationToken);
        if (result.IsFailure)
        {
            ModelState.AddRefusal(result, texts, nameof(Approved), atFields: false);
            return Page();
        }

        Notice = texts.T("رأی شما ثبت شد؛ تا پایان رأی‌گیری می‌توانید آن را تغییر دهید.", "Your ballot is recorded; you can change it until voting closes.");
        return RedirectToPage("/Budgeting/Index", new { handler = (string?)null });
    }

    public BudgetingRoundProject? ProjectOf(string projectId) => Round?.Projects.FirstOrDefault(p => p.ProjectId == projectId);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        Today = PersianDates.TodayInCity(clock);
        var all = await db.Set<BudgetingRound>().AsNoTracking().ToListAsync(cancellationToken);
        Round = all.OrderByDescending(r => r.VotingOpensOn).FirstOrDefault();
        if (Round is null)
        {
            return;
        }

        if (await person.ResidentIdAsync() is { } resident && await ballots.FindAsync(Round.Id, resident, cancellationToken) is { } ballot)
        {
            MyBallot = ballot.Approved;
        }

        IsFinal = Round.IsClosed;

        // Two reads, never a computation: the worker stores the outcome after the ballots change.
        var view = await commands.Get<ReadBudgetingResultsHandler>().HandleAsync(new ReadBudgetingResults(City.Municipality.Id, Round.Id), cancellationToken);
        if (view.IsSuccess)
        {
            Outcome = view.Value.Results?.Outcome;
            BallotCount = view.Value.Results?.Ballots ?? 0;
            ResultsNote = view.Value.Note;
        }
    }
}
