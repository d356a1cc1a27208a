using Ardalis.Specification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Specifications;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Neighbourhoods;
using RazorDemo.Dashboard;
using RazorDemo.Data;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Ideas;

/// <summary>
/// The public ideas with filters (status, urban field, neighbourhood) and paging. A page reads only the columns the list
/// shows and counts endorsements in the database, rather than loading twenty whole ideas with all their parts; the
/// total, a count over every matching idea (300,000 in the large city), is kept like the dashboard's figures
/// (<see cref="RecordCounts"/>), so it is counted once a minute per filter rather than on every request.
/// </summary>
public sealed class IndexModel(IReadRepositoryBase<CitizenIdea> ideas, ParticipatoryGovernance.EntityFrameworkCore.Replicas.GovernanceReplicaReads reads, DemoCity city, RecordCounts counts, Texts texts) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true, Name = "n")]
    public string? Neighbourhood { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageText { get; set; }

    public CitySnapshot City { get; private set; } = null!;

    public IReadOnlyList<IdeaListRow> Ideas { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IdeaStatus? SelectedStatus { get; private set; }

    public string? SelectedField { get; private set; }

    public int? SelectedNeighbourhood { get; private set; }

    /// <summary>Filters that could not be understood, explained; the list is shown without them.</summary>
    public List<string> Problems { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(Status))
        {
            if (Enum.TryParse<IdeaStatus>(Status, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(Status, out _))
            {
                SelectedStatus = status;
            }
            else
            {
                Problems.Add(texts.T($"وضعیت «{Status}» شناخته نیست؛ همهٔ وضعیت‌ها نشان داده شده‌اند.", $"There is no status '{Status}'; ideas in every status are shown."));
            }
        }

        if (!string.IsNullOrWhiteSpace(Field))
        {
            if (City.Charter.FindUrbanField(Field.Trim()) is { } field)
            {
                SelectedField = field.Key;
            }
            else
            {
                Problems.Add(texts.T($"حوزهٔ «{Field}» در منشور شهر نیست؛ همهٔ حوزه‌ها نشان داده شده‌اند.", $"The city's charter has no field '{Field}'; ideas in every field are shown."));
            }
        }

        ParticipatoryGovernance.Neighbourhoods.Neighbourhood? neighbourhood = null;
        if (!string.IsNullOrWhiteSpace(Neighbourhood))
        {
            if (City.ByNumber(Neighbourhood) is { } found)
            {
                neighbourhood = found;
                SelectedNeighbourhood = found.Number;
            }
            else
            {
                Problems.Add(texts.T($"محلهٔ «{Neighbourhood}» وجود ندارد (محله‌ها از ۱ تا {texts.N(City.Neighbourhoods.Count)} شماره دارند)؛ همهٔ محله‌ها نشان داده شده‌اند.",
                    $"There is no neighbourhood '{Neighbourhood}' (they are numbered 1 to {City.Neighbourhoods.Count}); ideas of every neighbourhood are shown."));
            }
        }

        var matching = new CitizenIdeasMatchingSpec(City.Municipality.Id, SelectedStatus, SelectedField, neighbourhood?.Id);
        Total = await counts.GetOrCountAsync(
            $"ideas-total|{City.Municipality.Id.Value}|{SelectedStatus}|{SelectedField}|{neighbourhood?.Id.Value}",
            token => ideas.CountAsync(matching, token),
            cancellationToken);
        PageNumber = DemoInput.Page(PageText, PageCount, texts, out var pageProblem);
        if (pageProblem is not null)
        {
            Problems.Add(pageProblem);
        }


        var onThisPage = new CitizenIdeasMatchingSpec(City.Municipality.Id, SelectedStatus, SelectedField, neighbourhood?.Id, (PageNumber - 1) * PageSize, PageSize);
        Ideas = await QueryableSpecificationEvaluator.Default.GetQuery((await reads.ContextAsync(cancellationToken)).CitizenIdeas.IgnoreAutoIncludes(), onThisPage)
            .Select(i => new IdeaListRow(i.Id, i.Title, i.Status, i.FieldKey, i.NeighbourhoodId, i.SubmittedAt, i.Endorsements.Count))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The address of another page of the same filters.</summary>
    public string PageUrl(int page) =>
        QueryHelpers(("status", SelectedStatus?.ToString()), ("field", SelectedField), ("n", SelectedNeighbourhood?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static string QueryHelpers(params (string Key, string? Value)[] pairs) =>
        "/Ideas?" + string.Join("&", pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value!)));
}

/// <summary>What the ideas list shows of one idea.</summary>
public sealed record IdeaListRow(CitizenIdeaId Id, string Title, IdeaStatus Status, string FieldKey, NeighbourhoodId? NeighbourhoodId, Instant SubmittedAt, int Endorsements);
