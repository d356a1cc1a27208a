using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.EntityFrameworkCore.Reporting;

/// <summary>
/// How many latest idea versions of a municipality share a neighbourhood, a Solar Hijri month of first registration,
/// a status and a visibility: the dashboard's idea figures, kept in step by every save that changes an idea (ADR 0026)
/// so that they are read rather than counted.
/// </summary>
internal sealed class IdeaCount
{
    /// <summary>The neighbourhood key of city-wide ideas: the key cannot hold a null, which would never match itself.</summary>
    public static readonly NeighbourhoodId CityWide = new(Guid.Empty);

    public MunicipalityId MunicipalityId { get; set; }

    /// <summary>The idea's neighbourhood, or <see cref="CityWide"/>.</summary>
    public NeighbourhoodId NeighbourhoodId { get; set; }

    /// <summary>The Solar Hijri month of the idea's first registration in city time, as year × 100 + month.</summary>
    public int Month { get; set; }

    public IdeaStatus Status { get; set; }

    public IdeaVisibility Visibility { get; set; }

    /// <summary>How many.</summary>
    public long Ideas { get; set; }
}
