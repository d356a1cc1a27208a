using System.Linq.Expressions;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace ParticipatoryGovernance.EntityFrameworkCore.Specifications;

/// <summary>
/// Applies a specification's <c>Search</c> criteria as SQL <c>LIKE</c>: terms in the same search group are joined
/// with OR, groups with AND, as Ardalis.Specification defines them.
/// </summary>
/// <remarks>
/// Case sensitivity is the database's: SQLite's LIKE ignores case for ASCII letters, PostgreSQL's does not.
/// Stateless and thread-safe.
/// </remarks>
public sealed class LikeEvaluator : IEvaluator
{
    private static readonly System.Reflection.MethodInfo LikeMethod = typeof(DbFunctionsExtensions)
        .GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    private LikeEvaluator()
    {
    }

    /// <summary>The shared instance.</summary>
    public static LikeEvaluator Instance { get; } = new();

    /// <summary>Always <see langword="true"/>: search criteria filter rows.</summary>
    public bool IsCriteriaEvaluator => true;

    /// <summary>Adds one filter per search group.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The query.</returns>
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        foreach (var group in specification.SearchCriterias.GroupBy(s => s.SearchGroup))
        {
            var entity = Expression.Parameter(typeof(T), "entity");
            Expression? anyTerm = null;
            foreach (var criterion in group)
            {
                var selected = new ReplaceParameter(criterion.Selector.Parameters[0], entity).Visit(criterion.Selector.Body);
                Expression<Func<string>> term = () => criterion.SearchTerm;
                var like = Expression.Call(LikeMethod, Expression.Constant(EF.Functions), selected, term.Body);
                anyTerm = anyTerm is null ? like : Expression.OrElse(anyTerm, like);
            }

            query = query.Where(Expression.Lambda<Func<T, bool>>(anyTerm!, entity));
        }

        return query;
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
