using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities.Events;

namespace ParticipatoryGovernance.Municipalities;

/// <summary>
/// A municipality (شهرداری) running the model: its name, the <see cref="GovernanceCharter"/> it adopted, and when it
/// launched each of the five phases.
/// </summary>
/// <remarks>An aggregate root: mutable, not thread-safe; change it only through its methods.</remarks>
public sealed class Municipality : AggregateRoot<MunicipalityId>
{
    private readonly List<PhaseLaunch> _phaseLaunches = [];

    private Municipality(MunicipalityId id, LocalizedText name, GovernanceCharter charter, LocalizedText? province)
        : base(id)
    {
        Name = name;
        Charter = charter;
        Province = province;
    }

    // For EF Core, which cannot pass value objects to a constructor: it sets Name, Province and the launches from
    // their columns right after this runs. Rebuilds stored state only; see docs/decisions/0011.
    private Municipality(MunicipalityId id, GovernanceCharter charter)
        : base(id)
    {
        Charter = charter;
        Name = null!;
    }

    /// <summary>The municipality's name, such as «شهرداری رفسنجان».</summary>
    public LocalizedText Name { get; private set; }

    /// <summary>The province, when given.</summary>
    public LocalizedText? Province { get; private set; }

    /// <summary>The rules the municipality runs the model by.</summary>
    public GovernanceCharter Charter { get; private set; }

    /// <summary>The phases launched so far, in the order they were recorded.</summary>
    public IReadOnlyList<PhaseLaunch> PhaseLaunches => _phaseLaunches;

    /// <summary>Creates a municipality that adopts a charter.</summary>
    /// <param name="id">The identifier; not the empty GUID.</param>
    /// <param name="name">The name.</param>
    /// <param name="charter">The charter; it must be valid.</param>
    /// <param name="province">The province, if wanted.</param>
    /// <returns>The municipality, or the charter's broken rules.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="charter"/> is null.</exception>
    public static Result<Municipality> Create(MunicipalityId id, LocalizedText name, GovernanceCharter charter, LocalizedText? province = null)
    {
        Guard.NotEmpty(id.Value, nameof(id));
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(charter);
        var errors = charter.Validate();
        return errors.Count > 0
            ? Result.Failure<Municipality>([.. errors])
            : Result.Success(new Municipality(id, name, charter, province));
    }

    /// <summary>Replaces the charter, for example to change council sizes or the youth cohort for a new campaign.</summary>
    /// <param name="charter">The new charter.</param>
    /// <returns>Success, or the new charter's broken rules (the old charter stays).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="charter"/> is null.</exception>
    public Result AdoptCharter(GovernanceCharter charter)
    {
        ArgumentNullException.ThrowIfNull(charter);
        var errors = charter.Validate();
        if (errors.Count > 0)
        {
            return Result.Failure([.. errors]);
        }

        if (charter.Equals(Charter))
        {
            return Result.Success();
        }

        if (!charter.HasWomensCouncils && HasLaunched(ProgrammePhase.WomensCouncils))
        {
            return Result.Failure(RuleViolation.Of(
                MunicipalityRuleIds.WomensCouncilsLaunched,
                "شوراهای بانوان راه افتاده‌اند؛ منشوری که آن‌ها را حذف کند پذیرفته نیست.",
                "Women's councils have been launched; a charter without women's councils cannot replace this one."));
        }

        Charter = charter;
        Raise(new CharterAdopted(Id, charter));
        return Result.Success();
    }

