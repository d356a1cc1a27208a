using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Data;

/// <summary>
/// The municipality the reader has chosen (the city switch's cookie, <see cref="CookieName"/>) and its neighbourhoods,
/// read once and kept: every page needs them and they change only when an administrator renames a neighbourhood, which
/// the demo does not offer. The demo runs two cities in one database: the generated Rafsanjan (or the city the database
/// was generated with) and the election city (<see cref="DemoSecondCity"/>); a reader who has chosen none, or names a
/// city that is not stored, gets the first.
/// </summary>
public sealed class DemoCity(GovernanceDbContext context, IMemoryCache cache, IHttpContextAccessor http, CurrentPerson person)
{
    /// <summary>The cookie that remembers the reader's city: the municipality's id.</summary>
    public const string CookieName = "demo-city";

    /// <summary>The claim that ties an account to its city (the municipality's id), for accounts linked to no resident or neighbourhood.</summary>
    public const string MunicipalityClaim = "demo:municipality";

    private const string CitiesKey = "demo-cities";

    private CitySnapshot? _chosen;

    /// <summary>The stored cities, the default first: one entry per municipality, read once.</summary>
    public async Task<IReadOnlyList<CityChoice>> AllAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync(CitiesKey, async _ =>
        {
            var municipalities = await context.Set<Municipality>().AsNoTracking().IgnoreAutoIncludes().ToListAsync(cancellationToken);
            return (IReadOnlyList<CityChoice>)municipalities
                .OrderBy(m => DemoSecondCity.IsSecondCity(m) ? 1 : 0)
                .ThenBy(m => m.Id.Value)
                .Select(m => new CityChoice(m.Id, m.Name))
                .ToList();
        }))!;

    /// <summary>
    /// The city of the request: a signed-in account's own city (<see cref="AccountCityAsync"/>), whatever the switch says,
    /// so that nothing of another city is shown to an account or changed by it; for other readers the city they have
    /// chosen (the cookie), else the default one.
    /// </summary>
    public async Task<CitySnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_chosen is null)
        {
            var id = await AccountCityAsync(cancellationToken)
                ?? await ChosenIdAsync(http.HttpContext?.Request.Cookies[CookieName], cancellationToken);
            _chosen = await OfAsync(id, cancellationToken);
        }

        return _chosen;
    }

    /// <summary>The signed-in account's city, kept per account; null for a reader not signed in.</summary>
    public async Task<MunicipalityId?> AccountCityAsync(CancellationToken cancellationToken = default)
    {
        // Kept by the account's id from the cookie: a page view of a signed-in reader reads no account row once the city is
        // known (and the header still renders while the database is out of reach).
        var user = http.HttpContext?.User;
        if (!person.IsSignedIn || user?.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { Length: > 0 } accountId)
        {
            return null;
        }

        return await cache.GetOrCreateAsync("account-city|" + accountId, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            return await CityOfAccountAsync(user, await person.UserAsync(), cancellationToken);
        });
    }

    /// <summary>A city by its municipality's id; the id must be one of <see cref="AllAsync"/>.</summary>
    public async Task<CitySnapshot> OfAsync(MunicipalityId id, CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync(CacheKey(id), async _ =>
        {
            var municipality = await context.Set<Municipality>().AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
            var neighbourhoods = await context.Set<Neighbourhood>().AsNoTracking().Where(n => n.MunicipalityId == id).OrderBy(n => n.Number).ToListAsync(cancellationToken);
            return new CitySnapshot(municipality, neighbourhoods);
        }))!;

    /// <summary>
    /// The city a cookie's value names, when it is a stored municipality's id; the default city otherwise (no cookie,
    /// a made-up value, a city since removed). Never throws on what a reader sends.
    /// </summary>
    public async Task<MunicipalityId> ChosenIdAsync(string? value, CancellationToken cancellationToken = default)
    {
        var cities = await AllAsync(cancellationToken);
        if (Find(cities, value) is { } found)
        {
            return found.Id;
        }

        return cities.Count > 0 ? cities[0].Id : throw new InvalidOperationException("The demo's database has no municipality.");
    }

    /// <summary>The stored city whose id the text is (as the switch posts it), or null.</summary>
    public static CityChoice? Find(IReadOnlyList<CityChoice> cities, string? value) =>
        value is { Length: > 0 and <= 64 } && Guid.TryParse(value, out var guid) ? cities.FirstOrDefault(c => c.Id.Value == guid) : null;

    /// <summary>
    /// The city a signed-in account belongs to: the one its claim names, else its resident's or neighbourhood's city, else
    /// the default city (the demo's first accounts were made before there were two). Null for a reader not signed in.
    /// </summary>
    public async Task<MunicipalityId?> CityOfAccountAsync(ClaimsPrincipal user, DemoUser? account, CancellationToken cancellationToken = default)
    {
        if (account is null || user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var cities = await AllAsync(cancellationToken);
        if (Find(cities, user.FindFirst(MunicipalityClaim)?.Value) is { } claimed)
        {
            return claimed.Id;
        }

        NeighbourhoodId? neighbourhood = account.NeighbourhoodId is { } n ? new NeighbourhoodId(n) : null;
        if (neighbourhood is null && account.ResidentId is { } r)
        {
            var residentId = new ResidentId(r);
            neighbourhood = await context.Set<Resident>().AsNoTracking().IgnoreAutoIncludes()
                .Where(x => x.Id == residentId).Select(x => (NeighbourhoodId?)x.NeighbourhoodId).FirstOrDefaultAsync(cancellationToken);
        }

        if (neighbourhood is { } id)
        {
            var municipality = await context.Set<Neighbourhood>().AsNoTracking().IgnoreAutoIncludes()
                .Where(x => x.Id == id).Select(x => (MunicipalityId?)x.MunicipalityId).FirstOrDefaultAsync(cancellationToken);
            if (municipality is { } m)
            {
                return m;
            }
        }

        return cities[0].Id;
    }

    /// <summary>
    /// The city switch's endpoint, <c>POST /city</c>: remembers the chosen city for a year in <see cref="CookieName"/>, as
    /// <c>/language</c> remembers the language, and goes back to a page of this site. The switch is on every page, the
    /// cached ones included, so it carries no antiforgery token; a browser's post from another site is refused by its
    /// Fetch Metadata or Origin header instead (ADR 0025). An id that is not a stored city is refused.
    /// </summary>
    public static async Task<IResult> SwitchAsync(HttpContext context, string? id, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (CrossSiteRequests.IsCrossSite(context.Request))
        {
            return Results.BadRequest("The city is chosen on this site's own pages.");
        }

        var cities = await context.RequestServices.GetRequiredService<DemoCity>().AllAsync(context.RequestAborted);
        if (Find(cities, id) is not { } city)
        {
            return Results.BadRequest("Unknown city; choose one of the cities the switch lists.");
        }

        context.Response.Cookies.Append(
            CookieName,
            city.Id.Value.ToString(),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        // Only a path on this site, percent-encoded (LocalUrl judges every return address; issue #18).
        return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }

    private static string CacheKey(MunicipalityId id) => "demo-city|" + id.Value.ToString("N");
}

/// <summary>A city the reader may choose: its municipality's id and name.</summary>
public sealed record CityChoice(MunicipalityId Id, ParticipatoryGovernance.Common.LocalizedText Name);

/// <summary>The municipality and its neighbourhoods in number order.</summary>
public sealed record CitySnapshot(Municipality Municipality, IReadOnlyList<Neighbourhood> Neighbourhoods)
{
    private readonly Dictionary<NeighbourhoodId, Neighbourhood> _byId = Neighbourhoods.ToDictionary(n => n.Id);

    public GovernanceCharter Charter => Municipality.Charter;

    /// <summary>The ids of the city's neighbourhoods, for a query of records that carry a neighbourhood and no municipality.</summary>
    public List<NeighbourhoodId> NeighbourhoodIds => [.. _byId.Keys];

    /// <summary>The city's id as a kept count's key names it.</summary>
    public string Key => Municipality.Id.Value.ToString("N");

    public Neighbourhood? Find(NeighbourhoodId? id) => id is { } value ? _byId.GetValueOrDefault(value) : null;

    /// <summary>Whether the neighbourhood is one of this city's.</summary>
    public bool Has(NeighbourhoodId id) => _byId.ContainsKey(id);

    public Neighbourhood? ByNumber(int number) => Neighbourhoods.FirstOrDefault(n => n.Number == number);

    /// <summary>The neighbourhood whose number a reader typed or a link carries, in Persian or Latin digits; null if none.</summary>
    public Neighbourhood? ByNumber(string? text) =>
        int.TryParse(ParticipatoryGovernance.Calendar.PersianDigits.ToLatin(text?.Trim() ?? string.Empty), out var number) ? ByNumber(number) : null;
}
