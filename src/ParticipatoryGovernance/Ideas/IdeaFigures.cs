using ParticipatoryGovernance.Calendar;
using System.Collections.ObjectModel;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Ideas;

/// <summary>
/// The dashboard's figures for citizen ideas ("more than 2,000 ideas registered"): counts by status for the whole
/// city, by neighbourhood, by urban field and by Solar Hijri month of registration.
/// </summary>
/// <remarks>
/// <para>
/// Computed in memory from the ideas themselves by <see cref="From"/>, so it can be tested without a database. An idea
/// resubmitted after rejection is one idea: only its latest version counts, in its current status, neighbourhood and
/// field, and in the month its first version was registered. Removed ideas are left out and counted apart in
/// <see cref="Removed"/>; hidden ideas still count (no moderator has decided yet). Pass every version of every idea of
/// one municipality: an older version whose successor is missing from the input is not counted.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class IdeaFigures
{
    private IdeaFigures(
        IdeaCounts total,
        IdeaCounts cityWide,
        IReadOnlyDictionary<NeighbourhoodId, IdeaCounts> byNeighbourhood,
        IReadOnlyDictionary<string, IdeaCounts> byField,
        IReadOnlyDictionary<SolarHijriMonth, IdeaCounts> byMonth,
        int hidden,
        int removed,
        int carriedOutByResidents)
    {
        Total = total;
        CityWide = cityWide;
        ByNeighbourhood = byNeighbourhood;
        ByField = byField;
        ByMonth = byMonth;
        Hidden = hidden;
        Removed = removed;
        CarriedOutByResidents = carriedOutByResidents;
    }

    /// <summary>All ideas of the city, by status; <see cref="IdeaCounts.Registered"/> is the headline figure.</summary>
    public IdeaCounts Total { get; }

    /// <summary>The ideas for the whole city rather than one neighbourhood.</summary>
    public IdeaCounts CityWide { get; }

    /// <summary>The ideas for each neighbourhood that has any; city-wide ideas are in <see cref="CityWide"/> instead.</summary>
    public IReadOnlyDictionary<NeighbourhoodId, IdeaCounts> ByNeighbourhood { get; }

    /// <summary>The ideas in each urban field that has any, by field key.</summary>
    public IReadOnlyDictionary<string, IdeaCounts> ByField { get; }

    /// <summary>The ideas registered in each Solar Hijri month (city time) that has any, enumerated earliest first.</summary>
    public IReadOnlyDictionary<SolarHijriMonth, IdeaCounts> ByMonth { get; }

    /// <summary>The ideas hidden after reports and waiting for a moderator; they are also in the other counts.</summary>
    public int Hidden { get; }

    /// <summary>The ideas removed by moderators; they are in no other count.</summary>
    public int Removed { get; }

    /// <summary>The implemented ideas that residents carried out themselves.</summary>
    public int CarriedOutByResidents { get; }

    /// <summary>Computes the figures.</summary>
    /// <param name="ideas">Every version of every idea of one municipality.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ideas"/> or one of its items is null.</exception>
    public static IdeaFigures From(IEnumerable<CitizenIdea> ideas)
    {
        ArgumentNullException.ThrowIfNull(ideas);
        var total = IdeaCounts.None;
        var cityWide = IdeaCounts.None;
        var byNeighbourhood = new Dictionary<NeighbourhoodId, IdeaCounts>();
        var byField = new Dictionary<string, IdeaCounts>(StringComparer.Ordinal);
        var byMonth = new SortedDictionary<SolarHijriMonth, IdeaCounts>();
        int hidden = 0, removed = 0, carriedOut = 0;
        foreach (var idea in ideas)
        {
            ArgumentNullException.ThrowIfNull(idea, nameof(ideas));
            if (!idea.IsLatestVersion)
            {
                continue;
            }

            if (idea.Visibility == IdeaVisibility.Removed)
            {
                removed++;
                continue;
            }

            var status = idea.Status;
            total = total.PlusOne(status);
            if (idea.NeighbourhoodId is { } neighbourhood)
            {
                byNeighbourhood[neighbourhood] = byNeighbourhood.GetValueOrDefault(neighbourhood, IdeaCounts.None).PlusOne(status);
            }
            else
            {
                cityWide = cityWide.PlusOne(status);
            }

            byField[idea.FieldKey] = byField.GetValueOrDefault(idea.FieldKey, IdeaCounts.None).PlusOne(status);
            var month = SolarHijriMonth.Of(idea.FirstSubmittedAt);
            byMonth[month] = byMonth.GetValueOrDefault(month, IdeaCounts.None).PlusOne(status);
            hidden += idea.Visibility == IdeaVisibility.Hidden ? 1 : 0;
            carriedOut += idea.IsCarriedOutByResidents ? 1 : 0;
        }

        return new IdeaFigures(
            total,
            cityWide,
            new ReadOnlyDictionary<NeighbourhoodId, IdeaCounts>(byNeighbourhood),
            new ReadOnlyDictionary<string, IdeaCounts>(byField),
            new ReadOnlyDictionary<SolarHijriMonth, IdeaCounts>(byMonth),
            hidden,
            removed,
            carriedOut);
    }
}
