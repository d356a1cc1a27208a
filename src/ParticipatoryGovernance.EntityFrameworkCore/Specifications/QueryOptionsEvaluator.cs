using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace ParticipatoryGovernance.EntityFrameworkCore.Specifications;

/// <summary>
/// Applies the EF Core query options a specification may ask for: <c>IgnoreQueryFilters</c>,
/// <c>IgnoreAutoIncludes</c>, <c>AsSplitQuery</c> and query tags (SQL comments that name the query in logs).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class QueryOptionsEvaluator : IEvaluator
{
    private QueryOptionsEvaluator()
    {
    }

    /// <summary>The shared instance.</summary>
    public static QueryOptionsEvaluator Instance { get; } = new();

    /// <summary>
    /// <see langword="true"/>: ignoring query filters changes which rows match, so counts apply it too.
    /// </summary>
    public bool IsCriteriaEvaluator => true;

    /// <summary>Applies the options.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The query.</returns>
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.IgnoreQueryFilters)
        {
            query = query.IgnoreQueryFilters();
        }

        if (specification.IgnoreAutoIncludes)
        {
            query = query.IgnoreAutoIncludes();
        }

        if (specification.AsSplitQuery)
        {
            query = query.AsSplitQuery();
        }

        foreach (var tag in specification.QueryTags)
        {
            query = query.TagWith(tag);
        }

        return query;
    }
}
