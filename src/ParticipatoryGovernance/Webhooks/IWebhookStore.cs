using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Webhooks;

/// <summary>
/// The storage port of webhook subscriptions. The EF Core package implements it
/// (<c>AddParticipatoryGovernanceSqlite</c> / <c>AddParticipatoryGovernancePostgres</c> register it).
/// </summary>
/// <remarks>Implementations are scoped to one unit of work and are not thread-safe. Every write is stored when the method returns.</remarks>
public interface IWebhookStore
{
    /// <summary>A city's subscriptions, oldest first.</summary>
    /// <param name="municipality">The city.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The subscriptions.</returns>
    Task<IReadOnlyList<WebhookSubscription>> SubscriptionsAsync(MunicipalityId municipality, CancellationToken cancellationToken = default);

    /// <summary>One of a city's subscriptions.</summary>
    /// <param name="municipality">The city.</param>
    /// <param name="id">The subscription.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The subscription, or <see langword="null"/> when the city has none with that identifier.</returns>
    Task<WebhookSubscription?> SubscriptionAsync(MunicipalityId municipality, Guid id, CancellationToken cancellationToken = default);

    /// <summary>Stores a new subscription, or replaces the stored one with the same identifier.</summary>
    /// <param name="subscription">The subscription, already checked.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once stored.</returns>
    Task SaveAsync(WebhookSubscription subscription, CancellationToken cancellationToken = default);

    /// <summary>Removes a subscription and its deliveries.</summary>
    /// <param name="municipality">The city.</param>
    /// <param name="id">The subscription.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when one was removed.</returns>
    Task<bool> DeleteAsync(MunicipalityId municipality, Guid id, CancellationToken cancellationToken = default);
}
