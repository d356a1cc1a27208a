using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore.Notifications;

namespace ParticipatoryGovernance.EntityFrameworkCore.Events;

/// <summary>
/// The readers of the stored events (the notification fan-out, the webhook fan-out) share this: a named cursor in the
/// <c>event_cursors</c> table, and a batch read after it in one transaction with the rows the reader writes. Run twice,
/// or on two machines at once, a batch is handled once: the cursor only moves from where the run found it.
/// </summary>
internal static class EventCursors
{
    /// <summary>Places a cursor at the latest stored event when it has never run; one that exists is left where it is.</summary>
    /// <returns><see langword="true"/> when this call placed it.</returns>
    public static async Task<bool> StartFromLatestAsync(GovernanceDbContext db, string name, CancellationToken cancellationToken)
    {
        var cursors = db.Set<EventCursor>();
        if (await cursors.AnyAsync(c => c.Name == name, cancellationToken))
        {
            return false;
        }

        var latest = await db.DomainEvents.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        cursors.Add(new EventCursor { Name = name, LastSequence = latest });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is DbUpdateException or Concurrency.ConcurrencyConflictException)
        {
            // Another process placed it at the same moment (nodes starting together).
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// Reads the events after the cursor (at most <paramref name="batchSize"/>, stopping at a recent hole in the sequence),
    /// lets <paramref name="handle"/> add rows to the context for each, then moves the cursor and saves it all in one
    /// transaction.
    /// </summary>
    /// <param name="db">The scope's context; its tracked changes are cleared first.</param>
    /// <param name="name">The cursor's name.</param>
    /// <param name="batchSize">How many events one transaction reads.</param>
    /// <param name="gapWait">How long to wait at a hole before passing it (a rolled-back write).</param>
    /// <param name="now">The reader's time.</param>
    /// <param name="handle">Adds the rows an event becomes to the context.</param>
    /// <param name="cancellationToken">Cancels the run; nothing of it is stored.</param>
    /// <returns>How many events the run handled; 0 when there were none, or another run took them.</returns>
    public static async Task<int> RunBatchAsync(GovernanceDbContext db, string name, int batchSize, Duration gapWait, Instant now, Func<StoredDomainEvent, Task> handle, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cursors = db.Set<EventCursor>();
        var stored = await cursors.AsNoTracking().FirstOrDefaultAsync(c => c.Name == name, cancellationToken);
        var start = stored?.LastSequence ?? 0;
        var events = await db.DomainEvents.AsNoTracking().Where(e => e.Sequence > start).OrderBy(e => e.Sequence).Take(batchSize).ToListAsync(cancellationToken);
        var position = start;
        var handled = 0;
        foreach (var next in events)
        {
            // A hole: a writer that took the missing number may still commit it (PostgreSQL); wait, unless it is old.
            if (next.Sequence != position + 1 && now - next.RecordedAt < gapWait)
            {
                break;
            }

            await handle(next);
            position = next.Sequence;
            handled++;
        }

        if (handled == 0)
        {
            return 0;
        }

        if (stored is null)
        {
            cursors.Add(new EventCursor { Name = name, LastSequence = position });
        }
        else if (await cursors.Where(c => c.Name == name && c.LastSequence == start).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSequence, position), cancellationToken) == 0)
        {
            // Another run moved the cursor first and wrote these rows.
            return 0;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another run wrote the first cursor (or these rows) at the same moment: its rows stand, ours go.
            db.ChangeTracker.Clear();
            return 0;
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return handled;
    }
}
