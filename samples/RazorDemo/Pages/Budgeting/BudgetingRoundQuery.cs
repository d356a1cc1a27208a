using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;
using RazorDemo.Data;

namespace RazorDemo.Pages.Budgeting;

/// <summary>
/// What the budgeting pages show of a round: the round itself (read without its ballots), how many ballots it has,
/// and its stored results as the library's <see cref="ReadBudgetingResults"/> hands them over. Nothing here computes
/// an outcome: a background worker does that after ballots change, and pages only read what it stored.
/// </summary>
public sealed class BudgetingRoundDisplay
{
    private readonly Dictionary<string, BudgetingRoundProject> _projects;

    public BudgetingRoundDisplay(CitySnapshot city, BudgetingRound round, LocalDate today, int ballots, BudgetingResultsView view)
    {
        City = city;
        Round = round;
        Today = today;
        Ballots = ballots;
        Shown = view.Shown;
        Results = view.Results;

        // A round nobody has voted in has nothing to count: say so rather than "being counted".
        Note = ballots == 0 && view.Shown ? ReadBudgetingResultsHandler.NoBallotsYet : view.Note;
        _projects = round.Projects.ToDictionary(p => p.ProjectId, StringComparer.Ordinal);
    }

    public CitySnapshot City { get; }

    public BudgetingRound Round { get; }

    public LocalDate Today { get; }

    /// <summary>The ballots stored so far (a count of rows, not a computation).</summary>
    public int Ballots { get; }

    /// <summary>Whether the charter lets results be shown today.</summary>
    public bool Shown { get; }

    /// <summary>The stored results, when shown and computed.</summary>
    public BudgetingRoundResults? Results { get; }

    /// <summary>What to say instead of, or above, the outcome: no ballots yet, hidden while voting, being counted.</summary>
    public LocalizedText? Note { get; }

    /// <summary>The outcome to show: stored, shown, and counting at least one ballot.</summary>
    public BudgetingRoundOutcome? Outcome => Shown && Ballots > 0 && Results is { Ballots: > 0 } r ? r.Outcome : null;

    /// <summary>Whether the stored outcome counts fewer ballots than are stored: the latest are still being counted.</summary>
    public bool IsBehind => Outcome is not null && Results!.Ballots != Ballots;

    public bool IsOpenForVoting => !Round.IsClosed && Today >= Round.VotingOpensOn && Today <= Round.VotingClosesOn;

    public bool IsCumulative => Round.BallotKind == BudgetingBallotKind.Cumulative;

    public BudgetingRoundProject? ProjectOf(string projectId) => _projects.GetValueOrDefault(projectId);

    public BudgetingRoundProject? ProjectOf(CitizenIdeaId idea) => Round.ProjectIndex(idea) is >= 0 and var i ? Round.Projects[i] : null;

    /// <summary>A project's title, or its id when it is not on the round (never expected).</summary>
    public string TitleOf(string projectId) => ProjectOf(projectId)?.Title ?? projectId;
}

/// <summary>
/// Reads a round for the budgeting pages: by id when the address names one, else the latest round of the city; then its
/// stored results through the library's <see cref="ReadBudgetingResultsHandler"/> and its ballot count.
/// </summary>
public sealed class BudgetingRoundQuery(GovernanceDbContext db, DemoCommands commands, DemoCity city, IBudgetingBallots ballots, IClock clock)
{
    /// <summary>The round to show, or null when the city has none (or none with that id).</summary>
    public async Task<BudgetingRoundDisplay?> ReadAsync(Guid? roundId, CancellationToken cancellationToken)
    {
        var snapshot = await city.GetAsync(cancellationToken);
        var round = await FindAsync(snapshot, roundId, cancellationToken);
        if (round is null)
        {
            return null;
        }

        var view = await commands.Get<ReadBudgetingResultsHandler>().HandleObservedAsync(new ReadBudgetingResults(snapshot.Municipality.Id, round.Id), cancellationToken);
        if (view.IsFailure)
        {
            return null;
        }

        var count = await ballots.CountAsync(round.Id, cancellationToken);
        return new BudgetingRoundDisplay(snapshot, view.Value.Round, PersianDates.TodayInCity(clock), count, view.Value);
    }

    /// <summary>The voter's own ballot in the round, or null.</summary>
    public Task<BudgetingRoundBallot?> BallotOfAsync(BudgetingRoundId round, ResidentId voter, CancellationToken cancellationToken) =>
        ballots.FindAsync(round, voter, cancellationToken);

    private async Task<BudgetingRound?> FindAsync(CitySnapshot snapshot, Guid? roundId, CancellationToken cancellationToken)
    {
        var rounds = db.Set<BudgetingRound>().AsNoTracking().Where(r => r.MunicipalityId == snapshot.Municipality.Id);
        if (roundId is { } id)
        {
            var wanted = new BudgetingRoundId(id);
            return await rounds.FirstOrDefaultAsync(r => r.Id == wanted, cancellationToken);
        }

        // A city has a handful of rounds; rounds are read without their ballots, so listing them is cheap. The latest opened wins.
        var all = await rounds.ToListAsync(cancellationToken);
        return all.OrderByDescending(r => r.VotingOpensOn).ThenByDescending(r => r.Id.Value).FirstOrDefault();
    }
}
