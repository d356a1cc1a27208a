using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace ParticipatoryGovernance.EntityFrameworkCore.Storage;

/// <summary>
/// Makes every query of an aggregate root load the whole aggregate, with each list in the order the model built it:
/// for each part (and owned) collection it adds <c>Include(x =&gt; x.Parts.OrderBy(p =&gt; p.Position))</c>, and
/// <c>ThenInclude</c> for parts of parts.
/// </summary>
/// <remarks>
/// <para>
/// The order matters to the model (an idea's last transition is its official answer, a council's last term its current
/// one) and EF Core does not keep it by itself: it orders child rows only by their parent's key, and a database returns
/// rows in no promised order. An interceptor rather than auto-includes, because auto-includes cannot be ordered, and
/// rather than the specification evaluator, so that a plain <c>context.CitizenIdeas.Single(...)</c> gets the same
/// aggregate as the repository.
/// </para>
/// <para>A query that calls <c>IgnoreAutoIncludes()</c> gets the root rows alone. Stateless and thread-safe.</para>
/// </remarks>
internal sealed class AggregateLoading : IQueryExpressionInterceptor
{
    private static readonly MethodInfo IncludeMethod = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.Include) && m.GetParameters()[1].ParameterType != typeof(string));

    private static readonly MethodInfo ThenIncludeAfterCollectionMethod = ThenInclude(afterCollection: true);

    private static readonly MethodInfo ThenIncludeAfterReferenceMethod = ThenInclude(afterCollection: false);

    private static readonly MethodInfo OrderByMethod = EnumerableMethod(nameof(Enumerable.OrderBy));

    private static readonly MethodInfo ThenByMethod = EnumerableMethod(nameof(Enumerable.ThenBy));

    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!;

    private static readonly ConcurrentDictionary<IEntityType, IReadOnlyList<IReadOnlyList<INavigation>>> Paths = new();

    private AggregateLoading()
    {
    }

    /// <summary>The shared instance.</summary>
    public static AggregateLoading Instance { get; } = new();

    /// <inheritdoc />
    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        IgnoresAutoIncludes(queryExpression) ? queryExpression : new RootRewriter().Visit(queryExpression);

    private static bool IgnoresAutoIncludes(Expression expression)
    {
        var finder = new IgnoreAutoIncludesFinder();
        finder.Visit(expression);
        return finder.Found;
    }

    private static IReadOnlyList<IReadOnlyList<INavigation>> PathsOf(IEntityType rootType) => Paths.GetOrAdd(rootType, type =>
    {
        var paths = new List<IReadOnlyList<INavigation>>();
        Collect(type, [], paths);
        return paths;
    });

    private static void Collect(IEntityType type, List<INavigation> prefix, List<IReadOnlyList<INavigation>> paths)
    {
        var navigations = AggregateParts.PartNavigations(type).Cast<INavigation>().ToList();
        if (navigations.Count == 0)
        {
            if (prefix.Count > 0)
            {
                paths.Add(prefix);
            }

            return;
        }

        foreach (var navigation in navigations)
        {
            Collect(navigation.TargetEntityType, [.. prefix, navigation], paths);
        }
    }

    private static Expression WithParts(Expression root, IEntityType rootType)
    {
        var query = root;
        foreach (var path in PathsOf(rootType))
        {
            for (var i = 0; i < path.Count; i++)
            {
                var lambda = NavigationLambda(path[i]);
                var method = i == 0
                    ? IncludeMethod.MakeGenericMethod(rootType.ClrType, lambda.ReturnType)
                    : (path[i - 1].IsCollection ? ThenIncludeAfterCollectionMethod : ThenIncludeAfterReferenceMethod)
                        .MakeGenericMethod(rootType.ClrType, path[i - 1].TargetEntityType.ClrType, lambda.ReturnType);
                query = Expression.Call(method, query, Expression.Quote(lambda));
            }
        }

        return query;
    }

    /// <summary><c>x =&gt; x.Nav</c> for a reference; <c>x =&gt; x.Nav.OrderBy(p =&gt; EF.Property(p, "Position"))</c> for a collection.</summary>
    private static LambdaExpression NavigationLambda(INavigation navigation)
    {
        var owner = Expression.Parameter(navigation.DeclaringEntityType.ClrType, "x");
        var target = navigation.TargetEntityType.ClrType;
        Expression access = navigation.PropertyInfo is { } property
            ? Expression.Property(owner, property)
            : Expression.Call(PropertyMethod.MakeGenericMethod(navigation.ClrType), owner, Expression.Constant(navigation.Name));
        if (!navigation.IsCollection)
        {
            return Expression.Lambda(access, owner);
        }

        var ordered = access;
        var first = true;
        foreach (var name in AggregateParts.OrderOf(navigation.TargetEntityType))
        {
            var keyType = navigation.TargetEntityType.FindProperty(name)!.ClrType;
            var part = Expression.Parameter(target, "p");
            var key = Expression.Lambda(Expression.Call(PropertyMethod.MakeGenericMethod(keyType), part, Expression.Constant(name)), part);
            ordered = Expression.Call((first ? OrderByMethod : ThenByMethod).MakeGenericMethod(target, keyType), ordered, key);
            first = false;
        }

        var enumerable = typeof(IEnumerable<>).MakeGenericType(target);
        return Expression.Lambda(typeof(Func<,>).MakeGenericType(owner.Type, enumerable), ordered, owner);
    }

    private static MethodInfo ThenInclude(bool afterCollection) => typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.ThenInclude)
            && m.GetParameters()[0].ParameterType.GetGenericArguments()[1].IsGenericType == afterCollection
            && (!afterCollection || m.GetParameters()[0].ParameterType.GetGenericArguments()[1].GetGenericTypeDefinition() == typeof(IEnumerable<>)));

    private static MethodInfo EnumerableMethod(string name) => typeof(Enumerable).GetMethods()
        .Single(m => m.Name == name && m.GetParameters().Length == 2);

    /// <summary>Wraps each aggregate root's query root with the includes of its parts, once.</summary>
    private sealed class RootRewriter : ExpressionVisitor
    {
        protected override Expression VisitExtension(Expression node) =>
            node is EntityQueryRootExpression root && PathsOf(root.EntityType).Count > 0
                ? WithParts(root, root.EntityType)
                : base.VisitExtension(node);
    }

    private sealed class IgnoreAutoIncludesFinder : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType == typeof(EntityFrameworkQueryableExtensions)
                && node.Method.Name == nameof(EntityFrameworkQueryableExtensions.IgnoreAutoIncludes))
            {
                Found = true;
                return node;
            }

            return base.VisitMethodCall(node);
        }
    }
}
