using NodaTime;
using ParticipatoryGovernance.Budgeting.Specifications;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Neighbourhoods.Specifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Budgeting.UseCases;

/// <summary>One project of a round as the municipality entered it: an accepted idea and the cost put on it.</summary>
/// <param name="Idea">The accepted idea of this municipality.</param>
/// <param name="Cost">The cost in rials, as entered.</param>
public sealed record BudgetingProjectInput(CitizenIdeaId Idea, long Cost);

/// <summary>The municipality opens a participatory budgeting round for the whole city or one neighbourhood.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Title">The title, as typed.</param>
/// <param name="Budget">The budget in rials, as entered.</param>
/// <param name="Projects">The projects in ballot order: accepted ideas of this municipality with their costs.</param>
/// <param name="VotingOpensOn">The ISO-calendar date voting opens.</param>
/// <param name="VotingClosesOn">The ISO-calendar date of the last day of voting.</param>
/// <param name="Neighbourhood">The neighbourhood the round is for, or null for the whole city (every neighbourhood's residents vote).</param>
public sealed record OpenBudgetingRound(
    MunicipalityId Municipality,
    string? Title,
    long Budget,
    IReadOnlyList<BudgetingProjectInput>? Projects,
    LocalDate VotingOpensOn,
    LocalDate VotingClosesOn,
    NeighbourhoodId? Neighbourhood = null) : ICommand<Created<BudgetingRoundId>>;

/// <summary>Handles <see cref="OpenBudgetingRound"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class OpenBudgetingRoundHandler(IGovernanceStore store, IClock clock) : ICommandHandler<OpenBudgetingRound, Created<BudgetingRoundId>>
{
    private static readonly LocalizedText TitleName = new("عنوان دور بودجه", "round's title");
    private static readonly LocalizedText BudgetName = new("بودجهٔ دور", "round's budget");
    private static readonly LocalizedText CostName = new("هزینهٔ طرح", "project's cost");
    private static readonly LocalizedText OpensName = new("تاریخ آغاز رأی‌گیری", "date voting opens");
    private static readonly LocalizedText ClosesName = new("تاریخ پایان رأی‌گیری", "date voting closes");

    /// <inheritdoc />
    public async Task<Result<Created<BudgetingRoundId>>> HandleAsync(OpenBudgetingRound command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Created<BudgetingRoundId>>(municipality);
        }

        var today = clock.Today();
        var inputs = command.Projects?.Where(p => p is not null).ToList() ?? [];
        var refusals = new List<RuleViolation?>
        {
            UserText.Check(command.Title, BudgetingRound.MaxTitleLength, TitleName),
            RialsInput.Check(command.Budget, BudgetName),
            UseCaseRules.CheckDate(command.VotingOpensOn, today, OpensName),
            UseCaseRules.CheckDate(command.VotingClosesOn, today, ClosesName),
        };
        refusals.AddRange(inputs.Select(p => RialsInput.Check(p.Cost, CostName)).Distinct());

        List<NeighbourhoodId> area;
        if (command.Neighbourhood is { } only)
        {
            var neighbourhood = await store.NeighbourhoodAsync(command.Municipality, only, cancellationToken);
            refusals.AddRange(neighbourhood.Violations);
            area = [only];
        }
        else
        {
            area = [.. (await store.ListAsync(new NeighbourhoodsOfMunicipalitySpec(command.Municipality), cancellationToken)).Select(n => n.Id)];
        }

        var projects = new List<(CitizenIdea Idea, Rials Cost)>();
        foreach (var input in inputs)
        {
            var idea = await store.FindAsync(new CitizenIdeaByIdSpec(input.Idea), cancellationToken);
            if (idea is null || idea.MunicipalityId != command.Municipality)
            {
                refusals.Add(UseCaseRules.Missing(UseCaseRules.Things.Idea));
            }
            else if (input.Cost is >= 0 and <= RialsInput.MaxAmount)
            {
                projects.Add((idea, new Rials(input.Cost)));
            }
        }

        var refused = refusals.OfType<RuleViolation>().Distinct().ToArray();
        if (refused.Length > 0)
        {
            return Result.Failure<Created<BudgetingRoundId>>(refused);
        }

        var round = BudgetingRound.Open(
            BudgetingRoundId.New(),
            command.Municipality,
            area,
            command.Neighbourhood,
            UserText.Clean(command.Title!),
            new Rials(command.Budget),
            command.VotingOpensOn,
            command.VotingClosesOn,
            municipality.Value.Charter,
            projects);
        if (round.IsFailure)
        {
            return HandlerSteps.Fail<Created<BudgetingRoundId>>(round);
        }

        var stored = await store.AddAsync(round.Value, cancellationToken);
        return stored.IsSuccess
            ? Result.Success(new Created<BudgetingRoundId>(round.Value.Id, stored.Value))
            : HandlerSteps.Fail<Created<BudgetingRoundId>>(stored);
    }
}

/// <summary>A resident casts, or replaces, their approval ballot in an open round, today.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Round">The round.</param>
/// <param name="Voter">The voter; a resident of this municipality.</param>
/// <param name="Approved">The ideas they approve; how many a ballot holds is the round's rule.</param>
public sealed record CastBudgetBallot(
    MunicipalityId Municipality,
    BudgetingRoundId Round,
    ResidentId Voter,
    IReadOnlyList<CitizenIdeaId>? Approved) : ICommand<Changed>;

/// <summary>Handles <see cref="CastBudgetBallot"/>; the round itself refuses a ballot of the wrong size.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class CastBudgetBallotHandler(IGovernanceStore store, IClock clock) : ICommandHandler<CastBudgetBallot, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(CastBudgetBallot command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        var voter = await store.ResidentAsync(command.Municipality, command.Voter, cancellationToken);
        return await RoundChanges.ChangeAsync(
            store,
            command.Municipality,
            command.Round,
            voter.Violations,
            round => round.CastBallot(voter.Value.Resident, command.Approved ?? [], today),
            cancellationToken);
    }
}

/// <summary>The municipality closes voting in a round, after its last day.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Round">The round.</param>
public sealed record CloseBudgetingRound(MunicipalityId Municipality, BudgetingRoundId Round) : ICommand<Changed>;

/// <summary>Handles <see cref="CloseBudgetingRound"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class CloseBudgetingRoundHandler(IGovernanceStore store, IClock clock) : ICommandHandler<CloseBudgetingRound, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(CloseBudgetingRound command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        return RoundChanges.ChangeAsync(store, command.Municipality, command.Round, [], round => round.Close(today), cancellationToken);
    }
}

/// <summary>The one path every change to a stored round takes: municipality, input refusals, retried change within the city.</summary>
internal static class RoundChanges
{
    public static async Task<Result<Changed>> ChangeAsync(
        IGovernanceStore store,
        MunicipalityId municipalityId,
        BudgetingRoundId roundId,
        IEnumerable<RuleViolation> inputRefusals,
        Func<BudgetingRound, Result> change,
        CancellationToken cancellationToken)
    {
        var municipality = await store.MunicipalityAsync(municipalityId, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var refusals = inputRefusals.ToArray();
        if (refusals.Length > 0)
        {
            return Result.Failure<Changed>(refusals);
        }

        var stored = await store.ChangeAsync(
            new BudgetingRoundByIdSpec(roundId),
            HandlerSteps.Within<BudgetingRound>(r => r.MunicipalityId, municipalityId, UseCaseRules.Things.Round, change),
            cancellationToken);
        return stored.Done();
    }
}
