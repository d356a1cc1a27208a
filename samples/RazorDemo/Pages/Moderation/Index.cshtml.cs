using Ardalis.Specification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using RazorDemo.Data;
using RazorDemo.Identity;

namespace RazorDemo.Pages.Moderation;

/// <summary>Ideas hidden by residents' reports, oldest first, for a moderator to restore or remove.</summary>
[Authorize(Policy = DemoPolicies.Moderate)]
public sealed class IndexModel(IReadRepositoryBase<CitizenIdea> ideas, DemoCity city) : PageModel
{
    public IReadOnlyList<CitizenIdea> Ideas { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var municipality = (await city.GetAsync(cancellationToken)).Municipality.Id;
        Total = await ideas.CountAsync(new CitizenIdeasAwaitingModerationSpec(municipality), cancellationToken);
        Ideas = await ideas.ListAsync(new CitizenIdeasAwaitingModerationSpec(municipality, take: 50), cancellationToken);
    }
}
