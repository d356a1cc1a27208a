using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Councils.UseCases;

/// <summary>What a council's handlers check before the aggregate is reached, and the one path every change takes.</summary>
internal static class CouncilInput
{
    /// <summary>The width of the membership's end-note column.</summary>
    public const int MaxNoteLength = 4000;

    public static readonly LocalizedText Kind = new("نوع شورا", "council kind");
    public static readonly LocalizedText FormedOn = new("تاریخ تشکیل شورا", "formation date");
    public static readonly LocalizedText TermEndsOn = new("تاریخ پایان دورهٔ شورا", "term's last day");
    public static readonly LocalizedText On = new("تاریخ", "date");
    public static readonly LocalizedText Note = new("یادداشت استعفا", "resignation note");

    public static RuleViolation? Check(CouncilRole role) => Enum.IsDefined(role) ? null : UseCaseRules.Unknown(UseCaseRules.Things.Role);

    public static RuleViolation? Check(CouncilKind kind) => Enum.IsDefined(kind) ? null : UseCaseRules.Unknown(Kind);

    /// <summary>
    /// Changes a stored council of the municipality the one retrying way, after the input checks; the operation gets the
    /// stored municipality (the charter's one source), read once here.
    /// </summary>
    public static async Task<Result<Changed>> ChangeAsync(
        IGovernanceStore store,
        MunicipalityId municipalityId,
        CouncilId councilId,
        IEnumerable<RuleViolation?> inputRefusals,
        Func<Council, Municipality, Result> change,
        CancellationToken cancellationToken)
    {
        var municipality = await store.MunicipalityAsync(municipalityId, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        // Read first so that a missing council and one of another city give the same refusal, beside the input's.
        var refusals = new List<RuleViolation>();
        if (await store.FindAsync(new CouncilByIdSpec(councilId), cancellationToken) is not { } council || council.MunicipalityId != municipalityId)
        {
            refusals.Add(UseCaseRules.Missing(UseCaseRules.Things.Council));
        }

        refusals.AddRange(inputRefusals.OfType<RuleViolation>());
        if (refusals.Count > 0)
        {
            return Result.Failure<Changed>([.. refusals]);
        }

        var stored = await store.ChangeAsync(
            new CouncilByIdSpec(councilId),
            HandlerSteps.Within<Council>(c => c.MunicipalityId, municipalityId, UseCaseRules.Things.Council, c => change(c, municipality.Value)),
            cancellationToken);
        return stored.Done();
    }
}
