using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Municipalities;

/// <summary>What <see cref="AdoptionProgress"/> measures.</summary>
public enum AdoptionMeasure
{
    /// <summary>The model's phases the city has launched, of the five (four when its charter has no women's councils).</summary>
    PhasesLaunched = 1,

    /// <summary>Neighbourhoods with an appointed mayor.</summary>
    NeighbourhoodMayors = 2,

    /// <summary>Neighbourhoods whose neighbourhood council is active.</summary>
    NeighbourhoodCouncils = 3,

    /// <summary>Neighbourhoods whose women's council is active.</summary>
    WomensCouncils = 4,

    /// <summary>Neighbourhoods with every youth-mayor seat the charter gives them filled.</summary>
    YouthMayors = 5,
}

/// <summary>How one neighbourhood stands on the measures of <see cref="AdoptionProgress"/>.</summary>
/// <param name="NeighbourhoodId">The neighbourhood.</param>
/// <param name="HasMayor">Whether it has an appointed mayor.</param>
/// <param name="HasActiveCouncil">Whether its neighbourhood council is active.</param>
/// <param name="HasActiveWomensCouncil">Whether its women's council is active.</param>
/// <param name="BoyYouthMayors">Its boy youth mayors.</param>
/// <param name="GirlYouthMayors">Its girl youth mayors.</param>
public sealed record NeighbourhoodAdoption(
    NeighbourhoodId NeighbourhoodId,
    bool HasMayor,
    bool HasActiveCouncil,
    bool HasActiveWomensCouncil,
    int BoyYouthMayors,
    int GirlYouthMayors);

/// <summary>One measure of a city's progress: how many of how many.</summary>
/// <param name="Measure">What is measured.</param>
/// <param name="Done">How many are done (phases launched, neighbourhoods with a mayor…).</param>
/// <param name="Of">How many there are to do: five phases, or the city's neighbourhoods.</param>
/// <param name="Required">Whether the charter asks for it (a charter without women's councils does not).</param>
public sealed record AdoptionShare(AdoptionMeasure Measure, int Done, int Of, bool Required)
{
    /// <summary>The share done in whole per cent, rounded down; 0 when there is nothing to do.</summary>
    public int Percent => Of == 0 ? 0 : (int)(Done * 100L / Of);

    /// <summary>Whether everything is done: all of at least one.</summary>
    public bool IsComplete => Of > 0 && Done >= Of;

    /// <summary>The measure's name in Persian and English.</summary>
    public LocalizedText Name => AdoptionProgress.NameOf(Measure);
}

