using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Ideas.UseCases;

/// <summary>The one path every change to a stored idea takes: municipality, input checks, retried change.</summary>
internal static class IdeaChanges
{
    public static async Task<Result<Changed>> ChangeAsync(
        IGovernanceStore store,
        MunicipalityId municipalityId,
        CitizenIdeaId ideaId,
        ResidentId? resident,
        RuleViolation? inputRefusal,
        Func<CitizenIdea, Municipality, Result> change,
        CancellationToken cancellationToken)
    {
        var municipality = await store.MunicipalityAsync(municipalityId, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var refusals = new List<RuleViolation>();
        if (resident is { } residentId)
        {
            refusals.AddRange((await store.ResidentAsync(municipalityId, residentId, cancellationToken)).Violations);
        }

        if (inputRefusal is not null)
        {
            refusals.Add(inputRefusal);
        }

        if (refusals.Count > 0)
        {
            return Result.Failure<Changed>([.. refusals]);
        }

        var stored = await store.ChangeAsync(
            new CitizenIdeaByIdSpec(ideaId),
            HandlerSteps.Within<CitizenIdea>(i => i.MunicipalityId, municipalityId, UseCaseRules.Things.Idea, idea => change(idea, municipality.Value)),
            cancellationToken);
        return stored.Done();
    }
}
