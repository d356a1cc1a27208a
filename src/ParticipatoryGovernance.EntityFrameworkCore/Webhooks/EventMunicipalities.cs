using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore.Events;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.EntityFrameworkCore.Webhooks;

/// <summary>Finds the city a stored event belongs to, from its aggregate; remembers the answers for the batch.</summary>
internal sealed class EventMunicipalities(GovernanceDbContext db)
{
    private readonly Dictionary<(string, Guid), Guid?> _known = [];

    public async Task<Guid?> OfAsync(StoredDomainEvent stored, CancellationToken cancellationToken)
    {
        var key = (stored.AggregateType, stored.AggregateId);
        if (!_known.TryGetValue(key, out var city))
        {
            city = await FindAsync(stored.AggregateType, stored.AggregateId, cancellationToken);
            _known[key] = city;
        }

        return city;
    }

    private async Task<Guid?> FindAsync(string aggregateType, Guid id, CancellationToken c)
    {
        MunicipalityId? found = aggregateType switch
        {
            nameof(Municipality) => new MunicipalityId(id),
            nameof(Neighbourhood) => await NeighbourhoodCityAsync(new NeighbourhoodId(id), c),
            nameof(Resident) => await db.Residents.AsNoTracking().Where(r => r.Id == new ResidentId(id)).Select(r => (NeighbourhoodId?)r.NeighbourhoodId).FirstOrDefaultAsync(c) is { } n
                ? await NeighbourhoodCityAsync(n, c) : null,
            nameof(NeighbourhoodMeeting) => await db.NeighbourhoodMeetings.AsNoTracking().Where(m => m.Id == new MeetingId(id)).Select(m => (NeighbourhoodId?)m.NeighbourhoodId).FirstOrDefaultAsync(c) is { } n
                ? await NeighbourhoodCityAsync(n, c) : null,
            nameof(Council) => await db.Councils.AsNoTracking().Where(x => x.Id == new CouncilId(id)).Select(x => (MunicipalityId?)x.MunicipalityId).FirstOrDefaultAsync(c),
            nameof(CitizenIdea) => await db.CitizenIdeas.AsNoTracking().Where(x => x.Id == new CitizenIdeaId(id)).Select(x => (MunicipalityId?)x.MunicipalityId).FirstOrDefaultAsync(c),
            nameof(YouthMayorCampaign) => await CampaignCityAsync(new YouthMayorCampaignId(id), c),
            nameof(YouthMayorElection) => await db.YouthMayorElections.AsNoTracking().Where(x => x.Id == new YouthMayorElectionId(id)).Select(x => (YouthMayorCampaignId?)x.CampaignId).FirstOrDefaultAsync(c) is { } campaign
                ? await CampaignCityAsync(campaign, c) : null,
            nameof(BudgetingRound) => await db.BudgetingRounds.AsNoTracking().Where(x => x.Id == new BudgetingRoundId(id)).Select(x => (MunicipalityId?)x.MunicipalityId).FirstOrDefaultAsync(c),
            nameof(Comment) => await db.Comments.AsNoTracking().Where(x => x.Id == new CommentId(id)).Select(x => (MunicipalityId?)x.MunicipalityId).FirstOrDefaultAsync(c),
            _ => null,
        };
        return found?.Value;
    }

    private Task<MunicipalityId?> NeighbourhoodCityAsync(NeighbourhoodId id, CancellationToken c) =>
        db.Neighbourhoods.AsNoTracking().Where(n => n.Id == id).Select(n => (MunicipalityId?)n.MunicipalityId).FirstOrDefaultAsync(c);

    private Task<MunicipalityId?> CampaignCityAsync(YouthMayorCampaignId id, CancellationToken c) =>
        db.YouthMayorCampaigns.AsNoTracking().Where(x => x.Id == id).Select(x => (MunicipalityId?)x.MunicipalityId).FirstOrDefaultAsync(c);
}
