using Ardalis.Specification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Ideas;

/// <summary>
/// One idea: its text, its timeline, its support, how far carrying it out has come, and what the reader may do with it:
/// residents endorse and report, the proposer withdraws or resubmits, staff review and record implementation,
/// moderators restore or remove. Each act is a form (POST, antiforgery) that the library decides, offered only while
/// the idea's state allows it (<see cref="CitizenIdea.Allows"/>); a refused act is shown next to its form, which keeps
/// what was typed.
/// </summary>
public sealed class DetailsModel(
    IReadRepositoryBase<CitizenIdea> ideas,
    DemoCommands commands,
    IReadRepositoryBase<Resident> residents,
    DemoCity city,
    CurrentPerson person,
    IClock clock,
    Texts texts,
    ParticipatoryGovernance.Translation.ITranslationLookup translations,
    ParticipatoryGovernance.Channels.IIdeaNumbers numbers) : PageModel
{
    /// <summary>The acts of the answer box, in the order they are offered, with the policy each needs.</summary>
    public static readonly IReadOnlyList<(IdeaAct Act, string Handler, string Policy)> AnswerActs =
    [
        (IdeaAct.StartReview, "StartReview", DemoPolicies.Review),
        (IdeaAct.Accept, "Accept", DemoPolicies.Review),
        (IdeaAct.Reject, "Reject", DemoPolicies.Review),
        (IdeaAct.StartImplementation, "StartImplementation", DemoPolicies.Review),
        (IdeaAct.Implement, "Implement", DemoPolicies.Review),
        (IdeaAct.Restore, "Restore", DemoPolicies.Moderate),
        (IdeaAct.Remove, "Remove", DemoPolicies.Moderate),
    ];

    public CitizenIdea Idea { get; private set; } = null!;

    public CitySnapshot City { get; private set; } = null!;

    public ResidentPublicProfile? Proposer { get; private set; }

    public ResidentId? Reader { get; private set; }

    /// <summary>The form that was posted and refused (its handler), whose fields show the refusal and keep what was typed.</summary>
    public string? Posted { get; private set; }

    /// <summary>Why the idea was reported or withdrawn, or the answer a staff member or moderator gives.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The progress after a milestone, 0–100, as typed (Persian or Latin digits).</summary>
    [BindProperty]
    public string? Percent { get; set; }

    /// <summary>The Solar Hijri date the milestone was reached, as typed.</summary>
    [BindProperty]
    public string? ReachedOn { get; set; }

    /// <summary>What was done by the milestone; or, in the resubmission form, the new description.</summary>
    [BindProperty]
    public string? Description { get; set; }

    /// <summary>The resident recorded as carrying out the idea, as the list sends it.</summary>
    [BindProperty]
    public string? Implementer { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Field { get; set; }

    /// <summary>The neighbourhood's number, or empty for the whole city.</summary>
    [BindProperty]
    public string? Neighbourhood { get; set; }

    [BindProperty]
    public string? EstimatedCost { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    /// <summary>The names of the residents recorded as carrying out the idea, in the order recorded.</summary>
    public IReadOnlyList<ResidentPublicProfile> Implementers { get; private set; } = [];

    /// <summary>Whom staff may record as carrying out the idea: its proposer and supporters not yet recorded.</summary>
    public IReadOnlyList<ResidentPublicProfile> ImplementerCandidates { get; private set; } = [];

    /// <summary>Today in the city, as the milestone form offers it.</summary>
    public LocalDate Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostEndorseAsync(Guid id, CancellationToken cancellationToken) =>
        AsResidentAsync(id, "Endorse", (city, idea, resident) => commands.Get<EndorseIdeaHandler>().HandleObservedAsync(new EndorseIdea(city, idea, resident), cancellationToken), texts.T("حمایت شما ثبت شد.", "Your endorsement is recorded."), cancellationToken);

    public Task<IActionResult> OnPostWithdrawEndorsementAsync(Guid id, CancellationToken cancellationToken) =>
        AsResidentAsync(id, "WithdrawEndorsement", (city, idea, resident) => commands.Get<WithdrawIdeaEndorsementHandler>().HandleObservedAsync(new WithdrawIdeaEndorsement(city, idea, resident), cancellationToken), texts.T("حمایت شما پس گرفته شد.", "Your endorsement is withdrawn."), cancellationToken);

    public Task<IActionResult> OnPostReportAsync(Guid id, CancellationToken cancellationToken) =>
        AsResidentAsync(id, "Report", (city, idea, resident) => commands.Get<ReportIdeaHandler>().HandleObservedAsync(new ReportIdea(city, idea, resident, Reason), cancellationToken), texts.T("گزارش شما به ناظران رسید.", "Your report has reached the moderators."), cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken cancellationToken) =>
        AsResidentAsync(id, "Withdraw", (city, idea, resident) => commands.Get<WithdrawIdeaHandler>().HandleObservedAsync(new WithdrawIdea(city, idea, resident, Reason), cancellationToken), texts.T("ایدهٔ شما پس گرفته شد.", "Your idea is withdrawn."), cancellationToken);

    public async Task<IActionResult> OnPostResubmitAsync(Guid id, CancellationToken cancellationToken)
    {
        Posted = "Resubmit";
        if (await ResidentOrRefusalAsync() is not { } resident)
        {
            return person.IsSignedIn ? Forbid() : Challenge();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // Only the translation of what the form sends; every rule of the draft and of resubmission is the library's.
        var neighbourhood = ReadNeighbourhood();
        var cost = ReadCost();
        var result = await commands.RunAsync(commands.Get<ResubmitIdeaHandler>().HandleObservedAsync(
            new ResubmitIdea(City.Municipality.Id, Idea.Id, resident, Title, Description, Field, neighbourhood, cost), cancellationToken));
        if (result.IsFailure || !ModelState.IsValid)
        {
            ModelState.AddRefusal(result, texts);
            return Page();
        }

        Notice = texts.T("نسخهٔ تازهٔ ایدهٔ شما ثبت شد.", "The new version of your idea is submitted.");
        return RedirectToPage("/Ideas/Details", new { id = result.Value.Id.Value, handler = (string?)null });
    }

    public Task<IActionResult> OnPostStartReviewAsync(Guid id, CancellationToken cancellationToken) =>
        AsOfficialAsync(id, "StartReview", DemoPolicies.Review, (city, idea, official) => commands.Get<StartIdeaReviewHandler>().HandleObservedAsync(new StartIdeaReview(city, idea, official, Reason), cancellationToken), texts.T("بررسی ایده آغاز شد.", "The review has started."), cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken) =>
        AsOfficialAsync(id, "Accept", DemoPolicies.Review, (city, idea, official) => commands.Get<AcceptIdeaHandler>().HandleObservedAsync(new AcceptIdea(city, idea, official, Reason), cancellationToken), texts.T("ایده پذیرفته شد.", "The idea is accepted."), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken cancellationToken) =>
        AsOfficialAsync(id, "Reject", DemoPolicies.Review, (city, idea, official) => commands.Get<RejectIdeaHandler>().HandleObservedAsync(new RejectIdea(city, idea, official, Reason), cancellationToken), texts.T("ایده رد شد و پاسخ برای پیشنهاددهنده ثبت شد.", "The idea is rejected; the answer is recorded for its proposer."), cancellationToken);

    public Task<IActionResult> OnPostStartImplementationAsync(Guid id, CancellationToken cancellationToken) =>
        AsOfficialAsync(id, "StartImplementation", DemoPolicies.Review, (city, idea, official) => commands.Get<StartIdeaImplementationHandler>().HandleObservedAsync(new StartIdeaImplementation(city, idea, official, Reason), cancellationToken), texts.T("اجرای ایده آغاز شد.", "Carrying out the idea has started."), cancellationToken);

    public Task<IActionResult> OnPostImplementAsync(Guid id, CancellationToken cancellationToken) =>
        AsOfficialAsync(id, "Implement", DemoPolicies.Review, (city, idea, official) => commands.Get<MarkIdeaImplementedHandler>().HandleObservedAsync(new MarkIdeaImplemented(city, idea, official, Reason), cancellationToken), texts.T("اجرای ایده پایان یافت.", "The idea is recorded as implemented."), cancellationToken);

    public Task<IActionResult> OnPostProgressAsync(Guid id, CancellationToken cancellationToken)
    {
        // The form's translation only: digits to a number, a Solar Hijri date to a date. The range, the dates allowed and
        // the description are the library's to check.
        var percent = DemoInput.Number(Percent);
        if (percent is null)
        {
            ModelState.AddModelError(nameof(Percent), texts.T("پیشرفت را با یک عدد درست از ۰ تا ۱۰۰ بنویسید.", "Write the progress as a whole number from 0 to 100."));
        }

        LocalDate reachedOn = default;
        if (string.IsNullOrWhiteSpace(ReachedOn) || ReachedOn.Length > 64)
        {
            ModelState.AddModelError(nameof(ReachedOn), texts.T("تاریخ رسیدن به این گام را بنویسید، مانند ۱۴۰۳/۰۲/۰۹.", "Write the date this step was reached, such as 1403/02/09."));
        }
        else if (!PersianDates.TryParse(ReachedOn, out reachedOn, out var error))
        {
            ModelState.AddModelError(nameof(ReachedOn), texts.T(error!));
        }

        return AsOfficialAsync(
            id,
            "Progress",
            DemoPolicies.Review,
            (city, idea, official) => commands.Get<RecordIdeaProgressHandler>().HandleObservedAsync(new RecordIdeaProgress(city, idea, official, percent!.Value, reachedOn, Description), cancellationToken),
            texts.T("پیشرفت اجرا ثبت شد.", "The progress is recorded."),
            cancellationToken,
            skipWhenInvalid: true);
    }

    public Task<IActionResult> OnPostImplementerAsync(Guid id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Implementer) || !Guid.TryParse(Implementer, out var residentGuid) || residentGuid == Guid.Empty)
        {
            ModelState.AddModelError(nameof(Implementer), texts.T("شهروندی را از فهرست برگزینید.", "Choose a resident from the list."));
        }

        return AsOfficialAsync(
            id,
            "Implementer",
            DemoPolicies.Review,
            (city, idea, official) => commands.Get<RecordIdeaImplementerHandler>().HandleObservedAsync(new RecordIdeaImplementer(city, idea, official, new ResidentId(Guid.Parse(Implementer!))), cancellationToken),
            texts.T("مجری ایده ثبت شد.", "The resident is recorded as carrying out the idea."),
            cancellationToken,
            skipWhenInvalid: true);
    }

    public Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken) =>
        AsOfficialAsync(id, "Restore", DemoPolicies.Moderate, (city, idea, official) => commands.Get<RestoreIdeaHandler>().HandleObservedAsync(new RestoreIdea(city, idea, official, Reason), cancellationToken), texts.T("ایده دوباره نمایش داده می‌شود.", "The idea is shown again."), cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken) =>
        AsOfficialAsync(id, "Remove", DemoPolicies.Moderate, (city, idea, official) => commands.Get<RemoveIdeaHandler>().HandleObservedAsync(new RemoveIdea(city, idea, official, Reason), cancellationToken), texts.T("ایده برداشته شد.", "The idea is removed."), cancellationToken);

    /// <summary>The first error of a field of the form that was posted; other forms on the page show none.</summary>
    public string? ErrorOf(string form, string field) =>
        Posted == form ? ViewData.ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage : null;

    /// <summary>What was typed in a field of the form that was posted; other forms start empty.</summary>
    public string? Kept(string form, string? value) => Posted == form ? value : null;

    private async Task<ResidentId?> ResidentOrRefusalAsync() =>
        person.May(DemoPolicies.TakePart) ? await person.ResidentIdAsync() : null;

    private async Task<IActionResult> AsResidentAsync(Guid id, string form, Func<MunicipalityId, CitizenIdeaId, ResidentId, Task<Result<Changed>>> act, string done, CancellationToken cancellationToken)
    {
        Posted = form;
        if (await ResidentOrRefusalAsync() is not { } resident)
        {
            return person.IsSignedIn ? Forbid() : Challenge();
        }

        return await ActAsync(id, (city, idea) => act(city, idea, resident), done, false, cancellationToken);
    }

    private async Task<IActionResult> AsOfficialAsync(Guid id, string form, string policy, Func<MunicipalityId, CitizenIdeaId, MunicipalOfficial, Task<Result<Changed>>> act, string done, CancellationToken cancellationToken, bool skipWhenInvalid = false)
    {
        Posted = form;
        if (!person.May(policy))
        {
            return person.IsSignedIn ? Forbid() : Challenge();
        }

        var official = (await person.OfficialAsync())!;
        return await ActAsync(id, (city, idea) => act(city, idea, official), done, skipWhenInvalid, cancellationToken);
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<MunicipalityId, CitizenIdeaId, Task<Result<Changed>>> act, string done, bool skipWhenInvalid, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // A field the page could not read is explained already; the act is not attempted without it.
        if (skipWhenInvalid && !ModelState.IsValid)
        {
            return Page();
        }

        var result = await commands.RunAsync(act(City.Municipality.Id, Idea.Id));
        if (result.IsFailure)
        {
            // The refusal is shown next to the form's field it names, or above the forms; the form keeps what was typed.
            ModelState.AddRefusal(result, texts);
            return Page();
        }

        Notice = done;
        return RedirectToPage("/Ideas/Details", new { id, handler = (string?)null });
    }

    private ParticipatoryGovernance.Neighbourhoods.NeighbourhoodId? ReadNeighbourhood()
    {
        if (string.IsNullOrWhiteSpace(Neighbourhood))
        {
            return null;
        }

        var found = City.ByNumber(Neighbourhood)?.Id;
        if (found is null)
        {
            ModelState.AddModelError(nameof(Neighbourhood), texts.T("محله‌ای از فهرست برگزینید، یا «کل شهر».", "Choose a neighbourhood from the list, or 'City-wide'."));
        }

        return found;
    }

    private long? ReadCost()
    {
        if (string.IsNullOrWhiteSpace(EstimatedCost))
        {
            return null;
        }

        var cost = DemoInput.Amount(EstimatedCost);
        if (cost is null)
        {
            ModelState.AddModelError(nameof(EstimatedCost), texts.T("هزینه را به ریال و فقط با رقم بنویسید، مثلاً ۵۰۰۰۰۰۰۰؛ یا خالی بگذارید.", "Write the cost in rials, digits only, e.g. 50000000; or leave it empty."));
        }

        return cost;
    }

    /// <summary>The idea's short number for the phone channels; none for a hidden idea or an older version.</summary>
    public int? PhoneNumber { get; private set; }

    /// <summary>The title in the reader's language, when the city translates and the idea was written in another.</summary>
    public ParticipatoryGovernance.Translation.TextTranslation? TitleTranslation { get; private set; }

    /// <summary>The description in the reader's language, when the city translates and the idea was written in another.</summary>
    public ParticipatoryGovernance.Translation.TextTranslation? DescriptionTranslation { get; private set; }

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
        Today = PersianDates.TodayInCity(clock);
        var names = new List<ResidentId> { idea.ProposerId };
        names.AddRange(idea.Implementers.Select(i => i.ResidentId));
        var mayRecordImplementer = person.May(DemoPolicies.Review) && idea.Allows(IdeaAct.RecordImplementer);
        if (mayRecordImplementer)
        {
            names.AddRange(idea.Endorsements.Select(e => e.ResidentId).Take(ResidentsByIdsSpec.Limit - 1 - idea.Implementers.Count));
        }

        var profiles = (await residents.ListAsync(new ResidentsByIdsSpec(names.Distinct().ToList()), cancellationToken))
            .ToDictionary(r => r.Id, r => r.ToPublicProfile(Today, City.Charter.AgeOfMajority));
        Proposer = profiles.GetValueOrDefault(idea.ProposerId);

        // The short number residents type on a phone (USSD, SMS) to endorse the idea or ask its status; given the first
        // time it is asked for and never changed, so the cached page keeps showing the same one.
        PhoneNumber = idea.Visibility == IdeaVisibility.Visible && idea.NextVersionId is null
            ? await numbers.NumberOfAsync(idea.MunicipalityId, idea.Id, cancellationToken)
            : null;

        // Stored when the idea was written, if the city translates (ITranslator); a page view only reads.
        var translated = await translations.FindAsync([idea.Title, idea.Description], texts.Language, cancellationToken);
        TitleTranslation = translated.GetValueOrDefault(idea.Title);
        DescriptionTranslation = translated.GetValueOrDefault(idea.Description);
        Implementers = idea.Implementers.Select(i => profiles.GetValueOrDefault(i.ResidentId)).OfType<ResidentPublicProfile>().ToList();
        if (mayRecordImplementer)
        {
            ImplementerCandidates = profiles.Values
                .Where(p => !idea.Implementers.Any(i => i.ResidentId == p.Id))
                .OrderBy(p => p.Id != idea.ProposerId)
                .ThenBy(p => p.DisplayName, StringComparer.Ordinal)
                .ToList();
        }

        if (Posted != "Resubmit")
        {
            Title = idea.Title;
            Field = idea.FieldKey;
            Neighbourhood = City.Find(idea.NeighbourhoodId)?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            EstimatedCost = idea.EstimatedCost?.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

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
            IdeaTexts.Reason(texts, t.By, t.Reason),
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
            texts.T(IdeaTexts.VisibilityName(v.To)),
            IdeaTexts.Reason(texts, v.By, v.Reason),
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

    public static LocalizedText VisibilityName(IdeaVisibility visibility) => IdeaTexts.VisibilityName(visibility);
}

/// <summary>One line of an idea's timeline.</summary>
public sealed record TimelineEntry(Instant At, string Kind, string What, string? Text, string Who);
