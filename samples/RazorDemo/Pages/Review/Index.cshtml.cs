using Ardalis.Specification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Review;

/// <summary>Ideas waiting for the municipality's answer, oldest first, fifty a page, for staff to review.</summary>
[Authorize(Policy = DemoPolicies.Review)]
public sealed class IndexModel(IReadRepositoryBase<CitizenIdea> ideas, DemoCity city, IClock clock, Texts texts) : PageModel
{
    public const int PageSize = 50;

    /// <summary>
    /// The page asked for with <c>?page=</c>, as typed (Persian or Latin digits). Read from the query itself: Razor
    /// Pages keeps the page's own path in the route value of that name.
    /// </summary>
    public string? PageText => Request.Query["page"].FirstOrDefault();

    public IReadOnlyList<CitizenIdea> Ideas { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Why the page asked for is not the one shown, or null.</summary>
    public string? Problem { get; private set; }

    public CitySnapshot City { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        var now = clock.GetCurrentInstant();
        Total = await ideas.CountAsync(new CitizenIdeasAwaitingReviewSpec(City.Municipality.Id, now, 0), cancellationToken);
        PageNumber = DemoInput.Page(PageText, PageCount, texts, out var pageProblem);
        Problem = pageProblem;

        Ideas = await ideas.ListAsync(new CitizenIdeasAwaitingReviewSpec(City.Municipality.Id, now, 0, (PageNumber - 1) * PageSize, PageSize), cancellationToken);
    }

    public static string PageUrl(int page) => "/Review?page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
