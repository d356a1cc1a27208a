using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Ideas;

public sealed partial class CitizenIdea
{
    /// <summary>
    /// The participation this idea is evidence of, for identifying active citizens: the proposer's submission, each
    /// standing endorsement, and once implemented, the proposer's implemented idea and each resident who carried it out.
    /// </summary>
    /// <returns>
    /// The records, dated on the city's (Asia/Tehran) calendar, placed in the idea's neighbourhood (none for a city-wide
    /// idea), with the idea's identifier as source. Empty for a removed idea: abusive content is not participation. A
    /// withdrawn endorsement leaves no record; a withdrawn or rejected idea still records its submission.
    /// </returns>
    public IReadOnlyList<Participation> Participations()
    {
        var records = new List<Participation>();
        if (Visibility == IdeaVisibility.Removed)
        {
            return records;
        }

        records.Add(Record(ProposerId, ParticipationKind.IdeaSubmitted, SubmittedAt));
        records.AddRange(_endorsements.Select(e => Record(e.ResidentId, ParticipationKind.IdeaEndorsed, e.At)));
        if (Status == IdeaStatus.Implemented)
        {
            var implementedAt = _transitions[^1].At;
            records.Add(Record(ProposerId, ParticipationKind.IdeaImplemented, implementedAt));
            records.AddRange(_implementers.Select(i => Record(i.ResidentId, ParticipationKind.IdeaCarriedOut, implementedAt)));
        }

        return records;
    }

    private Participation Record(ResidentId residentId, ParticipationKind kind, NodaTime.Instant at) =>
        new(residentId, NeighbourhoodId, kind, PersianDates.InCity(at).Date, Id.Value);
}
