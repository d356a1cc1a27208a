using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace ParticipatoryGovernance.EntityFrameworkCore.Specifications;

/// <summary>
/// Applies a specification's <c>Include</c>, <c>ThenInclude</c> and string includes as EF Core's eager loading.
/// </summary>
/// <remarks>
/// A specification records each include as an untyped lambda; EF Core's <c>Include</c> and <c>ThenInclude</c> are
/// generic over the navigation's type, so the matching method is closed over the lambda's types at run time and
/// cached per type combination. Stateless and thread-safe.
/// </remarks>
public sealed class IncludeEvaluator : IEvaluator
{
    private static readonly MethodInfo IncludeMethod = FindMethod(
        nameof(EntityFrameworkQueryableExtensions.Include),
        p => p[0].ParameterType.GetGenericTypeDefinition() == typeof(IQueryable<>) && p[1].ParameterType.IsGenericType);

    private static readonly MethodInfo ThenIncludeAfterReferenceMethod = FindMethod(
        nameof(EntityFrameworkQueryableExtensions.ThenInclude),
        p => !IsEnumerable(p[0].ParameterType.GetGenericArguments()[1]));

    private static readonly MethodInfo ThenIncludeAfterCollectionMethod = FindMethod(
        nameof(EntityFrameworkQueryableExtensions.ThenInclude),
        p => IsEnumerable(p[0].ParameterType.GetGenericArguments()[1]));

    private static readonly ConcurrentDictionary<(MethodInfo, Type, Type, Type?), MethodInfo> Closed = new();

    private IncludeEvaluator()
    {
    }

    /// <summary>The shared instance.</summary>
    public static IncludeEvaluator Instance { get; } = new();

    /// <summary>Always <see langword="false"/>: includes do not change which rows match.</summary>
    public bool IsCriteriaEvaluator => false;

    /// <summary>Adds the includes.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The query.</returns>
    /// <exception cref="InvalidOperationException">A <c>ThenInclude</c> comes before any <c>Include</c>.</exception>
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        foreach (var path in specification.IncludeStrings)
        {
            query = query.Include(path);
        }

        object? current = null;
        foreach (var include in specification.IncludeExpressions)
        {
            var lambda = include.LambdaExpression;
            if (include.Type == IncludeTypeEnum.Include)
            {
                current = Close(IncludeMethod, typeof(T), lambda.ReturnType, null).Invoke(null, [current as IQueryable<T> ?? query, lambda]);
                query = (IQueryable<T>)current!;
                continue;
            }

            if (current is null)
            {
                throw new InvalidOperationException("A ThenInclude must follow an Include.");
            }

            // After a collection the lambda's parameter is the element type, not the navigation's type.
            var previous = lambda.Parameters[0].Type;
            var method = include.PreviousPropertyType == previous ? ThenIncludeAfterReferenceMethod : ThenIncludeAfterCollectionMethod;
            current = Close(method, typeof(T), previous, lambda.ReturnType).Invoke(null, [current, lambda]);
            query = (IQueryable<T>)current!;
        }

        return query;
    }

    private static MethodInfo Close(MethodInfo method, Type entity, Type first, Type? second) =>
        Closed.GetOrAdd((method, entity, first, second), key => second is null
            ? key.Item1.MakeGenericMethod(key.Item2, key.Item3)
            : key.Item1.MakeGenericMethod(key.Item2, key.Item3, key.Item4!));

    private static MethodInfo FindMethod(string name, Func<ParameterInfo[], bool> matches) =>
        typeof(EntityFrameworkQueryableExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == name && m.GetParameters() is { Length: 2 } p
                && p[1].ParameterType.IsGenericType && p[1].ParameterType.GetGenericTypeDefinition() == typeof(Expression<>)
                && (name != nameof(EntityFrameworkQueryableExtensions.ThenInclude) || p[0].ParameterType.GetGenericTypeDefinition() == typeof(IIncludableQueryable<,>))
                && matches(p));

    private static bool IsEnumerable(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>);
}
