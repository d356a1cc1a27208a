using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Ideas;
using RazorDemo.Dashboard;
using RazorDemo.Localization;

namespace RazorDemo.Pages;

/// <summary>The dashboard; served from the output cache to readers who are not signed in (<see cref="DashboardPage"/>, named in <c>PublicPages.PolicyOfPage</c>).</summary>
public sealed class IndexModel(DashboardQueries queries, Texts texts) : PageModel
{
    public DashboardFigures Figures { get; private set; } = null!;

    /// <summary>The charts' data, for wwwroot/js/dashboard.js.</summary>
    public string ChartData { get; private set; } = "{}";

    /// <summary>The idea statuses, in the order the charts and their tables give them.</summary>
    public IReadOnlyList<IdeaStatus> Statuses { get; } = Enum.GetValues<IdeaStatus>();

    /// <summary>The months of the month chart, labelled in the reader's language, with each status's count: its table.</summary>
    public IReadOnlyList<(string Label, IReadOnlyList<int> Counts)> MonthRows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Figures = await queries.FiguresAsync(cancellationToken);
        var statuses = Enum.GetValues<IdeaStatus>();
        var months = Figures.Ideas.ByMonth.Keys.OrderBy(m => m).ToList();
        MonthRows = [.. months.Select(m => (MonthLabel(m.Year, m.Month), (IReadOnlyList<int>)[.. statuses.Select(s => Figures.Ideas.ByMonth[m].CountOf(s))]))];
        var chart = new
        {
            ideasByMonth = new
            {
                labels = MonthRows.Select(r => r.Label),
                datasets = statuses.Select(s => new
                {
                    label = texts.T(IdeaStatuses.NameOf(s)),
                    data = months.Select(m => Figures.Ideas.ByMonth[m].CountOf(s)),
                }),
            },
            ideasByStatus = new
            {
                labels = statuses.Select(s => texts.T(IdeaStatuses.NameOf(s))),
                data = statuses.Select(s => Figures.Ideas.Total.CountOf(s)),
            },
            coverage = new
            {
                labels = Figures.Coverage.Neighbourhoods.Select(n => texts.N(n.Number)),
                council = Figures.Coverage.Neighbourhoods.Select(n => n.CouncilMembers),
                women = Figures.Coverage.Neighbourhoods.Select(n => n.WomensCouncilMembers),
                councilLabel = texts.T("اعضای شورای محله", "Neighbourhood council members"),
                womenLabel = texts.T("اعضای شورای بانوان", "Women's council members"),
            },
            youth = new
            {
                labels = new[] { texts.T("پسر", "Boys"), texts.T("دختر", "Girls") },
                data = new[] { Figures.Youth?.BoyMayors ?? 0, Figures.Youth?.GirlMayors ?? 0 },
            },
            rtl = texts.IsRightToLeft,
        };
        ChartData = JsonSerializer.Serialize(chart);
    }

    private string MonthLabel(int year, int month) => texts.MonthYear(year, month);
}
