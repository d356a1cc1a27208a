using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;

namespace RazorDemo.Data;

/// <summary>
/// The one municipality the demo runs and its neighbourhoods, read once and kept: every page needs them and they
/// change only when an administrator renames a neighbourhood, which the demo does not offer.
/// </summary>
public sealed class DemoCity(GovernanceDbContext context, IMemoryCache cache)
{
    private const string CacheKey = "demo-city";

    public async Task<CitySnapshot> GetAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync(CacheKey, async _ =>
        {
            var municipality = await context.Set<Municipality>().AsNoTracking().SingleAsync(cancellationToken);
            var neighbourhoods = await context.Set<Neighbourhood>().AsNoTracking().OrderBy(n => n.Number).ToListAsync(cancellationToken);
            return new CitySnapshot(municipality, neighbourhoods);
        }))!;
}

/// <summary>The municipality and its neighbourhoods in number order.</summary>
public sealed record CitySnapshot(Municipality Municipality, IReadOnlyList<Neighbourhood> Neighbourhoods)
{
    private readonly Dictionary<NeighbourhoodId, Neighbourhood> _byId = Neighbourhoods.ToDictionary(n => n.Id);

    public GovernanceCharter Charter => Municipality.Charter;

    public Neighbourhood? Find(NeighbourhoodId? id) => id is { } value ? _byId.GetValueOrDefault(value) : null;

    public Neighbourhood? ByNumber(int number) => Neighbourhoods.FirstOrDefault(n => n.Number == number);

    /// <summary>The neighbourhood whose number a reader typed or a link carries, in Persian or Latin digits; null if none.</summary>
    public Neighbourhood? ByNumber(string? text) =>
        int.TryParse(ParticipatoryGovernance.Calendar.PersianDigits.ToLatin(text?.Trim() ?? string.Empty), out var number) ? ByNumber(number) : null;
}
