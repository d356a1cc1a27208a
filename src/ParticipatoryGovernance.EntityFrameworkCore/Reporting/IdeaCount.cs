using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.EntityFrameworkCore.Reporting;

/// <summary>
/// How many latest idea versions of a municipality share a Solar Hijri month of first registration, a status and a
/// visibility: the dashboard's monthly idea figures, kept in step by every save that changes an idea (ADR 0026) so
/// that they are read rather than counted.
/// </summary>
internal sealed class IdeaCountByMonth
{
    public MunicipalityId MunicipalityId { get; set; }

    /// <summary>The Solar Hijri month of the idea's first registration in city time, as year × 100 + month.</summary>
    public int Month { get; set; }

    public IdeaStatus Status { get; set; }

    public IdeaVisibility Visibility { get; set; }

    /// <summary>How many.</summary>
    public long Ideas { get; set; }
}

/// <summary>
/// How many latest idea versions of a neighbourhood share a status and a visibility: the dashboard's idea figures by
/// neighbourhood, kept like <see cref="IdeaCountByMonth"/>. City-wide ideas have no row here.
/// </summary>
internal sealed class IdeaCountByNeighbourhood
{
    public MunicipalityId MunicipalityId { get; set; }

    public NeighbourhoodId NeighbourhoodId { get; set; }

    public IdeaStatus Status { get; set; }

    public IdeaVisibility Visibility { get; set; }

    /// <summary>How many.</summary>
    public long Ideas { get; set; }
}
