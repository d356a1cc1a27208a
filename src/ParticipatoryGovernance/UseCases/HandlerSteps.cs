using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Municipalities.Specifications;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Neighbourhoods.Specifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Specifications;

namespace ParticipatoryGovernance.UseCases;

/// <summary>The steps every handler shares: the stored municipality (the charter's one source) and scoped look-ups.</summary>
internal static class HandlerSteps
{
    public static async Task<Result<Municipality>> MunicipalityAsync(this IGovernanceStore store, MunicipalityId id, CancellationToken cancellationToken) =>
        await store.FindAsync(new MunicipalityByIdSpec(id), cancellationToken) is { } municipality
            ? Result.Success(municipality)
            : Result.Failure<Municipality>(UseCaseRules.MissingMunicipality());

    /// <summary>A neighbourhood of the municipality; another city's neighbourhood is "not found".</summary>
    public static async Task<Result<Neighbourhood>> NeighbourhoodAsync(this IGovernanceStore store, MunicipalityId municipality, NeighbourhoodId id, CancellationToken cancellationToken) =>
        await store.FindAsync(new NeighbourhoodByIdSpec(id), cancellationToken) is { } neighbourhood && neighbourhood.MunicipalityId == municipality
            ? Result.Success(neighbourhood)
            : Result.Failure<Neighbourhood>(UseCaseRules.Missing(UseCaseRules.Things.Neighbourhood));

    /// <summary>A resident of one of the municipality's neighbourhoods; another city's resident is "not found".</summary>
    public static async Task<Result<(Resident Resident, Neighbourhood Neighbourhood)>> ResidentAsync(this IGovernanceStore store, MunicipalityId municipality, ResidentId id, CancellationToken cancellationToken)
    {
        var resident = await store.FindAsync(new ResidentByIdSpec(id), cancellationToken);
        if (resident is null)
        {
            return Result.Failure<(Resident, Neighbourhood)>(UseCaseRules.Missing(UseCaseRules.Things.Resident));
        }

        var neighbourhood = await store.NeighbourhoodAsync(municipality, resident.NeighbourhoodId, cancellationToken);
        return neighbourhood.IsSuccess
            ? Result.Success((resident, neighbourhood.Value))
            : Result.Failure<(Resident, Neighbourhood)>(UseCaseRules.Missing(UseCaseRules.Things.Resident));
    }

    public static Result<T> Fail<T>(Result failed) => Result.Failure<T>([.. failed.Violations]);

    public static Result<T> Fail<T>(IEnumerable<RuleViolation?> violations) => Result.Failure<T>([.. violations.OfType<RuleViolation>()]);

    public static Result<Changed> Done(this Result<IReadOnlyList<IDomainEvent>> stored) =>
        stored.IsSuccess ? Result.Success(new Changed(stored.Value)) : Fail<Changed>(stored);

    /// <summary>The violations among checks; empty when every check passed.</summary>
    public static RuleViolation[] Refusals(params RuleViolation?[] checks) => [.. checks.OfType<RuleViolation>()];

    /// <summary>The operation when the aggregate belongs to the municipality, else "not found" (a change never crosses cities).</summary>
    public static Func<T, Result> Within<T>(Func<T, MunicipalityId> municipalityOf, MunicipalityId municipality, LocalizedText what, Func<T, Result> change) =>
        aggregate => municipalityOf(aggregate) == municipality ? change(aggregate) : Result.Failure(UseCaseRules.Missing(what));

    public static Instant Now(this IClock clock) => clock.GetCurrentInstant();

    /// <summary>Today in the city (Asia/Tehran): the date of an act a person performs now.</summary>
    public static LocalDate Today(this IClock clock) => Calendar.PersianDates.TodayInCity(clock);
}
