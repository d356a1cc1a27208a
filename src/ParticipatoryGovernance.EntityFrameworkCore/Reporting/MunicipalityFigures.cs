using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.EntityFrameworkCore.Reporting;

/// <summary>
/// A municipality's dashboard figures as <see cref="GovernanceFigures"/> counts them in the database: the same numbers
/// the library's in-memory functions give (<see cref="CouncilCoverage.Compute"/>, <see cref="IdeaFigures.From"/>,
/// <see cref="YouthMayors.YouthMayorFigures.From"/>) for the parts a dashboard shows.
/// </summary>
/// <param name="MunicipalityId">The municipality.</param>
/// <param name="AsOf">The date council members and coverage are counted on.</param>
/// <param name="NeighbourhoodCount">Its neighbourhoods.</param>
/// <param name="Coverage">Council coverage by neighbourhood, as <see cref="CouncilCoverage.Compute"/> gives it.</param>
/// <param name="Ideas">Ideas by status and by month of registration.</param>
/// <param name="Youth">The latest youth-mayor campaign's figures, or <see langword="null"/> when there is none.</param>
public sealed record MunicipalityFigures(
    MunicipalityId MunicipalityId,
    LocalDate AsOf,
    int NeighbourhoodCount,
    CouncilCoverage Coverage,
    IdeaStatusFigures Ideas,
    CampaignFigures? Youth);

/// <summary>
/// Ideas counted by status, as in <see cref="IdeaFigures"/>: each idea once (its latest version), removed ideas left out
/// and counted apart, hidden ones kept in and also counted apart, months in city time of the first version's submission.
/// </summary>
/// <param name="Total">All ideas, by status (<see cref="IdeaFigures.Total"/>).</param>
/// <param name="ByMonth">The ideas registered in each Solar Hijri month that has any, earliest first (<see cref="IdeaFigures.ByMonth"/>).</param>
/// <param name="ByNeighbourhood">The ideas for each neighbourhood that has any, city-wide ideas left out (<see cref="IdeaFigures.ByNeighbourhood"/>).</param>
/// <param name="Hidden">Hidden ideas waiting for a moderator (<see cref="IdeaFigures.Hidden"/>).</param>
/// <param name="Removed">Removed ideas (<see cref="IdeaFigures.Removed"/>).</param>
public sealed record IdeaStatusFigures(
    IdeaCounts Total,
    IReadOnlyDictionary<SolarHijriMonth, IdeaCounts> ByMonth,
    IReadOnlyDictionary<NeighbourhoodId, IdeaCounts> ByNeighbourhood,
    int Hidden,
    int Removed);

/// <summary>A youth-mayor campaign's figures, as in <see cref="YouthMayors.YouthMayorFigures"/>.</summary>
/// <param name="Applicants">Applications accepted.</param>
/// <param name="Shortlisted">Applicants shortlisted.</param>
/// <param name="Interviewed">Applicants interviewed in at least one session.</param>
/// <param name="InterviewSessions">Interview sessions held.</param>
/// <param name="BoyMayors">Boy youth mayors.</param>
/// <param name="GirlMayors">Girl youth mayors.</param>
/// <param name="TeamMembers">Seats filled on youth mayors' teams.</param>
/// <param name="CompleteTeams">Teams with every seat filled.</param>
/// <param name="TeenagersEngaged">Distinct youth mayors and team members.</param>
public sealed record CampaignFigures(
    int Applicants,
    int Shortlisted,
    int Interviewed,
    int InterviewSessions,
    int BoyMayors,
    int GirlMayors,
    int TeamMembers,
    int CompleteTeams,
    int TeenagersEngaged)
{
    /// <summary>All youth mayors.</summary>
    public int Mayors => BoyMayors + GirlMayors;
}
