using ParticipatoryGovernance.Common;
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

/// <summary>Handles <see cref="MoveResident"/>; the <see cref="Events.ResidentMoved"/> event it stores lets councils and hosts follow.</summary>
/// <param name="store">The storage port.</param>
public sealed class MoveResidentHandler(IGovernanceStore store) : ICommandHandler<MoveResident, Changed>
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
        return stored.Done();
    }
}
