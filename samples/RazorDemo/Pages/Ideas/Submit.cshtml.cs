using Ardalis.Specification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Residents;
using RazorDemo.Dashboard;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Ideas;

/// <summary>A resident submits an idea for their neighbourhood or the whole city.</summary>
[Authorize(Policy = DemoPolicies.TakePart)]
public sealed class SubmitModel(
    SubmitIdeaHandler submit,
    IReadRepositoryBase<Resident> residents,
    DemoCity city,
    CurrentPerson person,
    DemoCommands commands,
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

        // Only the translation of what the form sends: a neighbourhood number to its id, digits to an amount. Every
        // rule (lengths, readable text, the field, the amount's bounds, the phase) is the library's.
        ParticipatoryGovernance.Neighbourhoods.NeighbourhoodId? neighbourhood = null;
        if (!string.IsNullOrWhiteSpace(Neighbourhood))
        {
            neighbourhood = City.ByNumber(Neighbourhood)?.Id;
            if (neighbourhood is null)
            {
                ModelState.AddModelError(nameof(Neighbourhood), texts.T("محله‌ای از فهرست برگزینید، یا «کل شهر».", "Choose a neighbourhood from the list, or 'City-wide'."));
            }
        }

        long? cost = null;
        if (!string.IsNullOrWhiteSpace(EstimatedCost))
        {
            cost = DemoInput.Amount(EstimatedCost);
            if (cost is null)
            {
                ModelState.AddModelError(nameof(EstimatedCost), texts.T("هزینه را به ریال و فقط با رقم بنویسید، مثلاً ۵۰۰۰۰۰۰۰؛ یا خالی بگذارید.", "Write the cost in rials, digits only, e.g. 50000000; or leave it empty."));
            }
        }

        var result = await commands.RunAsync(submit.HandleObservedAsync(new SubmitIdea(City.Municipality.Id, proposer.Value, Title, Description, Field, neighbourhood, cost), cancellationToken));
        if (result.IsFailure || !ModelState.IsValid)
        {
            ModelState.AddRefusal(result, texts);
            return Page();
        }

        TempData["Notice"] = texts.T("ایدهٔ شما ثبت شد. دیگران اکنون می‌توانند از آن حمایت کنند.", "Your idea is submitted. Others can now endorse it.");
        return RedirectToPage("/Ideas/Details", new { id = result.Value.Id.Value });
    }
}
