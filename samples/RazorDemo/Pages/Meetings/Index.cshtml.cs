using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Meetings;
using RazorDemo.Dashboard;
using RazorDemo.Data;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Meetings;

/// <summary>
/// Neighbourhood meetings: the upcoming ones (scheduled or under way, from today on) first, then every meeting, newest
/// first, a page of <see cref="PageSize"/> at a time (<c>?page=</c>), optionally of one neighbourhood.
/// </summary>
public sealed class IndexModel(GovernanceDbContext db, DemoCity city, RecordCounts counts, Texts texts, IClock clock) : PageModel
{
    public const int PageSize = 30;

    /// <summary>The most upcoming meetings listed; more is a sign of a slip, and the full list below has them all.</summary>
    public const int UpcomingListed = 20;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "n")]
    public string? Neighbourhood { get; set; }

    public CitySnapshot City { get; private set; } = null!;

    public IReadOnlyList<NeighbourhoodMeeting> Meetings { get; private set; } = [];

    public IReadOnlyList<NeighbourhoodMeeting> Upcoming { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int? SelectedNeighbourhood { get; private set; }

    public List<string> Problems { get; } = [];

    /// <summary>This list's address on another page, keeping the neighbourhood filter (and the reader's language, which is a cookie or the culture query).</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (SelectedNeighbourhood is { } n)
        {
            query.Add("n=" + n.ToString(CultureInfo.InvariantCulture));
        }

        if (Request.Query.TryGetValue("culture", out var culture) && DemoCultures.IsSupported(culture.ToString()))
        {
            query.Add("culture=" + culture);
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return "/Meetings" + (query.Count == 0 ? string.Empty : "?" + string.Join("&", query));
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        var ids = City.NeighbourhoodIds;
        var query = db.Set<NeighbourhoodMeeting>().AsNoTracking().Where(m => ids.Contains(m.NeighbourhoodId));
        if (!string.IsNullOrWhiteSpace(Neighbourhood))
        {
            if (City.ByNumber(Neighbourhood) is { } found)
            {
                SelectedNeighbourhood = found.Number;
                query = query.Where(m => m.NeighbourhoodId == found.Id);
            }
            else
            {
                Problems.Add(texts.T($"محلهٔ «{Neighbourhood}» وجود ندارد؛ نشست‌های همهٔ محله‌ها نشان داده شده‌اند.", $"There is no neighbourhood '{Neighbourhood}'; meetings of every neighbourhood are shown."));
            }
        }

        // Read once per filter and page and kept until a command changes the records (ADR 0032); the filter is a known
        // neighbourhood or none, and the page a number within the list, so hostile values add no key.
        Total = await counts.GetOrCountAsync($"meetings-total|{City.Key}|{SelectedNeighbourhood}", token => query.CountAsync(token), cancellationToken);
        PageNumber = ReadPage();

        // From the start of today in the city: the page is cached for the day (PublicPages varies it by date).
        var today = PersianDates.TodayInCity(clock).AtStartOfDayInZone(PersianDates.TimeZone).ToInstant();
        var skip = (PageNumber - 1) * PageSize;
        Meetings = await counts.GetOrCountAsync(
            $"meetings-page|{City.Key}|{SelectedNeighbourhood}|{PageNumber}",
            async token => (IReadOnlyList<NeighbourhoodMeeting>)await query.OrderByDescending(m => m.StartsAt).ThenBy(m => m.Id).Skip(skip).Take(PageSize).ToListAsync(token),
            cancellationToken);
        Upcoming = await counts.GetOrCountAsync(
            $"meetings-upcoming|{City.Key}|{SelectedNeighbourhood}|{today.ToUnixTimeSeconds()}",
            async token => (IReadOnlyList<NeighbourhoodMeeting>)await query
                .Where(m => (m.Status == MeetingStatus.Scheduled || m.Status == MeetingStatus.Open) && m.StartsAt >= today)
                .OrderBy(m => m.StartsAt).ThenBy(m => m.Id).Take(UpcomingListed).ToListAsync(token),
            cancellationToken);
    }

    /// <summary>The page asked for: Persian or Latin digits; anything else is explained and the nearest page shown.</summary>
    private int ReadPage()
    {
        var values = Request.Query["page"];
        if (values.Count == 0 || (values.Count == 1 && string.IsNullOrWhiteSpace(values[0])))
        {
            return 1;
        }

        var text = values.Count == 1 ? values[0]! : string.Join(",", values.Select(v => v ?? string.Empty));
        // Echoed back without control or direction characters, and short.
        var clean = new string(text.Where(c => !char.IsControl(c) && !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format).ToArray());
        var shown = clean.Length > 40 ? clean[..40] + "…" : clean;
        if (values.Count > 1 || DemoInput.Number(text) is not { } page)
        {
            Problems.Add(texts.T($"صفحهٔ «{shown}» عدد نیست؛ صفحهٔ نخست نشان داده شده است.", $"Page '{shown}' is not a number; the first page is shown."));
            return 1;
        }

        if (page < 1 || page > PageCount)
        {
            var nearest = page < 1 ? 1 : PageCount;
            Problems.Add(texts.T(
                $"صفحهٔ {texts.N(page)} وجود ندارد (صفحه‌ها از ۱ تا {texts.N(PageCount)} است)؛ صفحهٔ {texts.N(nearest)} نشان داده شده است.",
                $"There is no page {texts.N(page)} (pages run from 1 to {texts.N(PageCount)}); page {texts.N(nearest)} is shown."));
            return nearest;
        }

        return page;
    }
}
