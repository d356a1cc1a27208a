using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.OutputCaching;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using RazorDemo.Dashboard;

namespace RazorDemo.Caching;

/// <summary>
/// The public pages as the output cache serves them (ADR 0025 for the dashboard, ADR 0032 for the rest): for readers who
/// are not signed in, one rendering per address, language, city and day, kept for <see cref="Lifetime"/> at most and evicted by
/// the page's tags when a command's events say the records behind it changed (<see cref="PageEviction"/>). Signed-in
/// readers, whose menu, sign-out form and actions are their own, are never served from it nor stored in it; nor is a
/// response that sets a cookie or is not a 200.
/// </summary>
public static class PublicPages
{
    /// <summary>The dashboard, <c>/</c>.</summary>
    public const string Dashboard = "dashboard";

    /// <summary><c>/Neighbourhoods</c> and each neighbourhood's page.</summary>
    public const string Neighbourhoods = "neighbourhoods";

    /// <summary><c>/Ideas</c> (every filter and page) and each idea's page.</summary>
    public const string Ideas = "ideas";

    /// <summary><c>/Councils</c>.</summary>
    public const string Councils = "councils";

    /// <summary><c>/Meetings</c>, each meeting's page and its iCal file.</summary>
    public const string Meetings = "meetings";

    /// <summary><c>/YouthMayors</c>.</summary>
    public const string YouthMayors = "youth-mayors";

    /// <summary><c>/Calendar</c>: meetings, councils formed, the campaigns' stages and interview sessions.</summary>
    public const string Calendar = "calendar";

    /// <summary><c>/Adopt</c>: Rafsanjan's preset charter, which no command changes.</summary>
    public const string Adopt = "adopt";

    /// <summary><c>/Budgeting</c> and a project's page: the round, its ballot count and its stored outcome.</summary>
    public const string Budgeting = "budgeting";

    /// <summary>
    /// <c>/OpenData</c> and its downloads: drawn from nearly every record, so they also carry the dashboard's tag, which
    /// every change evicts (<see cref="RecordCounts.RecordsChangedAsync"/>).
    /// </summary>
    public const string OpenData = "open-data";

    /// <summary><c>/Elections</c> and each election's page: the polls, the ballots cast and the counts.</summary>
    public const string Elections = "elections";

    /// <summary>The national and provincial adoption progress (/Adoption/Progress): evicted with the dashboard, by every change.</summary>
    public const string Adoption = "adoption";

    /// <summary>Every tag, for a change whose reach is not known.</summary>
    public static readonly IReadOnlyList<string> All = [Dashboard, Neighbourhoods, Ideas, Councils, Meetings, YouthMayors, Calendar, Adopt, Budgeting, Elections, OpenData, Adoption];