    /// <summary>Records that a phase of the model was launched.</summary>
    /// <param name="phase">The phase.</param>
    /// <param name="launchedOn">The ISO-calendar date of the launch.</param>
    /// <param name="precision">How precisely the date is known.</param>
    /// <returns>
    /// Success; or a failure when the phase was launched already, when women's councils are launched but the charter
    /// has none, or when the phase's prerequisite (<see cref="ProgrammePhases.PrerequisiteOf"/>) had not been launched by
    /// <paramref name="launchedOn"/>: neighbourhood councils, women's councils and the youth-mayor campaign all build on
    /// neighbourhood-centred management (councils are formed from the active citizens it identifies; women's councils act
    /// within it; youth mayors are chosen by its neighbourhood mayors and manage its neighbourhoods). Citizen ideas and
    /// neighbourhood-centred management need nothing before them. A prerequisite recorded with
    /// <see cref="DatePrecision.OnOrBefore"/> counts as launched by any later date it could precede: its true date may be earlier.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phase"/> or <paramref name="precision"/> is undefined.</exception>
    public Result LaunchPhase(ProgrammePhase phase, LocalDate launchedOn, DatePrecision precision = DatePrecision.Day)
    {
        if (!Enum.IsDefined(phase))
        {
            throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not one of the five phases of the model.");
        }

        if (!Enum.IsDefined(precision))
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "Not a defined date precision.");
        }

        var name = ProgrammePhases.NameOf(phase);
        var existing = FindLaunch(phase);
        if (existing is not null)
        {
            return Result.Failure(RuleViolation.Of(
                MunicipalityRuleIds.PhaseAlreadyLaunched,
                $"مرحلهٔ «{name.Persian}» پیش‌تر در {PersianDates.Format(existing.LaunchedOn)} آغاز شده است.",
                $"The phase '{name}' was already launched on {existing.LaunchedOn}."));
        }

        if (phase == ProgrammePhase.WomensCouncils && !Charter.HasWomensCouncils)
        {
            return Result.Failure(RuleViolation.Of(
                MunicipalityRuleIds.NoWomensCouncils,
                "منشور این شهر شورای بانوان ندارد؛ نخست منشور را تغییر دهید.",
                "This municipality's charter has no women's councils; adopt a charter with HasWomensCouncils first."));
        }

        if (ProgrammePhases.PrerequisiteOf(phase) is { } prerequisite
            && !(FindLaunch(prerequisite) is { } before
                && (before.LaunchedOn <= launchedOn || before.Precision == DatePrecision.OnOrBefore)))
        {
            var needed = ProgrammePhases.NameOf(prerequisite);
            return Result.Failure(phase == ProgrammePhase.NeighbourhoodCouncils
                ? RuleViolation.Of(
                    MunicipalityRuleIds.CouncilsNeedNeighbourhoodCentredManagement,
                    "شوراهای محله از شهروندان فعالی ساخته می‌شوند که محله‌محوری شناسایی می‌کند؛ نخست محله‌محوری را آغاز کنید.",
                    "Neighbourhood councils are formed from the active citizens that neighbourhood-centred management identifies; launch that phase first, on or before this date.")
                : RuleViolation.Of(
                    MunicipalityRuleIds.PhaseNeedsEarlierPhase,
                    $"مرحلهٔ «{name.Persian}» بر پایهٔ مرحلهٔ «{needed.Persian}» است؛ نخست آن را، در {PersianDates.Format(launchedOn)} یا پیش از آن، آغاز کنید.",
                    $"The phase '{name}' builds on '{needed}'; launch that phase first, on or before {launchedOn}."));
        }

        var launch = new PhaseLaunch(phase, launchedOn, precision);
        _phaseLaunches.Add(launch);
        Raise(new PhaseLaunched(Id, launch));
        return Result.Success();
    }

    /// <summary>Whether a phase has been launched at all.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns><see langword="true"/> when it has been recorded as launched.</returns>
    public bool HasLaunched(ProgrammePhase phase) => FindLaunch(phase) is not null;

    /// <summary>Whether a phase had been launched by a date.</summary>
    /// <param name="phase">The phase.</param>
    /// <param name="asOf">The ISO-calendar date.</param>
    /// <returns><see langword="true"/> when it was launched on or before <paramref name="asOf"/>.</returns>
    public bool HasLaunched(ProgrammePhase phase, LocalDate asOf) => FindLaunch(phase) is { } launch && launch.LaunchedOn <= asOf;

    /// <summary>Renames the municipality.</summary>
    /// <param name="name">The new name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public void Rename(LocalizedText name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    private PhaseLaunch? FindLaunch(ProgrammePhase phase) => _phaseLaunches.Find(l => l.Phase == phase);
}
