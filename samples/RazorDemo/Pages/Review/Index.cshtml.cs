using Ardalis.Specification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using RazorDemo.Data;
using RazorDemo.Identity;

namespace RazorDemo.Pages.Review;

/// <summary>Ideas waiting for the municipality's answer, oldest first, for staff to review.</summary>
[Authorize(Policy = DemoPolicies.Review)]
public sealed class IndexModel(IReadRepositoryBase<CitizenIdea> ideas, DemoCity city, IClock clock) : PageModel
{
    public IReadOnlyList<CitizenIdea> Ideas { get; private set; } = [];

    public int Total { get; private set; }

    public CitySnapshot City { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        var now = clock.GetCurrentInstant();
        Total = await ideas.CountAsync(new CitizenIdeasAwaitingReviewSpec(City.Municipality.Id, now, 0), cancellationToken);
        Ideas = await ideas.ListAsync(new CitizenIdeasAwaitingReviewSpec(City.Municipality.Id, now, 0, take: 50), cancellationToken);
    }
}
