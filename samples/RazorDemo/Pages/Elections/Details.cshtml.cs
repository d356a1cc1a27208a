using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.UseCases;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Elections;

/// <summary>
/// One youth-mayor election: its candidates and poll; while the poll is open, the ballot a young resident of the
/// neighbourhood casts (a first and an optional second preference) through the library's
/// <see cref="CastYouthMayorBallot"/>, which decides who may vote; once counted, the supplementary vote round by round:
/// the first preferences, the candidates eliminated, the second preferences transferred, the ballots exhausted and the
/// winner, as a table with bars (the table is the bars' text).
/// </summary>
public sealed class DetailsModel(GovernanceDbContext context, DemoCity city, DemoCommands commands, CurrentPerson person, IClock clock, Texts texts) : PageModel
{
    /// <summary>The candidate marked first: a candidate's resident id.</summary>
    [BindProperty]
    public Guid? FirstPreference { get; set; }

    /// <summary>The candidate marked second, or none.</summary>
    [BindProperty]
    public Guid? SecondPreference { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public CitySnapshot City { get; private set; } = null!;

    public YouthMayorElection Election { get; private set; } = null!;

    public LocalDate Today { get; private set; }

    public ElectionState State { get; private set; }

    /// <summary>The count round by round, once the ballots are counted.</summary>
    public SupplementaryVoteResult? Result { get; private set; }

    public IReadOnlyDictionary<ResidentId, ResidentPublicProfile> Candidates { get; private set; } = new Dictionary<ResidentId, ResidentPublicProfile>();

    /// <summary>Whether the signed-in resident has voted in this election.</summary>
    public bool HasVoted { get; private set; }

    public IEnumerable<string> Refusals =>
        ModelState.TryGetValue(string.Empty, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public string NameOf(ResidentId id) => Candidates.TryGetValue(id, out var p) ? p.DisplayName : "—";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVoteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!person.May(DemoPolicies.TakePart))
        {
            return person.IsSignedIn ? Forbid() : Challenge();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (await person.ResidentIdAsync() is not { } voter)
        {
            return Forbid();
        }

        // Translating the form only: which candidates were marked. Who may vote, when, and whether the marks are
        // candidates are the election's rules.
        if (FirstPreference is not { } first || first == Guid.Empty)
        {
            ModelState.AddModelError(nameof(FirstPreference), texts.T("گزینهٔ نخست خود را برگزینید.", "Choose your first preference."));
            return Page();
        }

        ResidentId? second = SecondPreference is { } s && s != Guid.Empty ? new ResidentId(s) : null;
        var result = await commands.RunAsync(commands.Get<CastYouthMayorBallotHandler>().HandleObservedAsync(
            new CastYouthMayorBallot(City.Municipality.Id, Election.Id, voter, new ResidentId(first), second),
            cancellationToken));
        if (result.IsFailure)
        {
            ModelState.AddRefusal(result, texts);
            return Page();
        }

        Notice = texts.T("رأی شما ثبت شد. رأی مخفی است: تنها ثبت می‌شود که رأی داده‌اید، نه به چه کسی.", "Your ballot is recorded. The ballot is secret: only that you voted is recorded, not for whom.");
        return RedirectToPage("/Elections/Details", new { id, handler = (string?)null });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        if (await ElectionRecords.FindAsync(context, City, id, cancellationToken) is not { } election)
        {
            return false;
        }

        Election = election;
        Today = PersianDates.TodayInCity(clock);
        State = ElectionRecords.StateOf(election, Today);
        Result = election.ResultOfCount();
        Candidates = await ElectionRecords.ProfilesAsync(context, election.Candidates.Select(c => c.ResidentId), City, Today, cancellationToken);
        HasVoted = await person.ResidentIdAsync() is { } reader && election.HasVoted(reader);
        return true;
    }
}
