using Ardalis.Specification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;
using RazorDemo.Dashboard;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Ideas;

/// <summary>A resident submits an idea for their neighbourhood or the whole city.</summary>
[Authorize(Policy = DemoPolicies.TakePart)]
public sealed class SubmitModel(
    IRepositoryBase<CitizenIdea> ideas,
    IReadRepositoryBase<Resident> residents,
    DemoCity city,
    CurrentPerson person,
    DashboardQueries dashboard,
    IClock clock,
    Texts texts) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Field { get; set; }

    /// <summary>The neighbourhood's number, or empty for the whole city.</summary>
    [BindProperty]
    public string? Neighbourhood { get; set; }

    /// <summary>The estimated cost in rials, in Persian or Latin digits, with or without separators.</summary>
    [BindProperty]
    public string? EstimatedCost { get; set; }

    public CitySnapshot City { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);

        // A resident's idea is for their own neighbourhood unless they say otherwise.
        if (await person.ResidentIdAsync() is { } id && await residents.GetByIdAsync(id, cancellationToken) is { } resident)
        {
            Neighbourhood = City.Find(resident.NeighbourhoodId)?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        var proposer = await person.ResidentIdAsync();
        if (proposer is null)
        {
            return Forbid();
        }

        var title = Title?.Trim() ?? string.Empty;
        var description = Description?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            ModelState.AddModelError(nameof(Title), texts.T("عنوان ایده را بنویسید.", "Give your idea a title."));
        }
        else if (title.Length > IdeaDraft.MaxTitleLength)
        {
            ModelState.AddModelError(nameof(Title), texts.T($"عنوان حداکثر {texts.N(IdeaDraft.MaxTitleLength)} نویسه است؛ این عنوان {texts.N(title.Length)} نویسه دارد.", $"A title has at most {IdeaDraft.MaxTitleLength} characters; this one has {title.Length}."));
        }

        if (description.Length == 0)
        {
            ModelState.AddModelError(nameof(Description), texts.T("ایده را شرح دهید: چه چیزی، کجا و چرا.", "Describe the idea: what, where and why."));
        }
        else if (description.Length > IdeaDraft.MaxDescriptionLength)
        {
            ModelState.AddModelError(nameof(Description), texts.T($"شرح حداکثر {texts.N(IdeaDraft.MaxDescriptionLength)} نویسه است؛ این شرح {texts.N(description.Length)} نویسه دارد.", $"A description has at most {IdeaDraft.MaxDescriptionLength} characters; this one has {description.Length}."));
        }

        var field = string.IsNullOrWhiteSpace(Field) ? null : City.Charter.FindUrbanField(Field.Trim());
        if (field is null)
        {
            ModelState.AddModelError(nameof(Field), texts.T("یکی از حوزه‌های شهری را برگزینید.", "Choose one of the urban fields."));
        }

        ParticipatoryGovernance.Neighbourhoods.Neighbourhood? neighbourhood = null;
        if (!string.IsNullOrWhiteSpace(Neighbourhood))
        {
            neighbourhood = City.ByNumber(Neighbourhood);
            if (neighbourhood is null)
            {
                ModelState.AddModelError(nameof(Neighbourhood), texts.T("محله‌ای از فهرست برگزینید، یا «کل شهر».", "Choose a neighbourhood from the list, or 'City-wide'."));
            }
        }

        Rials? cost = null;
        if (!string.IsNullOrWhiteSpace(EstimatedCost))
        {
            var digits = PersianDigits.ToLatin(EstimatedCost.Trim()).Replace(",", "", StringComparison.Ordinal).Replace("٬", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            if (long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var amount) && amount > 0)
            {
                cost = new Rials(amount);
            }
            else
            {
                ModelState.AddModelError(nameof(EstimatedCost), texts.T("هزینه را به ریال و فقط با رقم بنویسید، مثلاً ۵۰۰۰۰۰۰۰؛ یا خالی بگذارید.", "Write the cost in rials, digits only, e.g. 50000000; or leave it empty."));
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var draft = new IdeaDraft(title, description, field!, neighbourhood?.Id, cost);
        var result = CitizenIdea.Submit(CitizenIdeaId.New(), City.Municipality, proposer.Value, draft, clock.GetCurrentInstant());
        if (result.IsFailure)
        {
            ModelState.AddRefusal(result, texts);
            return Page();
        }

        await ideas.AddAsync(result.Value, cancellationToken);
        await dashboard.InvalidateAsync();
        TempData["Notice"] = texts.T("ایدهٔ شما ثبت شد. دیگران اکنون می‌توانند از آن حمایت کنند.", "Your idea is submitted. Others can now endorse it.");
        return RedirectToPage("/Ideas/Details", new { id = result.Value.Id.Value });
    }
}
