using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Residents;

/// <summary>
/// Reads a neighbourhood's participation records for <see cref="ActiveCitizenAssessor"/>: its residents, the closed
/// meetings it held, and only the ideas, councils, campaigns and comments its residents took part in (the database picks them
/// out; the rest of the city's records never leave it). Which records count is decided by the core package
/// (<c>NeighbourhoodParticipation.Gather</c>), the same rule the <c>AssessActiveCitizens</c> command applies.
/// </summary>
/// <remarks>Reads without tracking; registered scoped by the storage package; not thread-safe, like its context.</remarks>
public sealed class ParticipationRecords
{
    private readonly GovernanceDbContext _context;

    /// <summary>Creates the query over a context.</summary>
    /// <param name="context">The unit of work.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public ParticipationRecords(GovernanceDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    /// <summary>Reads one neighbourhood's participation.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="neighbourhoodId">The neighbourhood; one of the municipality's.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The participation, or <see langword="null"/> when the municipality has no such neighbourhood.</returns>
    public async Task<NeighbourhoodParticipation?> ReadNeighbourhoodAsync(MunicipalityId municipalityId, NeighbourhoodId neighbourhoodId, CancellationToken cancellationToken = default)
    {
        if (!await _context.Neighbourhoods.IgnoreAutoIncludes().AnyAsync(n => n.Id == neighbourhoodId && n.MunicipalityId == municipalityId, cancellationToken))
        {
            return null;
        }

        var residents = await _context.Residents.AsNoTracking().Where(r => r.NeighbourhoodId == neighbourhoodId).ToListAsync(cancellationToken);
        var ids = residents.Select(r => r.Id).ToList();
        var meetings = await _context.NeighbourhoodMeetings.AsNoTracking()
            .Where(m => m.NeighbourhoodId == neighbourhoodId && m.Status == MeetingStatus.Closed)
            .ToListAsync(cancellationToken);
        var ideas = await _context.CitizenIdeas.AsNoTracking()
            .Where(i => i.MunicipalityId == municipalityId
                && (ids.Contains(i.ProposerId)
                    || i.Endorsements.Any(e => ids.Contains(e.ResidentId))
                    || i.Implementers.Any(m => ids.Contains(m.ResidentId))))
            .ToListAsync(cancellationToken);
        var councils = await _context.Councils.AsNoTracking()
            .Where(c => c.MunicipalityId == municipalityId && c.Memberships.Any(m => ids.Contains(m.ResidentId)))
            .ToListAsync(cancellationToken);
        var campaigns = await _context.YouthMayorCampaigns.AsNoTracking()
            .Where(c => c.MunicipalityId == municipalityId)
            .ToListAsync(cancellationToken);
        var comments = await _context.Comments.AsNoTracking()
            .Where(c => c.MunicipalityId == municipalityId && ids.Contains(c.AuthorId))
            .ToListAsync(cancellationToken);
        return NeighbourhoodParticipation.Gather(neighbourhoodId, residents, meetings, ideas, councils, campaigns, comments);
    }
}
