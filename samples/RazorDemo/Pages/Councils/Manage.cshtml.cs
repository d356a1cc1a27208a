using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Councils.UseCases;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.UseCases;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Residents;
using RazorDemo.Dashboard;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Councils;

/// <summary>Municipal staff appoint residents to a council's vacant seats and record resignations.</summary>
[Authorize(Policy = DemoPolicies.Review)]
public sealed class ManageModel(GovernanceDbContext db, DemoCommands commands, DemoCity city, IClock clock, Texts texts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "council")]
    public Guid? CouncilId { get; set; }

    [BindProperty]
    public Guid? ResidentId { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The resignation's date as typed: Solar Hijri, Persian or Latin digits (such as ۱۴۰۵/۰۹/۰۱).</summary>
    [BindProperty]
    public string? ResignedOn { get; set; }

    /// <summary>Set by the confirmation form: without it, recording a resignation first asks for confirmation and a date.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>The member whose resignation is being confirmed, from the member's button or a <c>?resign=</c> link.</summary>
    [BindProperty(SupportsGet = true, Name = "resign")]
    public Guid? ResignId { get; set; }

    /// <summary>The member the confirmation is for, when the page asks for one.</summary>
    public CouncilMembership? Resigning { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public CitySnapshot City { get; private set; } = null!;

    public IReadOnlyList<Council> Councils { get; private set; } = [];

    public Council? Council { get; private set; }

    public LocalDate Today { get; private set; }

    public IReadOnlyDictionary<ResidentId, ResidentPublicProfile> Members { get; private set; } = new Dictionary<ResidentId, ResidentPublicProfile>();

    /// <summary>Who may be appointed: the neighbourhood's residents the charter allows (active citizens; women for a women's council) not already on it.</summary>
    public IReadOnlyList<ResidentPublicProfile> Candidates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (ResignId is { } id)
        {
            Confirm(id);
        }
    }

    public async Task<IActionResult> OnPostAppointAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // Translating the form only: which role and whom were chosen. Whether they may sit is the council's rule.
        var role = Enum.TryParse<CouncilRole>(Role, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : (CouncilRole?)null;
        if (role is null)
        {
            ModelState.AddModelError(nameof(Role), texts.T("نقش عضو را برگزینید.", "Choose the member's role."));
        }

        if (ResidentId is null)
        {
            ModelState.AddModelError(nameof(ResidentId), texts.T("ساکنی را از فهرست برگزینید.", "Choose a resident from the list."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await commands.RunAsync(commands.Get<AppointCouncilMemberHandler>().HandleObservedAsync(
            new AppointCouncilMember(City.Municipality.Id, Council!.Id, new ParticipatoryGovernance.Residents.ResidentId(ResidentId!.Value), role!.Value, Today),
            cancellationToken));
        return await DoneAsync(result, texts.T("عضو تازه منصوب شد.", "The new member is appointed."), cancellationToken);
    }

    public async Task<IActionResult> OnPostResignAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if ((ResidentId ?? ResignId) is not { } id)
        {
            ModelState.AddModelError(nameof(ResidentId), texts.T("عضوی را برگزینید.", "Choose a member."));
            return Page();
        }

        // The member's button only asks: the resignation is recorded from the confirmation, with its date.
        if (!Confirmed)
        {
            Confirm(id);
            return Page();
        }

        Confirm(id, keepTyped: true);
        if (Resigning is null)
        {
            return Page();
        }

        // Translating the form only: the typed date into a date. Whether the member may resign that day is the council's rule.
        LocalDate? on = null;
        if (string.IsNullOrWhiteSpace(ResignedOn))
        {
            ModelState.AddModelError(nameof(ResignedOn), texts.T("تاریخ کناره‌گیری را بنویسید، مانند ۱۴۰۵/۰۹/۰۱.", "Enter the date of the resignation, such as 1405/09/01."));
        }
        else if (!PersianDates.TryParse(ResignedOn, out var parsed, out var error))
        {
            ModelState.AddModelError(nameof(ResignedOn), texts.T(error!));
        }
        else
        {
            on = parsed;
        }

        if (on is null)
        {
            return Page();
        }

        var result = await commands.RunAsync(commands.Get<ResignFromCouncilHandler>().HandleObservedAsync(
            new ResignFromCouncil(City.Municipality.Id, Council!.Id, new ParticipatoryGovernance.Residents.ResidentId(id), on.Value, Reason),
            cancellationToken));
        if (result.IsFailure)
        {
            // A refusal about the date goes next to the date; the rest above the form. What was typed stays.
            foreach (var violation in result.Violations)
            {
                ModelState.AddModelError(violation.Field is nameof(ResignFromCouncil.On) ? nameof(ResignedOn) : violation.Field == nameof(ResignFromCouncil.Note) ? nameof(Reason) : string.Empty, texts.T(violation.Message));
            }

            await LoadAsync(cancellationToken);
            Confirm(id, keepTyped: true);
            return Page();
        }

        Notice = texts.T("کناره‌گیری ثبت شد و کرسی خالی است.", "The resignation is recorded; the seat is vacant.");
        return RedirectToPage("/Councils/Manage", new { council = Council!.Id.Value, handler = (string?)null });
    }

    /// <summary>Asks for confirmation of a current member's resignation, with today's date offered; another id is refused.</summary>
    private void Confirm(Guid id, bool keepTyped = false)
    {
        Resigning = Council?.CurrentMembers.FirstOrDefault(m => m.ResidentId.Value == id);
        if (Resigning is null)
        {
            ModelState.AddModelError(string.Empty, texts.T("این شخص اکنون عضو این شورا نیست.", "This person is not a current member of this council."));
            return;
        }

        ResignId = id;
        if (!keepTyped)
        {
            ResignedOn = texts.InputDate(Today);
            ModelState.Remove(nameof(ResignedOn));
        }
    }

    private async Task<IActionResult> DoneAsync(Result<Changed> result, string done, CancellationToken cancellationToken)
    {
        if (result.IsFailure)
        {
            ModelState.AddRefusal(result, texts);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = done;
        return RedirectToPage("/Councils/Manage", new { council = Council!.Id.Value, handler = (string?)null });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        Today = PersianDates.TodayInCity(clock);
        var councils = await db.Set<Council>().AsNoTracking().Where(c => c.MunicipalityId == City.Municipality.Id).ToListAsync(cancellationToken);
        Councils = councils.OrderBy(c => City.Find(c.NeighbourhoodId)?.Number ?? int.MaxValue).ThenBy(c => c.Kind).ToList();
        if (CouncilId is null)
        {
            return true;
        }

        Council = Councils.FirstOrDefault(c => c.Id.Value == CouncilId);
        if (Council is null)
        {
            return false;
        }

        var neighbourhoodId = Council.NeighbourhoodId;
        var memberIds = Council.CurrentMembers.Select(m => m.ResidentId).ToList();
        var residents = await db.Set<Resident>().AsNoTracking()
            .Where(r => memberIds.Contains(r.Id) || (r.NeighbourhoodId == neighbourhoodId && r.IsActiveCitizen))
            .ToListAsync(cancellationToken);
        Members = residents.Where(r => memberIds.Contains(r.Id)).ToDictionary(r => r.Id, r => r.ToPublicProfile(Today, City.Charter.AgeOfMajority));
        Candidates = residents
            .Where(r => Council.MayAppoint(r, Today, City.Charter.AgeOfMajority))
            .Select(r => r.ToPublicProfile(Today, City.Charter.AgeOfMajority))
            .OrderBy(p => p.DisplayName, StringComparer.Ordinal)
            .ToList();
        return true;
    }
}
