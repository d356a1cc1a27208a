using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.EntityFrameworkCore.Storage;

/// <summary>
/// Finds the model's strongly typed identifiers (<c>readonly record struct XId(Guid Value)</c>) and maps each to its
/// GUID, so that an aggregate added later gets its id mapped without touching this package.
/// </summary>
internal static class StronglyTypedIds
{
    private static readonly Lazy<Type[]> IdTypes = new(() =>
        [.. typeof(Municipality).Assembly.GetExportedTypes().Where(IsStronglyTypedId).OrderBy(t => t.FullName, StringComparer.Ordinal)]);

    private static readonly ConcurrentDictionary<Type, Func<object, Guid>> Unwrappers = new();

    /// <summary>The identifier types of the core package.</summary>
    public static IReadOnlyList<Type> All => IdTypes.Value;

    /// <summary>Whether a type follows the identifier pattern: a value type named <c>…Id</c> wrapping one GUID.</summary>
    public static bool IsStronglyTypedId(Type type) =>
        type.IsValueType
        && !type.IsGenericType
        && type.Name.EndsWith("Id", StringComparison.Ordinal)
        && type.GetProperty("Value", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(Guid)
        && type.GetConstructor([typeof(Guid)]) is not null;

    /// <summary>Maps every identifier type to a GUID column.</summary>
    public static void Configure(ModelConfigurationBuilder builder)
    {
        foreach (var type in All)
        {
            builder.Properties(type).HaveConversion(typeof(StronglyTypedIdConverter<>).MakeGenericType(type));
        }
    }

    /// <summary>The GUID inside an identifier value, or the value itself when it is a GUID already.</summary>
    public static Guid ToGuid(object id) => id switch
    {
        Guid guid => guid,
        _ when IsStronglyTypedId(id.GetType()) => Unwrappers.GetOrAdd(id.GetType(), CreateUnwrapper)(id),
        _ => throw new InvalidOperationException($"An aggregate key must be a GUID or a strongly typed id wrapping one; {id.GetType().Name} is neither."),
    };

    private static Func<object, Guid> CreateUnwrapper(Type type)
    {
        var value = type.GetProperty("Value")!;
        return id => (Guid)value.GetValue(id)!;
    }
}

/// <summary>Stores a strongly typed identifier as its GUID.</summary>
/// <typeparam name="TId">The identifier type, such as <c>MunicipalityId</c>.</typeparam>
internal sealed class StronglyTypedIdConverter<TId> : ValueConverter<TId, Guid>
    where TId : struct
{
    private static readonly Expression<Func<TId, Guid>> ToGuid = BuildToGuid();
    private static readonly Expression<Func<Guid, TId>> FromGuid = BuildFromGuid();

    public StronglyTypedIdConverter()
        : base(ToGuid, FromGuid)
    {
    }

    private static Expression<Func<TId, Guid>> BuildToGuid()
    {
        var id = Expression.Parameter(typeof(TId), "id");
        return Expression.Lambda<Func<TId, Guid>>(Expression.Property(id, "Value"), id);
    }

    private static Expression<Func<Guid, TId>> BuildFromGuid()
    {
        var guid = Expression.Parameter(typeof(Guid), "guid");
        return Expression.Lambda<Func<Guid, TId>>(Expression.New(typeof(TId).GetConstructor([typeof(Guid)])!, guid), guid);
    }
}
