using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ParticipatoryGovernance.EntityFrameworkCore.Storage;

/// <summary>Stores an immutable value (such as the charter) as one JSON document in a text or jsonb column.</summary>
/// <typeparam name="T">An immutable type with value equality.</typeparam>
internal sealed class JsonDocumentConverter<T> : ValueConverter<T, string>
    where T : class
{
    public JsonDocumentConverter()
        : base(value => JsonSerializer.Serialize(value, StoredJson.Options), json => JsonSerializer.Deserialize<T>(json, StoredJson.Options)!)
    {
    }

    /// <summary>Compares by value; the snapshot is the instance itself because the value never changes.</summary>
    public static ValueComparer<T> Comparer { get; } = new(
        (a, b) => Equals(a, b),
        value => value.GetHashCode(),
        value => value);
}
