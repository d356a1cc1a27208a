using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Reporting;

/// <summary>One city's adoption progress in a roll-up.</summary>
/// <param name="MunicipalityId">The municipality.</param>
/// <param name="Name">Its name.</param>
/// <param name="Province">Its province, or <see langword="null"/> when none was given.</param>
/// <param name="Progress">Its progress against its own charter.</param>
public sealed record CityAdoption(MunicipalityId MunicipalityId, LocalizedText Name, LocalizedText? Province, AdoptionProgress Progress);

/// <summary>The adoption progress of a group of cities (a province, or the country): each measure summed over the cities.</summary>
/// <param name="Cities">How many cities.</param>
/// <param name="CompleteCities">How many of them have every measure their charter asks for complete.</param>
/// <param name="Shares">
/// Each measure in the order of <see cref="AdoptionMeasure"/>: done and of summed over the cities whose charter asks for it
/// (all the cities' when none does), required when at least one city's charter asks for it.
/// </param>
public sealed record AdoptionTotals(int Cities, int CompleteCities, IReadOnlyList<AdoptionShare> Shares)
{
    /// <summary>One measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Its summed share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is undefined.</exception>
    public AdoptionShare this[AdoptionMeasure measure] =>
        Shares.FirstOrDefault(s => s.Measure == measure) ?? throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a defined adoption measure.");

    /// <summary>Sums the cities' progress.</summary>
    /// <param name="cities">The cities.</param>
    /// <returns>The totals; zeros for no cities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cities"/> is null.</exception>
    public static AdoptionTotals Of(IEnumerable<CityAdoption> cities)
    {
        ArgumentNullException.ThrowIfNull(cities);
        var list = cities.ToList();
        var shares = Enum.GetValues<AdoptionMeasure>().Select(measure =>
        {
            var all = list.Select(c => c.Progress[measure]).ToList();
            var required = all.Where(s => s.Required).ToList();
            var counted = required.Count > 0 ? required : all;
            return new AdoptionShare(measure, counted.Sum(s => s.Done), counted.Sum(s => s.Of), required.Count > 0);
        }).ToList();
        return new AdoptionTotals(list.Count, list.Count(c => c.Progress.IsComplete), shares);
    }
}

/// <summary>One province's adoption progress: its totals and each of its cities.</summary>
/// <param name="Province">The province, or <see langword="null"/> for the cities that gave none.</param>
/// <param name="Totals">The province's totals.</param>
/// <param name="Cities">Its cities, by English name.</param>
public sealed record ProvinceAdoption(LocalizedText? Province, AdoptionTotals Totals, IReadOnlyList<CityAdoption> Cities);

/// <summary>The national roll-up of adoption progress: the country's totals and each province's.</summary>
/// <param name="AsOf">The ISO-calendar date the progress is for.</param>
/// <param name="National">The totals over every city.</param>
/// <param name="Provinces">Each province, by English name; the cities without a province last.</param>
public sealed record AdoptionRollup(LocalDate AsOf, AdoptionTotals National, IReadOnlyList<ProvinceAdoption> Provinces);

