using Ardalis.Specification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore.Moderation;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.UseCases;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Moderation;

/// <summary>
/// The moderators' desk: every resident's report waiting for a decision, with its reason, grouped by idea (not only the
/// ideas already hidden after the charter's number of reports), the decisions the library offers for each idea
/// (restore a hidden idea, remove an idea), and the log of every moderation step with who, when, what and why.
/// </summary>
[Authorize(Policy = DemoPolicies.Moderate)]
public sealed class IndexModel(
    IdeaModeration moderation,
    IReadRepositoryBase<CitizenIdea> ideas,
    DemoCommands commands,
    DemoCity city,
    CurrentPerson person,
    Texts texts) : PageModel
{
    public const int PageSize = 50;

    public const int LogSize = 50;

    /// <summary>The decisions a moderator may take here, in the order offered.</summary>
    public static readonly IReadOnlyList<(IdeaAct Act, string Handler)> Decisions = [(IdeaAct.Restore, "Restore"), (IdeaAct.Remove, "Remove")];

    /// <summary>
    /// The page asked for with <c>?page=</c>, as typed (Persian or Latin digits). Read from the query itself: Razor
    /// Pages keeps the page's own path in the route value of that name.
    /// </summary>
    public string? PageText => Request.Query["page"].FirstOrDefault();

    /// <summary>The idea decided on, as the form sends it.</summary>
    [BindProperty]
    public string? Idea { get; set; }

    /// <summary>Why the moderator decides so; the proposer and the log show it.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public CitySnapshot City { get; private set; } = null!;

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string? Problem { get; private set; }

    /// <summary>The reports of this page, grouped by idea in the order of each idea's oldest report.</summary>
    public IReadOnlyList<ReportedIdea> Queue { get; private set; } = [];

    public IReadOnlyList<IdeaModerationStep> Log { get; private set; } = [];

    public int LogTotal { get; private set; }

    /// <summary>The idea whose decision was refused: its form shows the refusal and keeps the reason typed.</summary>
    public Guid? Refused { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken) =>
        DecideAsync((city, idea, official) => commands.Get<RestoreIdeaHandler>().HandleObservedAsync(new RestoreIdea(city, idea, official, Reason), cancellationToken), texts.T("ایده دوباره نمایش داده می‌شود و گزارش‌هایش پاسخ گرفت.", "The idea is shown again; its reports are answered."), cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken) =>
        DecideAsync((city, idea, official) => commands.Get<RemoveIdeaHandler>().HandleObservedAsync(new RemoveIdea(city, idea, official, Reason), cancellationToken), texts.T("ایده برداشته شد و گزارش‌هایش پاسخ گرفت.", "The idea is removed; its reports are answered."), cancellationToken);

    private async Task<IActionResult> DecideAsync(
        Func<ParticipatoryGovernance.Municipalities.MunicipalityId, CitizenIdeaId, MunicipalOfficial, Task<Result<Changed>>> decide,
        string done,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Idea) || !Guid.TryParse(Idea, out var ideaId) || ideaId == Guid.Empty)
        {
            ModelState.AddModelError(string.Empty, texts.T("ایده‌ای از صف برگزینید.", "Choose an idea from the queue."));
            await LoadAsync(cancellationToken);
            return Page();
        }

        var municipality = (await city.GetAsync(cancellationToken)).Municipality.Id;
        var official = (await person.OfficialAsync())!;
        var result = await commands.RunAsync(decide(municipality, new CitizenIdeaId(ideaId), official));
        if (result.IsFailure)
        {
            // Shown at the idea's form, which keeps the reason typed.
            Refused = ideaId;
            ModelState.AddRefusal(result, texts, field: "Reason", atFields: false);
            await LoadAsync(cancellationToken);
            if (!Queue.Any(q => q.Idea.Id.Value == ideaId))
            {
                // The idea has left this page of the queue: the refusal is shown above it instead.
                ModelState.AddRefusal(result, texts, atFields: false);
            }

            return Page();
        }

        Notice = done;
        return RedirectToPage("/Moderation/Index", new { handler = (string?)null });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        var municipality = City.Municipality.Id;
        Total = await moderation.CountPendingReportsAsync(municipality, cancellationToken);
        PageNumber = DemoInput.Page(PageText, PageCount, texts, out var pageProblem);
        Problem = pageProblem;

        var reports = await moderation.PendingReportsAsync(municipality, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
        var ids = reports.Select(r => r.IdeaId).Distinct().ToList();

        // The ideas themselves, to offer only the decisions their state allows (CitizenIdea.Allows).
        var loaded = (await ideas.ListAsync(new IdeasByIdsSpec(ids), cancellationToken)).ToDictionary(i => i.Id);
        Queue = reports.GroupBy(r => r.IdeaId)
            .Where(g => loaded.ContainsKey(g.Key))
            .Select(g => new ReportedIdea(loaded[g.Key], [.. g.Select(r => r.Report)]))
            .ToList();
        LogTotal = await moderation.CountLogAsync(municipality, cancellationToken);
        Log = await moderation.LogAsync(municipality, 0, LogSize, cancellationToken);
    }

    public static string PageUrl(int page) => "/Moderation?page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An idea in the moderation queue with its waiting reports, oldest first.</summary>
public sealed record ReportedIdea(CitizenIdea Idea, IReadOnlyList<IdeaReport> Reports);

/// <summary>Ideas by their identifiers (a page of the queue), with their parts.</summary>
public sealed class IdeasByIdsSpec : Specification<CitizenIdea>
{
    public IdeasByIdsSpec(IReadOnlyCollection<CitizenIdeaId> ids)
    {
        var list = ids.ToList();
        Query.Where(i => list.Contains(i.Id)).AsNoTracking();
    }
}
