using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities.Specifications;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Municipalities.UseCases;

/// <summary>Staff record that the city launched one of the model's five phases.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Phase">The phase, as posted; any other value is refused.</param>
/// <param name="LaunchedOn">The date of the launch.</param>
/// <param name="Precision">How precisely the date is known, as posted; any other value is refused.</param>
public sealed record LaunchPhase(MunicipalityId Municipality, ProgrammePhase Phase, LocalDate LaunchedOn, DatePrecision Precision = DatePrecision.Day) : ICommand<Changed>;

/// <summary>Handles <see cref="LaunchPhase"/>; the municipality's rules (order of phases, women's councils in the charter) decide the rest.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock, for the window of acceptable dates.</param>
public sealed class LaunchPhaseHandler(IGovernanceStore store, IClock clock) : ICommandHandler<LaunchPhase, Changed>
{
    private static readonly LocalizedText Phase = new("مرحلهٔ برنامه", "programme phase");
    private static readonly LocalizedText Precision = new("دقت تاریخ", "date precision");
    private static readonly LocalizedText LaunchedOn = new("تاریخ آغاز مرحله", "launch date");

    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(LaunchPhase command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var refusals = HandlerSteps.Refusals(
            Enum.IsDefined(command.Phase) ? null : UseCaseRules.Unknown(Phase),
            Enum.IsDefined(command.Precision) ? null : UseCaseRules.Unknown(Precision),
            DateInput.Check(command.LaunchedOn, clock, LaunchedOn));
        if (refusals.Length > 0)
        {
            return Result.Failure<Changed>(refusals);
        }

        var stored = await store.ChangeAsync(
            new MunicipalityByIdSpec(command.Municipality),
            m => m.LaunchPhase(command.Phase, DateInput.Iso(command.LaunchedOn), command.Precision),
            cancellationToken);
        return stored.Done();
    }
}

/// <summary>Staff replace the city's charter (council sizes, meeting rules, the youth cohort…).</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Charter">The new charter, as the host built it from the form; null is refused as missing.</param>
public sealed record AdoptCharter(MunicipalityId Municipality, GovernanceCharter? Charter) : ICommand<Changed>;

/// <summary>Handles <see cref="AdoptCharter"/>: every broken rule of the new charter is returned at once, and the old charter stays.</summary>
/// <param name="store">The storage port.</param>
public sealed class AdoptCharterHandler(IGovernanceStore store) : ICommandHandler<AdoptCharter, Changed>
{
    private static readonly LocalizedText Charter = new("منشور", "charter");

    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(AdoptCharter command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        if (command.Charter is not { } charter)
        {
            // The "required" refusal is the one a person sees for any missing field; its rule id belongs to UserText.
            return HandlerSteps.Fail<Changed>([UserText.Check(null, 1, Charter)]);
        }

        var errors = charter.Validate();
        if (errors.Count > 0)
        {
            return Result.Failure<Changed>([.. errors]);
        }

        var stored = await store.ChangeAsync(new MunicipalityByIdSpec(command.Municipality), m => m.AdoptCharter(charter), cancellationToken);
        return stored.Done();
    }
}