/// <summary>
/// A city's progress in adopting the model against its own charter: which of the five phases it has launched (from the
/// stored municipality's launches, not a preset), and the share of its neighbourhoods with a mayor, an active council,
/// an active women's council and their youth mayors. A measure the charter does not ask for (no women's councils, no
/// youth-mayor seats) is given but marked not required.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AdoptionProgress
{
    private readonly IReadOnlyList<ProgrammePhase> _phases;

    private AdoptionProgress(LocalDate asOf, IReadOnlyList<ProgrammePhase> phases, IReadOnlyList<PhaseLaunch> launched, IReadOnlyList<AdoptionShare> shares)
    {
        AsOf = asOf;
        _phases = phases;
        Launched = launched;
        Shares = shares;
    }

    /// <summary>The ISO-calendar date the progress is for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The phases launched by <see cref="AsOf"/>, in phase order.</summary>
    public IReadOnlyList<PhaseLaunch> Launched { get; }

    /// <summary>The phases the charter has that are not yet launched by <see cref="AsOf"/>, in phase order.</summary>
    public IReadOnlyList<ProgrammePhase> NotLaunched => [.. _phases.Where(p => Launched.All(l => l.Phase != p))];

    /// <summary>Every measure, in the order of <see cref="AdoptionMeasure"/>.</summary>
    public IReadOnlyList<AdoptionShare> Shares { get; }

    /// <summary>Whether every required measure is complete.</summary>
    public bool IsComplete => Shares.Where(s => s.Required).All(s => s.IsComplete);

    /// <summary>One measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Its share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is undefined.</exception>
    public AdoptionShare this[AdoptionMeasure measure] =>
        Shares.FirstOrDefault(s => s.Measure == measure) ?? throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a defined adoption measure.");

    /// <summary>Computes the progress from how each neighbourhood stands.</summary>
    /// <param name="municipality">The stored municipality: its phase launches and its charter.</param>
    /// <param name="neighbourhoods">One row per neighbourhood of the city (a neighbourhood given twice counts once).</param>
    /// <param name="asOf">The date: phases launched on or before it count.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AdoptionProgress Compute(Municipality municipality, IEnumerable<NeighbourhoodAdoption> neighbourhoods, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(neighbourhoods);
        var day = asOf.WithCalendar(CalendarSystem.Iso);
        var charter = municipality.Charter;
        var rows = neighbourhoods.DistinctBy(n => n.NeighbourhoodId).ToList();
        // A charter without women's councils has four phases: that one cannot be launched (Municipality.LaunchPhase).
        var phases = ProgrammePhases.All.Where(p => p != ProgrammePhase.WomensCouncils || charter.HasWomensCouncils).ToList();
        var launched = municipality.PhaseLaunches.Where(l => l.LaunchedOn <= day && phases.Contains(l.Phase)).OrderBy(l => l.Phase).ToList();
        var youthSeats = charter.BoyYouthMayorsPerNeighbourhood + charter.GirlYouthMayorsPerNeighbourhood;
        AdoptionShare Share(AdoptionMeasure measure, Func<NeighbourhoodAdoption, bool> done, bool required) =>
            new(measure, rows.Count(done), rows.Count, required);
        return new AdoptionProgress(
            day,
            phases,
            launched,
            [
                new AdoptionShare(AdoptionMeasure.PhasesLaunched, launched.Count, phases.Count, true),
                Share(AdoptionMeasure.NeighbourhoodMayors, n => n.HasMayor, true),
                Share(AdoptionMeasure.NeighbourhoodCouncils, n => n.HasActiveCouncil, true),
                Share(AdoptionMeasure.WomensCouncils, n => n.HasActiveWomensCouncil, charter.HasWomensCouncils),
                Share(
                    AdoptionMeasure.YouthMayors,
                    n => youthSeats > 0 && n.BoyYouthMayors >= charter.BoyYouthMayorsPerNeighbourhood && n.GirlYouthMayors >= charter.GirlYouthMayorsPerNeighbourhood,
                    youthSeats > 0),
            ]);
    }

    /// <summary>
    /// Computes the progress from the city's records: its neighbourhoods' mayors, the councils active on the date, and
    /// the youth mayors of its latest campaign that has chosen any by the date.
    /// </summary>
    /// <param name="municipality">The stored municipality.</param>
    /// <param name="neighbourhoods">Its neighbourhoods (others are ignored).</param>
    /// <param name="councils">Its councils.</param>
    /// <param name="campaigns">Its youth-mayor campaigns.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AdoptionProgress Compute(
        Municipality municipality,
        IEnumerable<Neighbourhood> neighbourhoods,
        IEnumerable<Council> councils,
        IEnumerable<YouthMayorCampaign> campaigns,
        LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(neighbourhoods);
        ArgumentNullException.ThrowIfNull(councils);
        ArgumentNullException.ThrowIfNull(campaigns);
        var day = asOf.WithCalendar(CalendarSystem.Iso);
        var active = councils
            .Where(c => c.MunicipalityId == municipality.Id && c.Status == CouncilStatus.Active && c.FormedOn <= day && (c.DissolvedOn is null || c.DissolvedOn > day))
            .Select(c => (c.NeighbourhoodId, c.Kind))
            .ToHashSet();
        var latest = campaigns
            .Where(c => c.MunicipalityId == municipality.Id && c.YouthMayors.Any(m => m.ChosenOn <= day))
            .OrderByDescending(c => c.CallOpensOn)
            .FirstOrDefault();
        var mayors = latest?.YouthMayors.Where(m => m.ChosenOn <= day).ToList() ?? [];
        var rows = neighbourhoods
            .Where(n => n.MunicipalityId == municipality.Id)
            .Select(n => new NeighbourhoodAdoption(
                n.Id,
                n.Mayor is { } mayor && mayor.AppointedOn <= day,
                active.Contains((n.Id, CouncilKind.Neighbourhood)),
                active.Contains((n.Id, CouncilKind.Women)),
                mayors.Count(m => m.NeighbourhoodId == n.Id && m.Gender == Gender.Male),
                mayors.Count(m => m.NeighbourhoodId == n.Id && m.Gender == Gender.Female)));
        return Compute(municipality, rows, day);
    }

    /// <summary>The name of a measure in Persian and English.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is undefined.</exception>
    public static LocalizedText NameOf(AdoptionMeasure measure) => measure switch
    {
        AdoptionMeasure.PhasesLaunched => LocalizedText.Of("مرحله‌های آغازشده", "Phases launched"),
        AdoptionMeasure.NeighbourhoodMayors => LocalizedText.Of("محله‌های دارای شهردار محله", "Neighbourhoods with a mayor"),
        AdoptionMeasure.NeighbourhoodCouncils => LocalizedText.Of("محله‌های دارای شورای محلهٔ فعال", "Neighbourhoods with an active council"),
        AdoptionMeasure.WomensCouncils => LocalizedText.Of("محله‌های دارای شورای بانوان فعال", "Neighbourhoods with an active women's council"),
        AdoptionMeasure.YouthMayors => LocalizedText.Of("محله‌های دارای شهرداران نوجوان", "Neighbourhoods with their youth mayors"),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a defined adoption measure."),
    };
}