    /// <summary>The pages and the policy (named as its tag) each is cached under.</summary>
    public static readonly IReadOnlyDictionary<string, string> PolicyOfPage = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/Index"] = Dashboard,
        ["/Neighbourhoods/Index"] = Neighbourhoods,
        ["/Neighbourhoods/Details"] = Neighbourhoods,
        ["/Ideas/Index"] = Ideas,
        ["/Ideas/Details"] = Ideas,
        ["/Councils/Index"] = Councils,
        ["/Meetings/Index"] = Meetings,
        ["/Meetings/Details"] = Meetings,
        ["/Meetings/Ical"] = Meetings,
        ["/YouthMayors/Index"] = YouthMayors,
        ["/Calendar"] = Calendar,
        ["/Adopt"] = Adopt,
        ["/Budgeting/Index"] = Budgeting,
        ["/Budgeting/Project"] = Budgeting,
        ["/OpenData/Index"] = OpenData,
        ["/OpenData/Download"] = OpenData,
        ["/Elections/Index"] = Elections,
        ["/Elections/Details"] = Elections,
        ["/Adoption/Progress"] = Adoption,
    };

    /// <summary>
    /// How long a stored page is served when no command evicts it: a safety net for changes made outside the demo's
    /// commands (another process writing to the database). Longer than <see cref="RecordCounts.Lifetime"/>, because the
    /// commands evict what they change, and a page that expires under load makes every reader of it wait for one render
    /// (1.3 s for <c>/YouthMayors</c> on the large city); the key also holds the city's date, so nothing shows yesterday.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Adds one policy per tag to the output cache's options.</summary>
    public static void AddPolicies(OutputCacheOptions options)
    {
        foreach (var tag in All)
        {
            // The builder starts from the framework's default policy: GET and HEAD only, no signed-in reader, no
            // Authorization header, the whole query string in the key, nothing stored that sets a cookie or is not a 200.
            options.AddPolicy(tag, page =>
            {
                page.Expire(Lifetime).Tag(tag).VaryByValue(LanguageOf).VaryByValue(CityOf).VaryByValue(DayOf).AddPolicy<NotStoredAcrossAChange>();
                if (tag is OpenData or Adoption)
                {
                    page.Tag(Dashboard);
                }

                if (tag == Budgeting)
                {
                    // The outcome is stored by a background worker, not by a command a page runs: a page stored before the
                    // worker's latest computation is never served after it.
                    page.VaryByValue(context => new("outcomes", context.RequestServices.GetRequiredService<BudgetingOutcomeWorker>().Computations.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            });
        }
    }

    /// <summary>Names each public page's policy on its endpoint (the budgeting pages are left as they are written).</summary>
    public static void Apply(PageConventionCollection conventions)
    {
        foreach (var (page, policy) in PolicyOfPage)
        {
            conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = policy }));
        }
    }

    /// <summary>
    /// The reader's language as the request-culture providers chose it (the <c>culture</c> query, then the culture
    /// cookie; <c>Accept-Language</c> is not one of them), so that a Persian and an English page never share an entry.
    /// </summary>
    private static KeyValuePair<string, string> LanguageOf(HttpContext context)
    {
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture
            ?? throw new InvalidOperationException("The public pages are cached by language: UseRequestLocalization must run before UseOutputCache.");
        return new("language", culture.Culture.Name + "|" + culture.UICulture.Name);
    }

    /// <summary>
    /// The reader's city as the switch chose it (the cookie, validated: a made-up value is the default city, so it cannot
    /// make entries of its own), so that two cities' pages never share an entry. Evicting a tag evicts the pages of both.
    /// </summary>
    private static async ValueTask<KeyValuePair<string, string>> CityOf(HttpContext context, CancellationToken cancellationToken)
    {
        var city = context.RequestServices.GetRequiredService<RazorDemo.Data.DemoCity>();
        var id = await city.ChosenIdAsync(context.Request.Cookies[RazorDemo.Data.DemoCity.CookieName], cancellationToken);
        return new("city", id.Value.ToString("N"));
    }

    /// <summary>The city's date: pages show today (the calendar's day, the dashboard's date, whether voting is open).</summary>
    private static KeyValuePair<string, string> DayOf(HttpContext context) =>
        new("day", ParticipatoryGovernance.Calendar.PersianDates.TodayInCity(context.RequestServices.GetRequiredService<NodaTime.IClock>()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Leaves a page unstored when a command changed the records while it was being rendered (it may predate the change,
    /// and the eviction has already run), or when it shows kept figures from before a change (RecordCounts.StaleFiguresKey).
    /// </summary>
    internal sealed class NotStoredAcrossAChange(RecordCounts counts) : IOutputCachePolicy
    {
        private static readonly object ChangesAtStart = new();

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            context.HttpContext.Items[ChangesAtStart] = counts.Changes;
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.Items[ChangesAtStart] is not long atStart || atStart != counts.Changes
                || context.HttpContext.Items.ContainsKey(RecordCounts.StaleFiguresKey))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
