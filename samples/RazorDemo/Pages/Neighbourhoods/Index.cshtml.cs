using Microsoft.AspNetCore.Mvc.RazorPages;
using RazorDemo.Dashboard;

namespace RazorDemo.Pages.Neighbourhoods;

/// <summary>The city's neighbourhoods, each with its anchor and the figures of its councils, youth mayors and ideas.</summary>
public sealed class IndexModel(DashboardQueries queries) : PageModel
{
    public DashboardFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await queries.FiguresAsync(cancellationToken);
}
