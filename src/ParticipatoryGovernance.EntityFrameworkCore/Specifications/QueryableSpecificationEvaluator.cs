using Ardalis.Specification;

namespace ParticipatoryGovernance.EntityFrameworkCore.Specifications;

/// <summary>
/// Turns an Ardalis specification into an EF Core query that the database runs: Ardalis.Specification's own Where,
/// Order and Pagination evaluators, plus this package's Search (SQL LIKE), Include/ThenInclude, tracking and
/// query-option evaluators, then Select or SelectMany. See ADR 0009 for why this is written here.
/// </summary>
/// <remarks>Stateless and thread-safe; <see cref="Default"/> is shared.</remarks>
public sealed class QueryableSpecificationEvaluator : ISpecificationEvaluator
{
    private readonly IEvaluator[] _evaluators;

    /// <summary>Creates the evaluator with the default evaluators, in the order EF Core needs them.</summary>
    public QueryableSpecificationEvaluator()
        : this(
        [
            WhereEvaluator.Instance,
            LikeEvaluator.Instance,
            IncludeEvaluator.Instance,
            OrderEvaluator.Instance,
            PaginationEvaluator.Instance,
            TrackingEvaluator.Instance,
            QueryOptionsEvaluator.Instance,
        ])
    {
    }

    /// <summary>Creates the evaluator with a chosen list of evaluators, applied in order.</summary>
    /// <param name="evaluators">The evaluators.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluators"/> is null.</exception>
    public QueryableSpecificationEvaluator(IEnumerable<IEvaluator> evaluators)
    {
        ArgumentNullException.ThrowIfNull(evaluators);
        _evaluators = [.. evaluators];
    }

    /// <summary>The shared evaluator with the default evaluators.</summary>
    public static QueryableSpecificationEvaluator Default { get; } = new();

    /// <summary>Applies a specification that projects, then its <c>Select</c> or <c>SelectMany</c>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <typeparam name="TResult">The projected type.</typeparam>
    /// <param name="inputQuery">The query to start from, such as <c>context.Set&lt;T&gt;()</c>.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The query.</returns>
    /// <exception cref="SelectorNotFoundException">The specification has no selector.</exception>
    /// <exception cref="ConcurrentSelectorsException">The specification has both a Select and a SelectMany.</exception>
    public IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> inputQuery, ISpecification<T, TResult> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(inputQuery);
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.Selector is not null && specification.SelectorMany is not null)
        {
            throw new ConcurrentSelectorsException();
        }

        var filtered = GetQuery(inputQuery, (ISpecification<T>)specification);
        return specification switch
        {
            { Selector: { } selector } => filtered.Select(selector),
            { SelectorMany: { } selectorMany } => filtered.SelectMany(selectorMany),
            _ => throw new SelectorNotFoundException(),
        };
    }

    /// <summary>Applies a specification's filters, ordering, paging, includes and query options.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="inputQuery">The query to start from.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="evaluateCriteriaOnly">Apply only the filters (Where, Search), as counting and <c>Any</c> need.</param>
    /// <returns>The query.</returns>
    public IQueryable<T> GetQuery<T>(IQueryable<T> inputQuery, ISpecification<T> specification, bool evaluateCriteriaOnly = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(inputQuery);
        ArgumentNullException.ThrowIfNull(specification);
        var query = inputQuery;
        foreach (var evaluator in _evaluators)
        {
            if (!evaluateCriteriaOnly || evaluator.IsCriteriaEvaluator)
            {
                query = evaluator.GetQuery(query, specification);
            }
        }

        return query;
    }
}
