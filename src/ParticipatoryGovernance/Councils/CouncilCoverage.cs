using NodaTime;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Councils;

/// <summary>How one neighbourhood is covered by councils on a date.</summary>
/// <param name="NeighbourhoodId">The neighbourhood.</param>
/// <param name="Number">Its number.</param>
/// <param name="HasActiveCouncil">Whether its neighbourhood council is active.</param>
/// <param name="CouncilMembers">Members of its neighbourhood council (forming or active).</param>
/// <param name="CouncilSeatsVacant">Empty seats on its neighbourhood council (forming or active).</param>
/// <param name="HasWomensCouncil">Whether its women's council is active.</param>
/// <param name="WomensCouncilMembers">Members of its women's council (forming or active).</param>
/// <param name="WomensCouncilSeatsVacant">Empty seats on its women's council (forming or active).</param>
public sealed record NeighbourhoodCouncilCoverage(
    NeighbourhoodId NeighbourhoodId,
    int Number,
    bool HasActiveCouncil,
    int CouncilMembers,
    int CouncilSeatsVacant,
    bool HasWomensCouncil,
    int WomensCouncilMembers,
    int WomensCouncilSeatsVacant);

/// <summary>
/// Council coverage of a municipality, computed from the records: neighbourhoods with an active council and with a
/// women's council ("47 of 50"), members in all and seats vacant, by neighbourhood and in total.
/// </summary>
/// <param name="AsOf">The date the figures are for.</param>
/// <param name="Neighbourhoods">One row per neighbourhood, by number.</param>
public sealed record CouncilCoverage(LocalDate AsOf, IReadOnlyList<NeighbourhoodCouncilCoverage> Neighbourhoods)
{
    /// <summary>Neighbourhoods counted.</summary>
    public int NeighbourhoodCount => Neighbourhoods.Count;

    /// <summary>Neighbourhoods whose neighbourhood council is active.</summary>
    public int WithActiveCouncil => Neighbourhoods.Count(n => n.HasActiveCouncil);

    /// <summary>Neighbourhoods whose women's council is active.</summary>
    public int WithWomensCouncil => Neighbourhoods.Count(n => n.HasWomensCouncil);

    /// <summary>Members of neighbourhood councils in all.</summary>
    public int CouncilMembers => Neighbourhoods.Sum(n => n.CouncilMembers);

    /// <summary>Members of women's councils in all.</summary>
    public int WomensCouncilMembers => Neighbourhoods.Sum(n => n.WomensCouncilMembers);

    /// <summary>Empty seats on existing (forming or active) councils of both kinds.</summary>
    public int SeatsVacant => Neighbourhoods.Sum(n => n.CouncilSeatsVacant + n.WomensCouncilSeatsVacant);

    /// <summary>Computes the coverage of the given neighbourhoods on a date.</summary>
    /// <param name="neighbourhoods">The municipality's neighbourhoods.</param>
    /// <param name="councils">Their councils (others are ignored).</param>
    /// <param name="asOf">The date: members are those holding a seat that day.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    public static CouncilCoverage Compute(IEnumerable<Neighbourhood> neighbourhoods, IEnumerable<Council> councils, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(neighbourhoods);
        ArgumentNullException.ThrowIfNull(councils);
        var live = councils
            .Where(c => c.FormedOn <= asOf && (c.DissolvedOn is null || c.DissolvedOn > asOf))
            .ToLookup(c => (c.NeighbourhoodId, c.Kind));
        var rows = neighbourhoods.OrderBy(n => n.Number).Select(n =>
        {
            var council = live[(n.Id, CouncilKind.Neighbourhood)].FirstOrDefault();
            var women = live[(n.Id, CouncilKind.Women)].FirstOrDefault();
            return new NeighbourhoodCouncilCoverage(
                n.Id,
                n.Number,
                council?.Status == CouncilStatus.Active,
                Members(council, asOf),
                council is null ? 0 : council.Seats - Members(council, asOf),
                women?.Status == CouncilStatus.Active,
                Members(women, asOf),
                women is null ? 0 : women.Seats - Members(women, asOf));
        }).ToList();
        return new CouncilCoverage(asOf, rows);
    }

    private static int Members(Council? council, LocalDate asOf) =>
        council is null ? 0 : council.MembersOn(asOf).Select(m => m.ResidentId).Distinct().Count();
}
