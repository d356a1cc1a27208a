using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;
using ParticipatoryGovernance.YouthMayors.Specifications;

namespace ParticipatoryGovernance.YouthMayors.UseCases;

/// <summary>The municipality calls an election for one youth-mayor seat of a neighbourhood, when its charter elects youth mayors.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Campaign">The campaign calling it.</param>
/// <param name="Neighbourhood">The neighbourhood whose seat is contested.</param>
/// <param name="Seat">The seat: <see cref="Gender.Male"/> for a boy youth mayor, <see cref="Gender.Female"/> for a girl.</param>
/// <param name="PollOpensOn">The ISO-calendar date the poll opens.</param>
/// <param name="PollClosesOn">The ISO-calendar date the poll closes.</param>
public sealed record CallYouthMayorElection(
    MunicipalityId Municipality,
    YouthMayorCampaignId Campaign,
    NeighbourhoodId Neighbourhood,
    Gender Seat,
    LocalDate PollOpensOn,
    LocalDate PollClosesOn) : ICommand<Created<YouthMayorElectionId>>;

/// <summary>Handles <see cref="CallYouthMayorElection"/>: the campaign and the new election are stored in one transaction.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class CallYouthMayorElectionHandler(IGovernanceStore store, IClock clock) : ICommandHandler<CallYouthMayorElection, Created<YouthMayorElectionId>>
{
    /// <inheritdoc />
    public async Task<Result<Created<YouthMayorElectionId>>> HandleAsync(CallYouthMayorElection command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Created<YouthMayorElectionId>>(municipality);
        }

        var today = clock.Today();
        var neighbourhood = await store.NeighbourhoodAsync(command.Municipality, command.Neighbourhood, cancellationToken);
        RuleViolation[] refusals =
        [
            .. neighbourhood.Violations,
            .. HandlerSteps.Refusals(
                YouthMayorInput.CheckSeat(command.Seat),
                UseCaseRules.CheckDate(command.PollOpensOn, today, YouthMayorInput.PollOpensOn),
                UseCaseRules.CheckDate(command.PollClosesOn, today, YouthMayorInput.PollClosesOn)),
        ];
        if (refusals.Length > 0)
        {
            return Result.Failure<Created<YouthMayorElectionId>>(refusals);
        }

        var electionId = YouthMayorElectionId.New();
        var stored = await store.ChangeAndAddAsync<YouthMayorCampaign, YouthMayorElection>(
            new YouthMayorCampaignByIdSpec(command.Campaign),
            campaign => campaign.MunicipalityId == command.Municipality
                ? campaign.CallElection(electionId, neighbourhood.Value, command.Seat, command.PollOpensOn, command.PollClosesOn)
                : Result.Failure<YouthMayorElection>(UseCaseRules.Missing(UseCaseRules.Things.Campaign)),
            cancellationToken);
        return stored.IsSuccess
            ? Result.Success(new Created<YouthMayorElectionId>(stored.Value.Created.Id, stored.Value.Events))
            : HandlerSteps.Fail<Created<YouthMayorElectionId>>(stored);
    }
}

/// <summary>A young resident votes today in a youth-mayor election: a first and an optional second preference.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Election">The election.</param>
/// <param name="Voter">The voter; a resident of this municipality.</param>
/// <param name="FirstPreference">The candidate marked first.</param>
/// <param name="SecondPreference">The candidate marked second, or null.</param>
public sealed record CastYouthMayorBallot(
    MunicipalityId Municipality,
    YouthMayorElectionId Election,
    ResidentId Voter,
    ResidentId FirstPreference,
    ResidentId? SecondPreference = null) : ICommand<Changed>;

/// <summary>Handles <see cref="CastYouthMayorBallot"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class CastYouthMayorBallotHandler(IGovernanceStore store, IClock clock) : ICommandHandler<CastYouthMayorBallot, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(CastYouthMayorBallot command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        return await ElectionSteps.ChangeAsync(
            store,
            command.Municipality,
            command.Election,
            () => store.ResidentAsync(command.Municipality, command.Voter, cancellationToken),
            (election, voter) => election.CastBallot(voter.Value.Resident, command.FirstPreference, command.SecondPreference, today),
            cancellationToken);
    }
}

