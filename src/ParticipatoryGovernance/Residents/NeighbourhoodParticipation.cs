using NodaTime;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Residents;

/// <summary>
/// What <see cref="ActiveCitizenAssessor"/> needs to assess one neighbourhood: its residents, their participation records
/// wherever in the city they took part (an endorsement of a city-wide idea counts as much as one of a neighbour's), and
/// the meetings the neighbourhood has held (the attendance rule counts against them).
/// </summary>
/// <remarks>Built by <c>Gather</c> from the aggregates that keep the evidence; immutable once built.</remarks>
/// <param name="NeighbourhoodId">The neighbourhood.</param>
/// <param name="Residents">Its residents.</param>
/// <param name="Participations">The participation records of those residents, and of no one else.</param>
/// <param name="HeldMeetings">The neighbourhood's closed meetings.</param>
public sealed record NeighbourhoodParticipation(
    NeighbourhoodId NeighbourhoodId,
    IReadOnlyList<Resident> Residents,
    IReadOnlyList<Participation> Participations,
    IReadOnlyList<HeldMeeting> HeldMeetings)
{
    /// <summary>
    /// Gathers a neighbourhood's participation from the aggregates that record it. Residents of other neighbourhoods,
    /// meetings of other neighbourhoods and records of other people are left out, so callers may pass more than needed.
    /// </summary>
    /// <param name="neighbourhoodId">The neighbourhood.</param>
    /// <param name="residents">Residents, the neighbourhood's among them.</param>
    /// <param name="meetings">Meetings, the neighbourhood's among them; only closed meetings were held.</param>
    /// <param name="ideas">Ideas its residents proposed, endorsed or carried out.</param>
    /// <param name="councils">Councils its residents sat on.</param>
    /// <param name="campaigns">Youth-mayor campaigns its residents served in.</param>
    /// <returns>The neighbourhood's residents (by identifier), their records and its held meetings (latest first).</returns>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    public static NeighbourhoodParticipation Gather(
        NeighbourhoodId neighbourhoodId,
        IEnumerable<Resident> residents,
        IEnumerable<NeighbourhoodMeeting> meetings,
        IEnumerable<CitizenIdea> ideas,
        IEnumerable<Council> councils,
        IEnumerable<YouthMayorCampaign> campaigns) =>
        Gather(neighbourhoodId, residents, meetings, ideas, councils, campaigns, []);

    /// <summary>
    /// Gathers a neighbourhood's participation from the aggregates that record it, comments included. Residents of other
    /// neighbourhoods, meetings of other neighbourhoods and records of other people are left out, so callers may pass
    /// more than needed.
    /// </summary>
    /// <param name="neighbourhoodId">The neighbourhood.</param>
    /// <param name="residents">Residents, the neighbourhood's among them.</param>
    /// <param name="meetings">Meetings, the neighbourhood's among them; only closed meetings were held.</param>
    /// <param name="ideas">Ideas its residents proposed, endorsed or carried out.</param>
    /// <param name="councils">Councils its residents sat on.</param>
    /// <param name="campaigns">Youth-mayor campaigns its residents served in.</param>
    /// <param name="comments">Comments its residents posted; hidden ones do not count.</param>
    /// <returns>The neighbourhood's residents (by identifier), their records and its held meetings (latest first).</returns>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    public static NeighbourhoodParticipation Gather(
        NeighbourhoodId neighbourhoodId,
        IEnumerable<Resident> residents,
        IEnumerable<NeighbourhoodMeeting> meetings,
        IEnumerable<CitizenIdea> ideas,
        IEnumerable<Council> councils,
        IEnumerable<YouthMayorCampaign> campaigns,
        IEnumerable<Comments.Comment> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(residents);
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(ideas);
        ArgumentNullException.ThrowIfNull(councils);
        ArgumentNullException.ThrowIfNull(campaigns);
        var people = residents.Where(r => r.NeighbourhoodId == neighbourhoodId).DistinctBy(r => r.Id).OrderBy(r => r.Id).ToList();
        var ids = people.Select(r => r.Id).ToHashSet();
        var meetingList = meetings.DistinctBy(m => m.Id).ToList();
        var held = meetingList
            .Where(m => m.NeighbourhoodId == neighbourhoodId && m.Status == MeetingStatus.Closed)
            .Select(m => new HeldMeeting(m.Id.Value, m.HeldOn))
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.MeetingId)
            .ToList();
        var records = meetingList.SelectMany(m => m.Participations())
            .Concat(ideas.DistinctBy(i => i.Id).SelectMany(i => i.Participations()))
            .Concat(councils.DistinctBy(c => c.Id).SelectMany(c => c.Participations()))
            .Concat(campaigns.DistinctBy(c => c.Id).SelectMany(c => c.Participations()))
            .Concat(comments.DistinctBy(c => c.Id).SelectMany(c => c.Participations()))
            .Where(p => ids.Contains(p.ResidentId))
            .ToList();
        return new NeighbourhoodParticipation(neighbourhoodId, people, records, held);
    }

    /// <summary>Assesses every resident without recording anything: what the assessor would say of each today.</summary>
    /// <param name="assessor">The assessor of the city's charter.</param>
    /// <param name="asOf">The ISO-calendar date of the assessment.</param>
    /// <returns>One assessment per resident, in the order of <see cref="Residents"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessor"/> is null.</exception>
    public IReadOnlyList<ActiveCitizenAssessment> Assess(ActiveCitizenAssessor assessor, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        var byResident = Participations.ToLookup(p => p.ResidentId);
        return [.. Residents.Select(r => assessor.Assess(r.Id, byResident[r.Id], HeldMeetings, asOf))];
    }
}
