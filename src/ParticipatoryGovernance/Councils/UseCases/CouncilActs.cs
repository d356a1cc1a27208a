using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Councils.UseCases;

/// <summary>Staff give a resident of the neighbourhood a seat on its council, in a role.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Council">The council.</param>
/// <param name="Resident">The resident; one of the municipality's (any other is "not found", and never named).</param>
/// <param name="Role">The role, as posted; any other value is refused.</param>
/// <param name="On">The first day in the seat.</param>
public sealed record AppointCouncilMember(MunicipalityId Municipality, CouncilId Council, ResidentId Resident, CouncilRole Role, LocalDate On) : ICommand<Changed>;

/// <summary>Handles <see cref="AppointCouncilMember"/>; the council's own rules (seats, neighbourhood, women's council, active citizens) decide the rest.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock, for the window of acceptable dates.</param>
public sealed class AppointCouncilMemberHandler(IGovernanceStore store, IClock clock) : ICommandHandler<AppointCouncilMember, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(AppointCouncilMember command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var resident = await store.ResidentAsync(command.Municipality, command.Resident, cancellationToken);
        return await CouncilInput.ChangeAsync(
            store,
            command.Municipality,
            command.Council,
            [.. resident.Violations, CouncilInput.Check(command.Role), DateInput.Check(command.On, clock, CouncilInput.On)],
            (council, municipality) => council.Appoint(resident.Value.Resident, command.Role, DateInput.Iso(command.On), municipality.Charter.AgeOfMajority),
            cancellationToken);
    }
}

/// <summary>A member resigns their seat; the membership is kept as history.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Council">The council.</param>
/// <param name="Resident">The member.</param>
/// <param name="On">The last day in the seat.</param>
/// <param name="Note">Why, as typed; optional.</param>
public sealed record ResignFromCouncil(MunicipalityId Municipality, CouncilId Council, ResidentId Resident, LocalDate On, string? Note = null) : ICommand<Changed>;

/// <summary>Handles <see cref="ResignFromCouncil"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock, for the window of acceptable dates.</param>
public sealed class ResignFromCouncilHandler(IGovernanceStore store, IClock clock) : ICommandHandler<ResignFromCouncil, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(ResignFromCouncil command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : UserText.Clean(command.Note);
        return CouncilInput.ChangeAsync(
            store,
            command.Municipality,
            command.Council,
            [DateInput.Check(command.On, clock, CouncilInput.On), UserText.Check(command.Note, CouncilInput.MaxNoteLength, CouncilInput.Note, required: false)],
            (council, _) => council.Resign(command.Resident, DateInput.Iso(command.On), note),
            cancellationToken);
    }
}

/// <summary>Staff move a current member to another role (chair, deputy, secretary, member).</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Council">The council.</param>
/// <param name="Resident">The member.</param>
/// <param name="Role">The new role, as posted; any other value is refused.</param>
/// <param name="On">The first day in the new role.</param>
public sealed record ChangeCouncilRole(MunicipalityId Municipality, CouncilId Council, ResidentId Resident, CouncilRole Role, LocalDate On) : ICommand<Changed>;

/// <summary>Handles <see cref="ChangeCouncilRole"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock, for the window of acceptable dates.</param>
public sealed class ChangeCouncilRoleHandler(IGovernanceStore store, IClock clock) : ICommandHandler<ChangeCouncilRole, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(ChangeCouncilRole command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return CouncilInput.ChangeAsync(
            store,
            command.Municipality,
            command.Council,
            [CouncilInput.Check(command.Role), DateInput.Check(command.On, clock, CouncilInput.On)],
            (council, _) => council.ChangeRole(command.Resident, command.Role, DateInput.Iso(command.On)),
            cancellationToken);
    }
}

/// <summary>Staff make a forming council active, once it has a chair and more than half its seats filled.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Council">The council.</param>
/// <param name="On">The date it starts acting.</param>
public sealed record ActivateCouncil(MunicipalityId Municipality, CouncilId Council, LocalDate On) : ICommand<Changed>;

/// <summary>Handles <see cref="ActivateCouncil"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock, for the window of acceptable dates.</param>
public sealed class ActivateCouncilHandler(IGovernanceStore store, IClock clock) : ICommandHandler<ActivateCouncil, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(ActivateCouncil command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return CouncilInput.ChangeAsync(
            store,
            command.Municipality,
            command.Council,
            [DateInput.Check(command.On, clock, CouncilInput.On)],
            (council, _) => council.Activate(DateInput.Iso(command.On)),
            cancellationToken);
    }
}

/// <summary>Staff end a council's term and start the next, the day after; every seat ends and the council forms again.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Council">The council.</param>
/// <param name="TermEndsOn">The new term's last day.</param>
public sealed record StartNextCouncilTerm(MunicipalityId Municipality, CouncilId Council, LocalDate TermEndsOn) : ICommand<Changed>;

/// <summary>Handles <see cref="StartNextCouncilTerm"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock, for the window of acceptable dates.</param>
public sealed class StartNextCouncilTermHandler(IGovernanceStore store, IClock clock) : ICommandHandler<StartNextCouncilTerm, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(StartNextCouncilTerm command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return CouncilInput.ChangeAsync(
            store,
            command.Municipality,
            command.Council,
            [DateInput.Check(command.TermEndsOn, clock, CouncilInput.TermEndsOn)],
            (council, _) => council.StartNextTerm(DateInput.Iso(command.TermEndsOn)),
            cancellationToken);
    }
}

/// <summary>Staff dissolve a council; its history stays.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Council">The council.</param>
/// <param name="On">The date.</param>
public sealed record DissolveCouncil(MunicipalityId Municipality, CouncilId Council, LocalDate On) : ICommand<Changed>;

/// <summary>Handles <see cref="DissolveCouncil"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock, for the window of acceptable dates.</param>
public sealed class DissolveCouncilHandler(IGovernanceStore store, IClock clock) : ICommandHandler<DissolveCouncil, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(DissolveCouncil command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return CouncilInput.ChangeAsync(
            store,
            command.Municipality,
            command.Council,
            [DateInput.Check(command.On, clock, CouncilInput.On)],
            (council, _) => council.Dissolve(DateInput.Iso(command.On)),
            cancellationToken);
    }
}
