using Microsoft.EntityFrameworkCore;

namespace ParticipatoryGovernance.EntityFrameworkCore.Concurrency;

/// <summary>
/// Thrown when a save lost a race: another writer stored a newer version of an aggregate after this one was loaded,
/// or inserted a row with the same key first. Nothing of the failed save was stored.
/// </summary>
/// <remarks>
/// Load the aggregate again and reapply the operation; the domain then decides on the current state (the
/// <c>ChangeWithRetryAsync</c> extensions of <see cref="ConcurrencyRetry"/> do this). The inner exception is EF Core's
/// <see cref="DbUpdateConcurrencyException"/> or the provider's unique-violation <see cref="DbUpdateException"/>.
/// </remarks>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConcurrencyConflictException()
        : this("Another writer changed the same data first.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What conflicted.</param>
    public ConcurrencyConflictException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and the provider's exception.</summary>
    /// <param name="message">What conflicted.</param>
    /// <param name="innerException">EF Core's or the provider's exception.</param>
    public ConcurrencyConflictException(string message, Exception? innerException)
        : base(message, innerException)
    {
        EntityTypes = [];
    }

    /// <summary>The names of the entity types whose rows conflicted, such as <c>Municipality</c>; empty when unknown.</summary>
    public IReadOnlyList<string> EntityTypes { get; private init; }

    /// <summary>
    /// Whether the conflict was a duplicate key (two writers inserting the same row) rather than a changed version.
    /// </summary>
    public bool IsDuplicateKey { get; private init; }

    /// <summary>A save found, before writing, that an aggregate it changes was saved by another writer since it was loaded.</summary>
    internal static ConcurrencyConflictException VersionChanged(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry root)
    {
        var type = Storage.AggregateParts.RootTypeOf(root.Metadata).ClrType.Name;
        return new ConcurrencyConflictException(
            $"Another writer saved a newer version of {type} after it was loaded; load it again and retry.",
            new DbUpdateConcurrencyException($"The stored version of {type} differs from the version loaded."))
        {
            EntityTypes = [type],
        };
    }

    internal static ConcurrencyConflictException From(DbUpdateException exception, bool isDuplicateKey)
    {
        var types = exception.Entries.Select(e => Storage.AggregateParts.RootTypeOf(e.Metadata).ClrType.Name)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var what = types.Length == 0 ? "the data" : string.Join(", ", types);
        var message = isDuplicateKey
            ? $"Another writer inserted a row with the same key into {what} first; load the aggregate again and retry."
            : $"Another writer saved a newer version of {what} after it was loaded; load it again and retry.";
        return new ConcurrencyConflictException(message, exception) { EntityTypes = types, IsDuplicateKey = isDuplicateKey };
    }
}
