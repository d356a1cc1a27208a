using Ardalis.Specification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.UseCases;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Residents;
using RazorDemo.Dashboard;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Ideas;

/// <summary>
/// One idea: its text, its timeline, its support, and what the reader may do with it: residents endorse and report,
/// staff review, moderators restore or remove. Each action is a form (POST, antiforgery) that the library decides.
/// </summary>
public sealed class DetailsModel(
    IReadRepositoryBase<CitizenIdea> ideas,
    DemoCommands commands,
    IReadRepositoryBase<Resident> residents,
    DemoCity city,
    CurrentPerson person,
    IClock clock,
    Texts texts) : PageModel
{
    public CitizenIdea Idea { get; private set; } = null!;

    public CitySnapshot City { get; private set; } = null!;

    public ResidentPublicProfile? Proposer { get; private set; }

    public ResidentId? Reader { get; private set; }

    /// <summary>Why the idea was reported, or the answer/reason a staff member or moderator gives.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostEndorseAsync(Guid id, CancellationToken cancellationToken) =>
        AsResidentAsync(id, (city, idea, resident) => commands.Get<EndorseIdeaHandler>().HandleAsync(new EndorseIdea(city, idea, resident), cancellationToken), texts.T("حمایت شما ثبت شد.", "Your endorsement is recorded."), cancellationToken);

    public Task<IActionResult> OnPostWithdrawEndorsementAsync(Guid id, CancellationToken cancellationToken) =>
        AsResidentAsync(id, (city, idea, resident) => commands.Get<WithdrawIdeaEndorsementHandler>().HandleAsync(new WithdrawIdeaEndorsement(city, idea, resident), cancellationToken), texts.T("حمایت شما پس گرفته شد.", "Your endorsement is withdrawn."), cancellationToken);

    public Task<IActionResult> OnPostReportAsync(Guid id, CancellationToken cancellationToken) =>
        AsResidentAsync(id, (city, idea, resident) => commands.Get<ReportIdeaHandler>().HandleAsync(new ReportIdea(city, idea, resident, Reason), cancellationToken), texts.T("گزارش شما به ناظران رسید.", "Your report has reached the moderators."), cancellationToken);

    public Task<IActionResult> OnPostStartReviewAsync(Guid id, CancellationToken cancellationToken) =>
        AsOfficialAsync(id, DemoPolicies.Review, (city, idea, official) => commands.Get<StartIdeaReviewHandler>().HandleAsync(new StartIdeaReview(city, idea, official, Reason), cancellationToken), texts.T("بررسی ایده آغاز شد.", "The review has started."), cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken) =>
        AsOfficialAsync(id, DemoPolicies.Review, (city, idea, official) => commands.Get<AcceptIdeaHandler>().HandleAsync(new AcceptIdea(city, idea, official, Reason), cancellationToken), texts.T("ایده پذیرفته شد.", "The idea is accepted."), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken cancellationToken) =>
        AsOfficialAsync(id, DemoPolicies.Review, (city, idea, official) => commands.Get<RejectIdeaHandler>().HandleAsync(new RejectIdea(city, idea, official, Reason), cancellationToken), texts.T("ایده رد شد و پاسخ برای پیشنهاددهنده ثبت شد.", "The idea is rejected; the answer is recorded for its proposer."), cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken) =>
        AsOfficialAsync(id, DemoPolicies.Moderate, (city, idea, official) => commands.Get<RestoreIdeaHandler>().HandleAsync(new RestoreIdea(city, idea, official, Reason), cancellationToken), texts.T("ایده دوباره نمایش داده می‌شود.", "The idea is shown again."), cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken) =>
        AsOfficialAsync(id, DemoPolicies.Moderate, (city, idea, official) => commands.Get<RemoveIdeaHandler>().HandleAsync(new RemoveIdea(city, idea, official, Reason), cancellationToken), texts.T("ایده برداشته شد.", "The idea is removed."), cancellationToken);

    private async Task<IActionResult> AsResidentAsync(Guid id, Func<MunicipalityId, CitizenIdeaId, ResidentId, Task<Result<Changed>>> act, string done, CancellationToken cancellationToken)
    {
        if (!person.May(DemoPolicies.TakePart))
        {
            return person.IsSignedIn ? Forbid() : Challenge();
        }

        var resident = await person.ResidentIdAsync();
        if (resident is null)
        {
            return Forbid();
        }

        return await ActAsync(id, (city, idea) => act(city, idea, resident.Value), done, cancellationToken);
    }

    private async Task<IActionResult> AsOfficialAsync(Guid id, string policy, Func<MunicipalityId, CitizenIdeaId, MunicipalOfficial, Task<Result<Changed>>> act, string done, CancellationToken cancellationToken)
    {
        if (!person.May(policy))
        {
            return person.IsSignedIn ? Forbid() : Challenge();
        }

        var official = (await person.OfficialAsync())!;
        return await ActAsync(id, (city, idea) => act(city, idea, official), done, cancellationToken);
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<MunicipalityId, CitizenIdeaId, Task<Result<Changed>>> act, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = await commands.RunAsync(act(City.Municipality.Id, Idea.Id));
        if (result.IsFailure)
        {
            // The refusal is shown next to the answer box, which keeps what was typed.
            ModelState.AddRefusal(result, texts);
            return Page();
        }

        Notice = done;
        return RedirectToPage("/Ideas/Details", new { id, handler = (string?)null });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var idea = await ideas.FirstOrDefaultAsync(new CitizenIdeaByIdSpec(new CitizenIdeaId(id)), cancellationToken);

        // Hidden and removed ideas are for moderators (and staff) only; to everyone else they do not exist.
        City = await city.GetAsync(cancellationToken);
        if (idea is null || idea.MunicipalityId != City.Municipality.Id || (idea.Visibility != IdeaVisibility.Visible && !person.May(DemoPolicies.Moderate) && !person.May(DemoPolicies.Review)))
        {
            return false;
        }

        Idea = idea;
        Reader = await person.ResidentIdAsync();
        var proposer = await residents.GetByIdAsync(idea.ProposerId, cancellationToken);
        Proposer = proposer?.ToPublicProfile(PersianDates.TodayInCity(clock), City.Charter.AgeOfMajority);
        Timeline = BuildTimeline(idea);
        return true;
    }

    private List<TimelineEntry> BuildTimeline(CitizenIdea idea)
    {
        var entries = new List<TimelineEntry>
        {
            new(idea.SubmittedAt, "submitted", texts.T("ثبت شد", "Submitted"), null, Who(Actor.Resident(idea.ProposerId))),
        };
        entries.AddRange(idea.Transitions.Select(t => new TimelineEntry(
            t.At,
            "status",
            texts.T($"{texts.Title(IdeaStatuses.NameOf(t.From))} ← {texts.Title(IdeaStatuses.NameOf(t.To))}", $"{texts.Title(IdeaStatuses.NameOf(t.From))} → {texts.Title(IdeaStatuses.NameOf(t.To))}"),
            t.Reason,
            Who(t.By))));
        entries.AddRange(idea.Milestones.Select(m => new TimelineEntry(
            m.RecordedAt,
            "milestone",
            texts.T($"پیشرفت {texts.N(m.ProgressPercent)}٪ در {texts.ShortDate(m.ReachedOn)}", $"{m.ProgressPercent}% done on {texts.ShortDate(m.ReachedOn)}"),
            m.Description,
            Who(m.RecordedBy))));
        entries.AddRange(idea.VisibilityChanges.Select(v => new TimelineEntry(
            v.At,
            "visibility",
            texts.T(VisibilityName(v.To)),
            v.Reason,
            Who(v.By))));
        return entries.OrderBy(e => e.At).ToList();
    }

    private string Who(Actor actor) => actor.Kind switch
    {
        ActorKind.Official => actor.OfficialName ?? texts.T("کارشناس شهرداری", "Municipal staff"),
        ActorKind.Charter => texts.T("قاعدهٔ منشور", "The charter's rule"),
        _ when actor.ResidentId == Idea?.ProposerId => texts.T("پیشنهاددهنده", "The proposer"),
        _ => texts.T("یک شهروند", "A resident"),
    };

    public static LocalizedText VisibilityName(IdeaVisibility visibility) => visibility switch
    {
        IdeaVisibility.Visible => new("دوباره نمایان شد", "Shown again"),
        IdeaVisibility.Hidden => new("پس از گزارش‌ها پنهان شد", "Hidden after reports"),
        IdeaVisibility.Removed => new("برداشته شد", "Removed"),
        _ => throw new ArgumentOutOfRangeException(nameof(visibility), visibility, "Not a defined visibility."),
    };
}

/// <summary>One line of an idea's timeline.</summary>
public sealed record TimelineEntry(Instant At, string Kind, string What, string? Text, string Who);
