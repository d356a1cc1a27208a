using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Ideas.UseCases;

/// <summary>A resident submits a creative idea for the city or their neighbourhood.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Proposer">The resident proposing it.</param>
/// <param name="Title">The title as typed.</param>
/// <param name="Description">The description as typed.</param>
/// <param name="Field">The key of one of the charter's urban fields.</param>
/// <param name="Neighbourhood">The neighbourhood it is for, or null for the whole city.</param>
/// <param name="EstimatedCost">The proposer's estimate in rials, or null.</param>
public sealed record SubmitIdea(
    MunicipalityId Municipality,
    ResidentId Proposer,
    string? Title,
    string? Description,
    string? Field,
    NeighbourhoodId? Neighbourhood = null,
    long? EstimatedCost = null) : ICommand<Created<CitizenIdeaId>>;

/// <summary>Handles <see cref="SubmitIdea"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class SubmitIdeaHandler(IGovernanceStore store, IClock clock) : ICommandHandler<SubmitIdea, Created<CitizenIdeaId>>
{
    /// <inheritdoc />
    public async Task<Result<Created<CitizenIdeaId>>> HandleAsync(SubmitIdea command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Created<CitizenIdeaId>>(municipality);
        }

        var proposer = await store.ResidentAsync(command.Municipality, command.Proposer, cancellationToken);
        var draft = await IdeaInput.DraftAsync(store, municipality.Value, command.Title, command.Description, command.Field, command.Neighbourhood, command.EstimatedCost, cancellationToken);
        if (proposer.IsFailure || draft.IsFailure)
        {
            return HandlerSteps.Fail<Created<CitizenIdeaId>>(proposer.Violations.Concat(draft.Violations));
        }

        var idea = CitizenIdea.Submit(CitizenIdeaId.New(), municipality.Value, command.Proposer, draft.Value, clock.Now());
        if (idea.IsFailure)
        {
            return HandlerSteps.Fail<Created<CitizenIdeaId>>(idea);
        }

        var stored = await store.AddAsync(idea.Value, cancellationToken);
        return stored.IsSuccess
            ? Result.Success(new Created<CitizenIdeaId>(idea.Value.Id, stored.Value))
            : HandlerSteps.Fail<Created<CitizenIdeaId>>(stored);
    }
}

/// <summary>The proposer submits a new version of their idea (after a rejection, or to change it while it waits).</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The version being replaced.</param>
/// <param name="Proposer">The proposer.</param>
/// <param name="Title">The new title as typed.</param>
/// <param name="Description">The new description as typed.</param>
/// <param name="Field">The key of one of the charter's urban fields.</param>
/// <param name="Neighbourhood">The neighbourhood, or null for the whole city.</param>
/// <param name="EstimatedCost">The estimate in rials, or null.</param>
public sealed record ResubmitIdea(
    MunicipalityId Municipality,
    CitizenIdeaId Idea,
    ResidentId Proposer,
    string? Title,
    string? Description,
    string? Field,
    NeighbourhoodId? Neighbourhood = null,
    long? EstimatedCost = null) : ICommand<Created<CitizenIdeaId>>;

/// <summary>Handles <see cref="ResubmitIdea"/>: the old version points to the new one, both stored together.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class ResubmitIdeaHandler(IGovernanceStore store, IClock clock) : ICommandHandler<ResubmitIdea, Created<CitizenIdeaId>>
{
    /// <inheritdoc />
    public async Task<Result<Created<CitizenIdeaId>>> HandleAsync(ResubmitIdea command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Created<CitizenIdeaId>>(municipality);
        }

        var draft = await IdeaInput.DraftAsync(store, municipality.Value, command.Title, command.Description, command.Field, command.Neighbourhood, command.EstimatedCost, cancellationToken);
        if (draft.IsFailure)
        {
            return HandlerSteps.Fail<Created<CitizenIdeaId>>(draft);
        }

        var newId = CitizenIdeaId.New();
        var at = clock.Now();
        var stored = await store.ChangeAndAddAsync<CitizenIdea, CitizenIdea>(
            new Specifications.CitizenIdeaByIdSpec(command.Idea),
            idea => idea.MunicipalityId == command.Municipality
                ? idea.Resubmit(newId, municipality.Value, command.Proposer, draft.Value, at)
                : Result.Failure<CitizenIdea>(UseCaseRules.Missing(UseCaseRules.Things.Idea)),
            cancellationToken);
        return stored.IsSuccess
            ? Result.Success(new Created<CitizenIdeaId>(stored.Value.Created.Id, stored.Value.Events))
            : HandlerSteps.Fail<Created<CitizenIdeaId>>(stored);
    }
}
