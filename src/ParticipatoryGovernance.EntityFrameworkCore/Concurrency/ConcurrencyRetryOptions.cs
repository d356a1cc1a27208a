namespace ParticipatoryGovernance.EntityFrameworkCore.Concurrency;

/// <summary>How often and how patiently <see cref="ConcurrencyRetry"/> reloads and reapplies a change that lost a race.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ConcurrencyRetryOptions
{
    /// <summary>
    /// The defaults: changes to one aggregate queued in the process (<see cref="QueueChangesInProcess"/>); 10 attempts,
    /// each after the first holding the aggregate (<see cref="LockAfterConflict"/>); waits from 5 ms doubling up to
    /// 200 ms, drawn at random below that cap, only when attempts do not hold it.
    /// </summary>
    public static ConcurrencyRetryOptions Default { get; } = new();

    /// <summary>
    /// The most attempts, the first included. Default 10. Each lost race costs one attempt; an attempt the domain
    /// refuses ends the retries at once.
    /// </summary>
    public int MaxAttempts { get; init; } = 10;

    /// <summary>
    /// Whether an attempt after a lost race holds the aggregate against other writers while it reloads and saves (a row
    /// lock on PostgreSQL, the write lock on SQLite), so that it waits its turn instead of racing again. Default
    /// <see langword="true"/>: without it, each round of racing between processes stores one change and the rest retry.
    /// With it, the operation must not write to the database itself, or it would wait for its own lock. When set, no
    /// wait comes between attempts.
    /// </summary>
    public bool LockAfterConflict { get; init; } = true;

    /// <summary>
    /// Whether changes to the same aggregate from this process wait in one queue and are applied by one writer at a
    /// time, several to one load and one transaction. Default <see langword="true"/>: a thousand residents endorsing one
    /// idea then cost a few loads, not a thousand. Set it to <see langword="false"/> to have every writer load and save
    /// on its own (and race the others), as writers in different processes do.
    /// </summary>
    public bool QueueChangesInProcess { get; init; } = true;

    /// <summary>The cap on the wait after the first lost race; it doubles after each. Default 5 ms.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>The largest cap on a wait. Default 200 ms.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="MaxAttempts"/> is below 1, or a delay is negative or <see cref="MaxDelay"/> is below <see cref="FirstDelay"/>.</exception>
    internal void EnsureValid()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(FirstDelay, TimeSpan.Zero, nameof(FirstDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, FirstDelay, nameof(MaxDelay));
    }

    /// <summary>The wait before attempt <paramref name="nextAttempt"/>: a random span up to the doubled cap ("full jitter"), so that losers do not collide again in step.</summary>
    internal TimeSpan DelayBefore(int nextAttempt)
    {
        var cap = FirstDelay.Ticks * Math.Pow(2, Math.Min(nextAttempt - 2, 30));
        var capped = Math.Min(cap, MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)(Random.Shared.NextDouble() * capped));
    }
}
