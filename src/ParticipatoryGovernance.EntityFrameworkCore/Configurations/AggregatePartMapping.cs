using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>How an aggregate's configuration maps its parts: child tables saved, versioned and loaded with the root.</summary>
internal static class AggregatePartMapping
{
    /// <summary>
    /// Maps a collection an aggregate (or one of its parts) holds in a private list field as a child table: required,
    /// deleted with its parent, marked as a part so that saving it raises the root's version and loading the root loads
    /// it, in order.
    /// </summary>
    /// <param name="owner">The parent's builder.</param>
    /// <param name="navigation">The read-only collection property.</param>
    /// <param name="field">The list field behind it.</param>
    /// <param name="foreignKey">The part's shadow properties that hold the parent's key.</param>
    public static void HasParts<TOwner, TPart>(
        this EntityTypeBuilder<TOwner> owner,
        Expression<Func<TOwner, IEnumerable<TPart>?>> navigation,
        string field,
        params string[] foreignKey)
        where TOwner : class
        where TPart : class
    {
        owner.HasMany(navigation)
            .WithOne()
            .HasForeignKey(foreignKey)
            .IsRequired()
            .OnDelete(DeleteBehavior.Cascade)
            .HasAnnotation(AggregateParts.Annotation, true);
        owner.Navigation(navigation).HasField(field).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    /// <summary>
    /// Gives a part the <see cref="AggregateParts.PositionProperty"/> that keeps its place in the list, and makes its
    /// key the parent's key plus that position.
    /// </summary>
    /// <param name="part">The part's builder.</param>
    /// <param name="parentKey">The part's properties that hold the parent's key.</param>
    public static void HasPositionKey<TPart>(this EntityTypeBuilder<TPart> part, params string[] parentKey)
        where TPart : class
    {
        part.HasPosition();
        part.HasKey([.. parentKey, AggregateParts.PositionProperty]);
    }

    /// <summary>Gives a part with a key of its own the <see cref="AggregateParts.PositionProperty"/> that keeps its place in the list.</summary>
    /// <param name="part">The part's builder.</param>
    public static void HasPosition<TPart>(this EntityTypeBuilder<TPart> part)
        where TPart : class =>
        part.Property<int>(AggregateParts.PositionProperty).HasValueGenerator<PlaceholderPositionGenerator>();

    /// <summary>Maps a private list of immutable values as one JSON document (text on SQLite, jsonb on PostgreSQL).</summary>
    /// <param name="owner">The owner's builder.</param>
    /// <param name="field">The list field.</param>
    /// <param name="column">The column's name.</param>
    public static void HasJsonList<TOwner, TValue>(this EntityTypeBuilder<TOwner> owner, string field, string column)
        where TOwner : class
        where TValue : class =>
        owner.Property<List<TValue>>(field)
            .HasColumnName(column)
            .HasConversion(new JsonListConverter<TValue>(), JsonListConverter<TValue>.Comparer)
            .IsJsonDocument()
            .IsRequired();
}

/// <summary>Stores a list of immutable values (ballot piles, panel members) as one JSON array.</summary>
/// <typeparam name="T">An immutable type with value equality.</typeparam>
internal sealed class JsonListConverter<T> : ValueConverter<List<T>, string>
    where T : class
{
    public JsonListConverter()
        : base(list => JsonSerializer.Serialize(list, StoredJson.Options), json => JsonSerializer.Deserialize<List<T>>(json, StoredJson.Options)!)
    {
    }

    /// <summary>Compares element by element; the snapshot is a copy, because the list changes in place.</summary>
    public static ValueComparer<List<T>> Comparer { get; } = new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        list => list.Aggregate(0, (hash, value) => HashCode.Combine(hash, value)),
        list => list.ToList());
}
