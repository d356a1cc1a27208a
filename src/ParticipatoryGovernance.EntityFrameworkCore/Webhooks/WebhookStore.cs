using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Webhooks;

namespace ParticipatoryGovernance.EntityFrameworkCore.Webhooks;

/// <summary>The <see cref="IWebhookStore"/> over the governance database, and the recent deliveries a staff page shows.</summary>
/// <param name="db">The scope's context.</param>
public sealed class WebhookStore(GovernanceDbContext db) : IWebhookStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<WebhookSubscription>> SubscriptionsAsync(MunicipalityId municipality, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<StoredWebhookSubscription>().AsNoTracking().Where(s => s.MunicipalityId == municipality.Value)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(ToSubscription)];
    }

    /// <inheritdoc />
    public async Task<WebhookSubscription?> SubscriptionAsync(MunicipalityId municipality, Guid id, CancellationToken cancellationToken = default) =>
        await db.Set<StoredWebhookSubscription>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.MunicipalityId == municipality.Value, cancellationToken) is { } row
            ? ToSubscription(row)
            : null;

    /// <inheritdoc />
    public async Task SaveAsync(WebhookSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var set = db.Set<StoredWebhookSubscription>();
        var row = await set.FirstOrDefaultAsync(s => s.Id == subscription.Id, cancellationToken);
        if (row is null)
        {
            row = new StoredWebhookSubscription { Id = subscription.Id, MunicipalityId = subscription.Municipality.Value, CreatedAt = subscription.CreatedAt };
            set.Add(row);
        }

        row.Url = subscription.Url.AbsoluteUri;
        row.EventTypes = string.Join(' ', subscription.EventTypes);
        row.Secret = subscription.Secret;
        row.IsActive = subscription.IsActive;
        row.PausedReasonFa = subscription.PausedReason?.Persian;
        row.PausedReasonEn = subscription.PausedReason?.English;
        row.ConsecutiveFailures = subscription.ConsecutiveFailures;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(MunicipalityId municipality, Guid id, CancellationToken cancellationToken = default)
    {
        // The deliveries go first: a provider without cascades (or a dispatcher posting one now) must not hold the row.
        if (!await db.Set<StoredWebhookSubscription>().AnyAsync(s => s.Id == id && s.MunicipalityId == municipality.Value, cancellationToken))
        {
            return false;
        }

        await db.Set<WebhookDelivery>().Where(d => d.SubscriptionId == id).ExecuteDeleteAsync(cancellationToken);
        return await db.Set<StoredWebhookSubscription>().Where(s => s.Id == id && s.MunicipalityId == municipality.Value).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>A city's most recent deliveries, newest first, for a staff page.</summary>
    /// <param name="municipality">The city.</param>
    /// <param name="take">How many, at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The deliveries.</returns>
    public async Task<IReadOnlyList<WebhookDelivery>> RecentDeliveriesAsync(MunicipalityId municipality, int take, CancellationToken cancellationToken = default)
    {
        var ids = db.Set<StoredWebhookSubscription>().Where(s => s.MunicipalityId == municipality.Value).Select(s => s.Id);
        return await db.Set<WebhookDelivery>().AsNoTracking().Where(d => ids.Contains(d.SubscriptionId))
            .OrderByDescending(d => d.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
    }

    internal static WebhookSubscription ToSubscription(StoredWebhookSubscription row) => new(
        row.Id,
        new MunicipalityId(row.MunicipalityId),
        new Uri(row.Url, UriKind.Absolute),
        row.EventTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        row.Secret,
        row.IsActive,
        row.PausedReasonFa is null ? null : new LocalizedText(row.PausedReasonFa, row.PausedReasonEn ?? row.PausedReasonFa),
        row.ConsecutiveFailures,
        row.CreatedAt);
}
