using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// The figures of a "Become a mayor" campaign, each computed from the campaign's own records (Rafsanjan reported 350
/// interviewed, 56 sessions, 48 boy and 46 girl youth mayors and 1,040 teenagers engaged; 94 youth mayors with teams of 9
/// make 940, and these figures give what the records hold).
/// </summary>
/// <remarks>Immutable and thread-safe; a snapshot taken by <see cref="From"/>.</remarks>
public sealed class YouthMayorFigures
{
    private YouthMayorFigures(
        int applicants,
        int shortlisted,
        int interviewed,
        int interviewSessions,
        int boyMayors,
        int girlMayors,
        IReadOnlyList<NeighbourhoodId> withoutBoyMayor,
        IReadOnlyList<NeighbourhoodId> withoutGirlMayor,
        int teamMembers,
        int completeTeams,
        int teenagersEngaged)
    {
        Applicants = applicants;
        Shortlisted = shortlisted;
        Interviewed = interviewed;
        InterviewSessions = interviewSessions;
        BoyMayors = boyMayors;
        GirlMayors = girlMayors;
        NeighbourhoodsWithoutBoyMayor = withoutBoyMayor;
        NeighbourhoodsWithoutGirlMayor = withoutGirlMayor;
        TeamMembers = teamMembers;
        CompleteTeams = completeTeams;
        TeenagersEngaged = teenagersEngaged;
    }

    /// <summary>Applications accepted (refused ones are not recorded).</summary>
    public int Applicants { get; }

    /// <summary>Applicants shortlisted for interview (or, in an election, standing as candidates).</summary>
    public int Shortlisted { get; }

    /// <summary>Applicants interviewed in at least one session.</summary>
    public int Interviewed { get; }

    /// <summary>Interview sessions held.</summary>
    public int InterviewSessions { get; }

    /// <summary>Boy youth mayors (<see cref="Gender.Male"/>).</summary>
    public int BoyMayors { get; }

    /// <summary>Girl youth mayors (<see cref="Gender.Female"/>).</summary>
    public int GirlMayors { get; }

    /// <summary>All youth mayors.</summary>
    public int Mayors => BoyMayors + GirlMayors;

    /// <summary>The municipality's neighbourhoods, by number, with fewer boy youth mayors than the charter provides.</summary>
    public IReadOnlyList<NeighbourhoodId> NeighbourhoodsWithoutBoyMayor { get; }

    /// <summary>The municipality's neighbourhoods, by number, with fewer girl youth mayors than the charter provides.</summary>
    public IReadOnlyList<NeighbourhoodId> NeighbourhoodsWithoutGirlMayor { get; }

    /// <summary>Seats filled on youth mayors' teams.</summary>
    public int TeamMembers { get; }

    /// <summary>Teams with every seat filled.</summary>
    public int CompleteTeams { get; }

    /// <summary>The distinct people who are youth mayors or team members: the teenagers the campaign engaged.</summary>
    public int TeenagersEngaged { get; }

    /// <summary>Computes the figures of a campaign from its records.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="neighbourhoods">The municipality's neighbourhoods, to find those still without a youth mayor; neighbourhoods of other municipalities are ignored.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="neighbourhoods"/> holds a null.</exception>
    public static YouthMayorFigures From(YouthMayorCampaign campaign, IEnumerable<Neighbourhood> neighbourhoods)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(neighbourhoods);
        var own = neighbourhoods
            .Select(n => n ?? throw new ArgumentNullException(nameof(neighbourhoods), "The neighbourhoods must not contain a null."))
            .Where(n => n.MunicipalityId == campaign.MunicipalityId)
            .OrderBy(n => n.Number)
            .ToList();
        var mayors = campaign.YouthMayors;
        var interviewed = campaign.InterviewSessions.SelectMany(s => s.Interviews).Select(i => i.ApplicationId).Distinct().Count();
        var engaged = mayors.Select(m => m.ResidentId)
            .Concat(mayors.SelectMany(m => m.Team.Members).Select(m => m.ResidentId))
            .Distinct()
            .Count();

        List<NeighbourhoodId> Lacking(Gender gender)
        {
            var seats = campaign.SeatsPerNeighbourhood(gender);
            return own
                .Where(n => mayors.Count(m => m.NeighbourhoodId == n.Id && m.Gender == gender) < seats)
                .Select(n => n.Id)
                .ToList();
        }

        return new YouthMayorFigures(
            campaign.Applications.Count,
            campaign.Applications.Count(a => a.IsShortlisted),
            interviewed,
            campaign.InterviewSessions.Count,
            mayors.Count(m => m.Gender == Gender.Male),
            mayors.Count(m => m.Gender == Gender.Female),
            Lacking(Gender.Male),
            Lacking(Gender.Female),
            mayors.Sum(m => m.Team.Members.Count),
            mayors.Count(m => m.Team.IsComplete),
            engaged);
    }
}
