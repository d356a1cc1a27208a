using NodaTime;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Webhooks;

/// <summary>
/// A city's webhook subscription: where the events of the chosen types are posted, signed with the subscription's
/// secret. Paused subscriptions receive nothing new until resumed.
/// </summary>
/// <param name="Id">The subscription's identifier.</param>
/// <param name="Municipality">The city whose events are posted.</param>
/// <param name="Url">The receiver's address (checked by <see cref="WebhookTargets"/>).</param>
/// <param name="EventTypes">The event types posted, by short name (<see cref="WebhookEventTypes"/>); empty for every type.</param>
/// <param name="Secret">The signing secret (<see cref="WebhookSignature"/>); shown to the city once, at creation or rotation.</param>
/// <param name="IsActive">Whether deliveries are made.</param>
/// <param name="PausedReason">Why it was paused, in both languages; <see langword="null"/> when active or paused by hand.</param>
/// <param name="ConsecutiveFailures">How many deliveries in a row ended failed; reset by a delivery that succeeds.</param>
/// <param name="CreatedAt">When it was created: only events stored from then on are posted.</param>
public sealed record WebhookSubscription(
    Guid Id,
    MunicipalityId Municipality,
    Uri Url,
    IReadOnlyList<string> EventTypes,
    string Secret,
    bool IsActive,
    Common.LocalizedText? PausedReason,
    int ConsecutiveFailures,
    Instant CreatedAt)
{
    /// <summary>Whether an event of <paramref name="eventType"/> (short name) is posted to this subscription.</summary>
    /// <param name="eventType">The event's short type name, such as <c>IdeaSubmitted</c>.</param>
    /// <returns><see langword="true"/> when every type is chosen or this one is.</returns>
    public bool Wants(string eventType) => EventTypes.Count == 0 || EventTypes.Contains(eventType, StringComparer.Ordinal);
}
