using Ardalis.Specification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using RazorDemo.Data;
using RazorDemo.Identity;

namespace RazorDemo.Pages.Ideas;

/// <summary>The signed-in resident's own ideas, every version, hidden and removed ones included.</summary>
[Authorize(Policy = DemoPolicies.TakePart)]
public sealed class MineModel(IReadRepositoryBase<CitizenIdea> ideas, DemoCity city, CurrentPerson person) : PageModel
{
    public IReadOnlyList<CitizenIdea> Ideas { get; private set; } = [];

    public CitySnapshot City { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        if (await person.ResidentIdAsync() is { } resident)
        {
            Ideas = await ideas.ListAsync(new CitizenIdeasOfResidentSpec(resident, take: 100), cancellationToken);
        }
    }
}