/// <summary>The municipality counts a youth-mayor election today, after its poll closed.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Election">The election.</param>
public sealed record CountYouthMayorElection(MunicipalityId Municipality, YouthMayorElectionId Election) : ICommand<Changed>;

/// <summary>Handles <see cref="CountYouthMayorElection"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class CountYouthMayorElectionHandler(IGovernanceStore store, IClock clock) : ICommandHandler<CountYouthMayorElection, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(CountYouthMayorElection command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        return ElectionSteps.ChangeAsync<bool>(
            store,
            command.Municipality,
            command.Election,
            null,
            (election, _) => election.Count(today),
            cancellationToken);
    }
}

/// <summary>The municipality seats a counted election's winner as youth mayor, today.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Election">The counted election.</param>
public sealed record DeclareYouthMayorElected(MunicipalityId Municipality, YouthMayorElectionId Election) : ICommand<Changed>;

/// <summary>Handles <see cref="DeclareYouthMayorElected"/>: the campaign records the winner (the election itself is not changed).</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class DeclareYouthMayorElectedHandler(IGovernanceStore store, IClock clock) : ICommandHandler<DeclareYouthMayorElected, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(DeclareYouthMayorElected command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        var election = await ElectionSteps.FindAsync(store, command.Municipality, command.Election, cancellationToken);
        if (election.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(election);
        }

        return await YouthMayorInput.ChangeAsync(
            store,
            command.Municipality,
            election.Value.CampaignId,
            [],
            campaign => campaign.DeclareElected(election.Value, today),
            cancellationToken);
    }
}

/// <summary>Elections carry no municipality: they belong to the municipality of the campaign that called them.</summary>
internal static class ElectionSteps
{
    public static async Task<Result<YouthMayorElection>> FindAsync(IGovernanceStore store, MunicipalityId municipalityId, YouthMayorElectionId electionId, CancellationToken cancellationToken)
    {
        var municipality = await store.MunicipalityAsync(municipalityId, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<YouthMayorElection>(municipality);
        }

        var election = await store.FindAsync(new YouthMayorElectionByIdSpec(electionId), cancellationToken);
        var campaign = election is null ? null : await store.FindAsync(new YouthMayorCampaignByIdSpec(election.CampaignId), cancellationToken);
        return election is not null && campaign?.MunicipalityId == municipalityId
            ? Result.Success(election)
            : Result.Failure<YouthMayorElection>(UseCaseRules.Missing(UseCaseRules.Things.Election));
    }

    /// <summary>Checks the election is of the municipality (and reads the other input), then changes it the retrying way.</summary>
    public static async Task<Result<Changed>> ChangeAsync<TInput>(
        IGovernanceStore store,
        MunicipalityId municipalityId,
        YouthMayorElectionId electionId,
        Func<Task<Result<TInput>>>? input,
        Func<YouthMayorElection, Result<TInput>, Result> change,
        CancellationToken cancellationToken)
    {
        var election = await FindAsync(store, municipalityId, electionId, cancellationToken);
        if (election.IsFailure && election.Violations.Any(v => v.Rule == UseCaseRules.MunicipalityNotFound))
        {
            return HandlerSteps.Fail<Changed>(election);
        }

        // Read one after the other: a storage unit of work (a DbContext) runs one operation at a time.
        var given = input is null ? Result.Success(default(TInput)!) : await input();
        if (election.IsFailure || given.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(election.Violations.Concat(given.Violations));
        }

        var campaignId = election.Value.CampaignId;
        var stored = await store.ChangeAsync(
            new YouthMayorElectionByIdSpec(electionId),
            e => e.CampaignId == campaignId ? change(e, given) : Result.Failure(UseCaseRules.Missing(UseCaseRules.Things.Election)),
            cancellationToken);
        return stored.Done();
    }
}
