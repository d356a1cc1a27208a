using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents.Specifications;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Residents.UseCases;

/// <summary>Staff record that a resident moved to another neighbourhood of the same city.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Resident">The resident; one of the municipality's.</param>
/// <param name="To">The new neighbourhood; one of the municipality's (a move to another city is "not found").</param>
public sealed record MoveResident(MunicipalityId Municipality, ResidentId Resident, NeighbourhoodId To) : ICommand<Changed>;

/// <summary>
/// Handles <see cref="MoveResident"/>: stores the move, then ends every seat the resident held on a council of the
/// neighbourhood they left (a council member lives in the council's neighbourhood), recorded as ended by the move.
/// </summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock; the seats end on today's date in the city.</param>
public sealed class MoveResidentHandler(IGovernanceStore store, IClock clock) : ICommandHandler<MoveResident, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(MoveResident command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var resident = await store.ResidentAsync(command.Municipality, command.Resident, cancellationToken);
        var to = await store.NeighbourhoodAsync(command.Municipality, command.To, cancellationToken);
        if (resident.IsFailure || to.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(resident.Violations.Concat(to.Violations));
        }

        // A resident has no municipality of its own: the change goes ahead only from the neighbourhood checked above
        // (or when already moved there), so a concurrent move to another city is never followed by this one.
        var from = resident.Value.Resident.NeighbourhoodId;
        var stored = await store.ChangeAsync(
            new ResidentByIdSpec(command.Resident),
            HandlerSteps.Within<Resident>(r => r.NeighbourhoodId == from || r.NeighbourhoodId == command.To ? command.Municipality : default, command.Municipality, UseCaseRules.Things.Resident, r =>
            {
                r.MoveTo(command.To);
                return Result.Success();
            }),
            cancellationToken);
        if (stored.IsFailure || from == command.To)
        {
            return stored.Done();
        }

        // Each council is its own aggregate, changed the one safe way; a seat already ended is left as it is.
        var events = new List<IDomainEvent>(stored.Value);
        var today = clock.Today();
        foreach (var council in await store.ListAsync(new CouncilsOfNeighbourhoodSpec(from), cancellationToken))
        {
            if (!council.CurrentMembers.Any(m => m.ResidentId == command.Resident))
            {
                continue;
            }

            var ended = await store.ChangeAsync(
                new CouncilByIdSpec(council.Id),
                c => c.CurrentMembers.Any(m => m.ResidentId == command.Resident) ? c.EndMembershipOnMove(command.Resident, today) : Result.Success(),
                cancellationToken);
            if (ended.IsFailure)
            {
                return HandlerSteps.Fail<Changed>(ended);
            }

            events.AddRange(ended.Value);
        }

        return Result.Success(new Changed(events));
    }
}
