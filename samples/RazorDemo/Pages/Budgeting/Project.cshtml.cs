using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Ideas;

namespace RazorDemo.Pages.Budgeting;

/// <summary>
/// One project of a budgeting round: its cost, its supporters (approvals, or points in a cumulative round) and what each
/// rule decided for it, with the library's full explanation. It reads only the round and its stored results.
/// </summary>
public sealed class ProjectModel(IServiceProvider services) : PageModel
{
    private readonly BudgetingRoundQuery query = ActivatorUtilities.CreateInstance<BudgetingRoundQuery>(services);

    /// <summary>The round; the city's latest when absent.</summary>
    [BindProperty(SupportsGet = true, Name = "round")]
    public Guid? RoundId { get; set; }

    public BudgetingRoundDisplay? Display { get; private set; }

    public BudgetingRoundProject? Project { get; private set; }

    public GreedyProjectResult? Greedy { get; private set; }

    public EqualSharesProjectResult? EqualShares { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? ideaId, CancellationToken cancellationToken)
    {
        Display = await query.ReadAsync(RoundId, cancellationToken);
        if (Display is not null && Guid.TryParse(ideaId, out var id))
        {
            Project = Display.ProjectOf(new CitizenIdeaId(id));
        }

        if (Project is null)
        {
            // A friendly page with the 404 status, not the bare status page: the reader is told where to go instead.
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Greedy = Display!.Outcome?.Greedy.Projects.FirstOrDefault(p => p.ProjectId == Project.ProjectId);
        EqualShares = Display.Outcome?.EqualShares?.Projects.FirstOrDefault(p => p.ProjectId == Project.ProjectId);
        return Page();
    }
}
