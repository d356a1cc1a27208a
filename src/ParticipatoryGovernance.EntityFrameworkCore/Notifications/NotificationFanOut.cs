using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.EntityFrameworkCore.Events;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Notifications;

/// <summary>
/// Turns the stored domain events into notifications: reads the events after its cursor, writes one notification per
/// person concerned and channel they chose, in their language, and moves its cursor, all in one transaction. Run
/// twice, or on two machines at once, it still writes each notification once: the cursor only moves from where the
/// run found it, and the table holds one row per event, resident and channel.
/// </summary>
/// <param name="db">The scope's context.</param>
/// <param name="clock">Stamps the notifications and dates the digests.</param>
/// <param name="options">The batch size and the wait at holes in the sequence.</param>
/// <remarks>Scoped, like its context; not thread-safe. The <see cref="NotificationWorker"/> runs it.</remarks>
public sealed class NotificationFanOut(GovernanceDbContext db, IClock clock, NotificationOptions options)
{
    /// <summary>The cursor's name in the <c>event_cursors</c> table.</summary>
    public const string CursorName = "notifications";

    private static readonly NotificationChannel[] Channels = [NotificationChannel.InApp, NotificationChannel.Email, NotificationChannel.Sms];

    /// <summary>
    /// Starts the cursor at the latest stored event when it has never run, so that a city turning notifications on is
    /// not told of its whole history; a cursor that exists is left where it is.
    /// </summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when this call placed the cursor.</returns>
    public Task<bool> StartFromLatestAsync(CancellationToken cancellationToken = default) =>
        EventCursors.StartFromLatestAsync(db, CursorName, cancellationToken);

    /// <summary>Handles the next batch of stored events.</summary>
    /// <param name="cancellationToken">Cancels the run; nothing of it is stored.</param>
    /// <returns>How many events the run handled (and moved the cursor past); 0 when there were none, or another run took them.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = clock.GetCurrentInstant();
        var today = PersianDates.TodayInCity(clock);
        var audiences = new Audiences(db);
        return await EventCursors.RunBatchAsync(db, CursorName, options.FanOutBatchSize, options.GapWait, now,
            next => NotificationRules.Handles(next.EventType) ? WriteAsync(next, audiences, now, today, cancellationToken) : Task.CompletedTask,
            cancellationToken);
    }

    private async Task WriteAsync(StoredDomainEvent stored, Audiences audiences, Instant now, LocalDate today, CancellationToken cancellationToken)
    {
        var drafts = await NotificationRules.DraftsAsync(stored.ToDomainEvent(), audiences, cancellationToken);
        var told = new HashSet<Guid>();
        var kind = stored.EventType[(stored.EventType.LastIndexOf('.') + 1)..];
        foreach (var draft in drafts)
        {
            var recipients = draft.Audience.Where(told.Add).ToList();
            foreach (var chunk in recipients.Chunk(500))
            {
                var preferences = await db.Set<StoredNotificationPreferences>().AsNoTracking()
                    .Where(p => chunk.Contains(p.ResidentId))
                    .ToDictionaryAsync(p => p.ResidentId, p => p.ToPreferences(), cancellationToken);
                foreach (var resident in chunk)
                {
                    var chosen = preferences.GetValueOrDefault(resident, NotificationPreferences.Default);
                    var subject = draft.Subject.In(chosen.Language);
                    var body = draft.Body.In(chosen.Language);
                    foreach (var channel in Channels.Where(chosen.Wants))
                    {
                        db.Add(Notification.Create(stored.Sequence, new ResidentId(resident), channel, chosen.Language, kind, Clip(subject, 400), Clip(body, 4000),
                            draft.ThingKind, draft.ThingId, now, chosen.DailyDigest, today));
                    }
                }
            }
        }
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
