using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace ParticipatoryGovernance.EntityFrameworkCore.Specifications;

/// <summary>
/// Applies a specification's tracking choice: <c>AsNoTracking</c>, <c>AsNoTrackingWithIdentityResolution</c> or
/// <c>AsTracking</c>; with none, the context's default (tracking) holds.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class TrackingEvaluator : IEvaluator
{
    private TrackingEvaluator()
    {
    }

    /// <summary>The shared instance.</summary>
    public static TrackingEvaluator Instance { get; } = new();

    /// <summary>Always <see langword="false"/>: tracking does not change which rows match.</summary>
    public bool IsCriteriaEvaluator => false;

    /// <summary>Applies the tracking choice.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The query.</returns>
    /// <exception cref="InvalidOperationException">The specification asks for more than one tracking behaviour.</exception>
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        var choices = (specification.AsNoTracking ? 1 : 0) + (specification.AsNoTrackingWithIdentityResolution ? 1 : 0) + (specification.AsTracking ? 1 : 0);
        if (choices > 1)
        {
            throw new InvalidOperationException("A specification may ask for one of AsNoTracking, AsNoTrackingWithIdentityResolution and AsTracking, not several.");
        }

        return specification switch
        {
            { AsNoTracking: true } => query.AsNoTracking(),
            { AsNoTrackingWithIdentityResolution: true } => query.AsNoTrackingWithIdentityResolution(),
            { AsTracking: true } => query.AsTracking(),
            _ => query,
        };
    }
}
