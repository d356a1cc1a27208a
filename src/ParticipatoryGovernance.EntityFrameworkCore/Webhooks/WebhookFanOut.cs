using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore.Events;
using ParticipatoryGovernance.Webhooks;

namespace ParticipatoryGovernance.EntityFrameworkCore.Webhooks;

/// <summary>
/// Turns the stored domain events into webhook deliveries: one per event and active subscription of the event's city
/// that chose its type (and existed when it was stored), written with the cursor's move in one transaction (the same
/// cursor mechanism as the notifications'), so each is written once however many nodes run it.
/// </summary>
/// <param name="db">The scope's context.</param>
/// <param name="clock">Stamps the deliveries.</param>
/// <param name="options">The batch size and the wait at holes in the sequence.</param>
/// <remarks>Scoped, like its context; not thread-safe. The <see cref="WebhookWorker"/> runs it.</remarks>
public sealed class WebhookFanOut(GovernanceDbContext db, IClock clock, WebhookOptions options)
{
    /// <summary>The cursor's name in the <c>event_cursors</c> table.</summary>
    public const string CursorName = "webhooks";

    /// <summary>Starts the cursor at the latest stored event when it has never run (a city's history is not posted); one that exists stays.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when this call placed the cursor.</returns>
    public Task<bool> StartFromLatestAsync(CancellationToken cancellationToken = default) =>
        EventCursors.StartFromLatestAsync(db, CursorName, cancellationToken);

    /// <summary>Handles the next batch of stored events.</summary>
    /// <param name="cancellationToken">Cancels the run; nothing of it is stored.</param>
    /// <returns>How many events the run handled; 0 when there were none, or another run took them.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        var subscriptions = await db.Set<StoredWebhookSubscription>().AsNoTracking().Where(s => s.IsActive).ToListAsync(cancellationToken);
        var byCity = subscriptions.ToLookup(s => s.MunicipalityId);
        var cities = new EventMunicipalities(db);
        return await EventCursors.RunBatchAsync(db, CursorName, options.FanOutBatchSize, options.GapWait, now, async next =>
        {
            if (subscriptions.Count == 0)
            {
                return;
            }

            var type = WebhookEventTypes.ShortName(next.EventType);
            if (await cities.OfAsync(next, cancellationToken) is not { } city)
            {
                return;
            }

            foreach (var subscription in byCity[city])
            {
                var wanted = subscription.EventTypes.Length == 0 || subscription.EventTypes.Split(' ').Contains(type, StringComparer.Ordinal);
                if (wanted && next.RecordedAt >= subscription.CreatedAt)
                {
                    db.Add(WebhookDelivery.Create(subscription.Id, next.Sequence, type, now));
                }
            }
        }, cancellationToken);
    }
}
