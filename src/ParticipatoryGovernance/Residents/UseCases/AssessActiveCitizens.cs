using ParticipatoryGovernance.Comments.Specifications;
using Ardalis.Specification;
using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents.Specifications;
using ParticipatoryGovernance.UseCases;
using ParticipatoryGovernance.YouthMayors.Specifications;

namespace ParticipatoryGovernance.Residents.UseCases;

/// <summary>
/// Staff re-run the active-citizen assessment of a neighbourhood today, under the city's charter: every resident's
/// status and the rules that made them active are recorded on the resident (<see cref="Resident.RecordActiveCitizenship"/>).
/// </summary>
/// <param name="Municipality">The city.</param>
/// <param name="Neighbourhood">The neighbourhood; one of the municipality's.</param>
public sealed record AssessActiveCitizens(MunicipalityId Municipality, NeighbourhoodId Neighbourhood) : ICommand<Changed>;

/// <summary>
/// Handles <see cref="AssessActiveCitizens"/>: gathers the neighbourhood's participation records
/// (<c>NeighbourhoodParticipation.Gather</c>), assesses each resident with the stored charter's rules as of today,
/// and stores each assessment on its resident. A resident whose recorded assessment is already today's, with the same
/// reasons, is left as it is, so running it twice in a day stores nothing the second time; a resident who moved away
/// meanwhile is left to their new neighbourhood's assessment.
/// </summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock; the assessment is of today in the city.</param>
public sealed class AssessActiveCitizensHandler(IGovernanceStore store, IClock clock) : ICommandHandler<AssessActiveCitizens, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(AssessActiveCitizens command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var neighbourhood = await store.NeighbourhoodAsync(command.Municipality, command.Neighbourhood, cancellationToken);
        if (neighbourhood.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(neighbourhood);
        }

        var residents = await store.ListAsync(new ResidentsOfNeighbourhoodSpec(command.Neighbourhood), cancellationToken);
        var ids = residents.Select(r => r.Id).ToList();
        var participation = NeighbourhoodParticipation.Gather(
            command.Neighbourhood,
            residents,
            await store.ListAsync(new MeetingsOfNeighbourhoodSpec(command.Neighbourhood, MeetingStatus.Closed), cancellationToken),
            await store.ListAsync(new IdeasOfResidentsSpec(command.Municipality, ids), cancellationToken),
            await store.ListAsync(new CouncilsOfResidentsSpec(command.Municipality, ids), cancellationToken),
            await store.ListAsync(new YouthMayorCampaignsOfMunicipalitySpec(command.Municipality), cancellationToken),
            await store.ListAsync(new CommentsOfResidentsSpec(command.Municipality, ids), cancellationToken));
        var today = clock.Today();
        var assessments = participation.Assess(new ActiveCitizenAssessor(municipality.Value.Charter), today);

        var events = new List<IDomainEvent>();
        foreach (var (resident, assessment) in participation.Residents.Zip(assessments))
        {
            if (Unchanged(resident.ActiveCitizenship, assessment))
            {
                continue;
            }

            var stored = await store.ChangeAsync(
                new ResidentByIdSpec(resident.Id),
                r =>
                {
                    if (r.NeighbourhoodId == command.Neighbourhood)
                    {
                        r.RecordActiveCitizenship(assessment);
                    }

                    return Result.Success();
                },
                cancellationToken);
            if (stored.IsFailure)
            {
                return HandlerSteps.Fail<Changed>(stored);
            }

            events.AddRange(stored.Value);
        }

        return Result.Success(new Changed(events));
    }

    private static bool Unchanged(ActiveCitizenship? recorded, ActiveCitizenAssessment assessment) =>
        recorded is not null
        && recorded.AssessedOn == assessment.AssessedOn
        && recorded.ReasonRuleIds.SequenceEqual(assessment.Reasons.Select(r => r.RuleId));

    /// <summary>The municipality's ideas that any of the residents proposed, endorsed or carried out.</summary>
    private sealed class IdeasOfResidentsSpec : Specification<CitizenIdea>
    {
        public IdeasOfResidentsSpec(MunicipalityId municipality, List<ResidentId> residents) =>
            Query.Where(i => i.MunicipalityId == municipality
                && (residents.Contains(i.ProposerId)
                    || i.Endorsements.Any(e => residents.Contains(e.ResidentId))
                    || i.Implementers.Any(m => residents.Contains(m.ResidentId))));
    }

    /// <summary>The municipality's councils on which any of the residents has held a seat.</summary>
    private sealed class CouncilsOfResidentsSpec : Specification<Council>
    {
        public CouncilsOfResidentsSpec(MunicipalityId municipality, List<ResidentId> residents) =>
            Query.Where(c => c.MunicipalityId == municipality && c.Memberships.Any(m => residents.Contains(m.ResidentId)));
    }
}
