using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods.Specifications;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Neighbourhoods.UseCases;

/// <summary>Staff appoint a neighbourhood's mayor, replacing any previous one.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Neighbourhood">The neighbourhood.</param>
/// <param name="GivenName">The official's given name, as typed.</param>
/// <param name="FamilyName">The official's family name, as typed.</param>
/// <param name="AppointedOn">The date of appointment.</param>
public sealed record AppointNeighbourhoodMayor(MunicipalityId Municipality, NeighbourhoodId Neighbourhood, string? GivenName, string? FamilyName, LocalDate AppointedOn) : ICommand<Changed>;

/// <summary>Handles <see cref="AppointNeighbourhoodMayor"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock, for the window of acceptable dates.</param>
public sealed class AppointNeighbourhoodMayorHandler(IGovernanceStore store, IClock clock) : ICommandHandler<AppointNeighbourhoodMayor, Changed>
{
    private static readonly LocalizedText AppointedOn = new("تاریخ انتصاب", "appointment date");

    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(AppointNeighbourhoodMayor command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var neighbourhood = await store.NeighbourhoodAsync(command.Municipality, command.Neighbourhood, cancellationToken);
        // The name's rules (one line each, lengths, readable text) are PersonName's own.
        var name = PersonName.Create(command.GivenName, command.FamilyName);
        RuleViolation[] refusals =
        [
            .. HandlerSteps.Refusals(neighbourhood.IsFailure ? neighbourhood.Violations[0] : null, DateInput.Check(command.AppointedOn, clock, AppointedOn)),
            .. name.Violations,
        ];
        if (refusals.Length > 0)
        {
            return Result.Failure<Changed>(refusals);
        }

        var mayor = new NeighbourhoodMayor(name.Value, DateInput.Iso(command.AppointedOn));
        var stored = await store.ChangeAsync(
            new NeighbourhoodByIdSpec(command.Neighbourhood),
            HandlerSteps.Within<Neighbourhood>(n => n.MunicipalityId, command.Municipality, UseCaseRules.Things.Neighbourhood, n => n.AppointMayor(mayor)),
            cancellationToken);
        return stored.Done();
    }
}