/// <summary>
/// Rolls every municipality's <see cref="AdoptionProgress"/> up by province and nationally, from the database: what
/// <see cref="AdoptionProgress.Compute(Municipality, IEnumerable{Neighbourhoods.Neighbourhood}, IEnumerable{Council}, IEnumerable{YouthMayors.YouthMayorCampaign}, LocalDate)"/>
/// computes from one city's loaded aggregates, for every city at once without loading their neighbourhoods, councils
/// or campaigns.
/// </summary>
/// <remarks>
/// <para>
/// Four short queries on one context: the municipalities (one row each with its charter and phase launches); one row
/// per neighbourhood with its mayor and whether a live active council and women's council exist on the date (correlated
/// <c>EXISTS</c> in SQL); the campaigns that have chosen youth mayors by the date (id, city, call date); and the youth
/// mayors of each city's latest such campaign counted by neighbourhood and gender (<c>GROUP BY</c> in SQL). For 1,400
/// cities of 20 neighbourhoods that is 28,000 small rows, never a resident, an idea or a council's members.
/// </para>
/// <para>Registered scoped by the storage registration. Not thread-safe, like the <see cref="GovernanceDbContext"/> it uses.</para>
/// </remarks>
/// <param name="context">The context to query; its change tracker is not used.</param>
public sealed class AdoptionRollups(GovernanceDbContext context)
{
    private readonly GovernanceDbContext _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <summary>Reads every city's progress on a date and sums it by province and nationally.</summary>
    /// <param name="asOf">The date: phases launched, mayors appointed, councils live and youth mayors chosen by then count.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The roll-up; no provinces and zero totals when no municipality is stored.</returns>
    public async Task<AdoptionRollup> ReadAsync(LocalDate asOf, CancellationToken cancellationToken = default)
    {
        var day = asOf.WithCalendar(CalendarSystem.Iso);
        var municipalities = await _context.Municipalities.AsNoTracking().ToListAsync(cancellationToken);
        var neighbourhoods = await _context.Neighbourhoods.IgnoreAutoIncludes()
            .Select(n => new
            {
                n.Id,
                n.MunicipalityId,
                n.Mayor,
                Council = _context.Councils.Any(c => c.NeighbourhoodId == n.Id && c.Kind == CouncilKind.Neighbourhood && c.Status == CouncilStatus.Active
                    && c.FormedOn <= day && (c.DissolvedOn == null || c.DissolvedOn > day)),
                Women = _context.Councils.Any(c => c.NeighbourhoodId == n.Id && c.Kind == CouncilKind.Women && c.Status == CouncilStatus.Active
                    && c.FormedOn <= day && (c.DissolvedOn == null || c.DissolvedOn > day)),
            })
            .ToListAsync(cancellationToken);

        // A city's youth mayors are those of its latest campaign (by call date) that has chosen any by the date.
        var campaigns = await _context.YouthMayorCampaigns.IgnoreAutoIncludes()
            .Where(c => c.YouthMayors.Any(m => m.ChosenOn <= day))
            .Select(c => new { c.Id, c.MunicipalityId, c.CallOpensOn })
            .ToListAsync(cancellationToken);
        var latest = campaigns.GroupBy(c => c.MunicipalityId).Select(g => g.OrderByDescending(c => c.CallOpensOn).First().Id).ToList();
        var youth = latest.Count == 0
            ? []
            : await _context.YouthMayorCampaigns.IgnoreAutoIncludes()
                .Where(c => latest.Contains(c.Id))
                .SelectMany(c => c.YouthMayors)
                .Where(m => m.ChosenOn <= day)
                .GroupBy(m => new { m.NeighbourhoodId, m.Gender })
                .Select(g => new { g.Key.NeighbourhoodId, g.Key.Gender, Mayors = g.Count() })
                .ToListAsync(cancellationToken);
        var mayors = youth.ToDictionary(y => (y.NeighbourhoodId, y.Gender), y => y.Mayors);
        int Mayors(NeighbourhoodId neighbourhood, Gender gender) => mayors.GetValueOrDefault((neighbourhood, gender));

        var rows = neighbourhoods.ToLookup(
            n => n.MunicipalityId,
            n => new NeighbourhoodAdoption(
                n.Id,
                n.Mayor is { } mayor && mayor.AppointedOn <= day,
                n.Council,
                n.Women,
                Mayors(n.Id, Gender.Male),
                Mayors(n.Id, Gender.Female)));
        var cities = municipalities
            .Select(m => new CityAdoption(m.Id, m.Name, m.Province, AdoptionProgress.Compute(m, rows[m.Id], day)))
            .OrderBy(c => c.Name.English, StringComparer.Ordinal)
            .ThenBy(c => c.MunicipalityId.Value)
            .ToList();
        var provinces = cities
            .GroupBy(c => c.Province?.English)
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProvinceAdoption(g.First().Province, AdoptionTotals.Of(g), [.. g]))
            .ToList();
        return new AdoptionRollup(day, AdoptionTotals.Of(cities), provinces);
    }
}
