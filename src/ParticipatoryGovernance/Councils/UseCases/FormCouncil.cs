using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Councils.UseCases;

/// <summary>Staff form a neighbourhood's council or women's council; its seats and rules come from the charter.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Neighbourhood">The neighbourhood it serves.</param>
/// <param name="Kind">Neighbourhood council or women's council, as posted; any other value is refused.</param>
/// <param name="FormedOn">The formation date, which starts the first term.</param>
/// <param name="TermEndsOn">The first term's last day; null for the charter's term length (<see cref="GovernanceCharter.CouncilTermYears"/>).</param>
public sealed record FormCouncil(
    MunicipalityId Municipality,
    NeighbourhoodId Neighbourhood,
    CouncilKind Kind,
    LocalDate FormedOn,
    LocalDate? TermEndsOn = null) : ICommand<Created<CouncilId>>;

/// <summary>Handles <see cref="FormCouncil"/>: the charter is the stored municipality's; a second council of a kind is refused.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock, for the window of acceptable dates.</param>
public sealed class FormCouncilHandler(IGovernanceStore store, IClock clock) : ICommandHandler<FormCouncil, Created<CouncilId>>
{
    /// <inheritdoc />
    public async Task<Result<Created<CouncilId>>> HandleAsync(FormCouncil command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Created<CouncilId>>(municipality);
        }

        var neighbourhood = await store.NeighbourhoodAsync(command.Municipality, command.Neighbourhood, cancellationToken);
        var formedOn = DateInput.Iso(command.FormedOn);
        var refusals = new List<RuleViolation?>(neighbourhood.Violations)
        {
            CouncilInput.Check(command.Kind),
            DateInput.Check(command.FormedOn, clock, CouncilInput.FormedOn),
        };
        if (command.TermEndsOn is { } termEndsOn)
        {
            refusals.Add(DateInput.Check(termEndsOn, clock, CouncilInput.TermEndsOn));
        }

        if (refusals.Any(r => r is not null))
        {
            return HandlerSteps.Fail<Created<CouncilId>>(refusals);
        }

        var charter = municipality.Value.Charter;
        var termEnds = command.TermEndsOn is { } given ? DateInput.Iso(given) : formedOn.PlusYears(charter.CouncilTermYears).PlusDays(-1);
        var existing = await store.ListAsync(new CouncilsOfNeighbourhoodSpec(command.Neighbourhood), cancellationToken);
        var council = Council.Form(CouncilId.New(), municipality.Value, neighbourhood.Value, command.Kind, formedOn, termEnds, existing);
        if (council.IsFailure)
        {
            return HandlerSteps.Fail<Created<CouncilId>>(council);
        }

        var stored = await store.AddAsync(council.Value, cancellationToken);
        return stored.IsSuccess
            ? Result.Success(new Created<CouncilId>(council.Value.Id, stored.Value))
            : HandlerSteps.Fail<Created<CouncilId>>(stored);
    }
}
