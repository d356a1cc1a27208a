using NodaTime;

namespace ParticipatoryGovernance.EntityFrameworkCore.Webhooks;

/// <summary>Where a webhook delivery is on its way to the receiver.</summary>
public enum WebhookDeliveryState
{
    /// <summary>Waiting for the dispatcher (or its next attempt, after a failure); held while its subscription is paused.</summary>
    Pending = 1,

    /// <summary>Claimed by a dispatcher, which is posting it; released again if that dispatcher stops before it finishes.</summary>
    Sending = 2,

    /// <summary>The receiver answered with a 2xx status.</summary>
    Delivered = 3,

    /// <summary>Given up after <see cref="WebhookOptions.MaxAttempts"/> failed attempts.</summary>
    Failed = 4,
}

/// <summary>
/// One stored event posted to one subscription, written by the <see cref="WebhookFanOut"/>: there is at most one per
/// event and subscription, and its <see cref="Key"/> is the same on every attempt.
/// </summary>
/// <remarks>Rows are written by the fan-out and changed by the dispatcher; code never creates them itself.</remarks>
public sealed class WebhookDelivery
{
    private WebhookDelivery()
    {
        EventType = string.Empty;
    }

    /// <summary>The delivery's number.</summary>
    public long Id { get; private set; }

    /// <summary>The subscription it is posted to.</summary>
    public Guid SubscriptionId { get; private set; }

    /// <summary>The <see cref="Events.StoredDomainEvent.Sequence"/> of the event posted.</summary>
    public long EventSequence { get; private set; }

    /// <summary>The event's short type name, such as <c>IdeaSubmitted</c>.</summary>
    public string EventType { get; private set; }

    /// <summary>When the fan-out wrote it.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>Where it is on its way.</summary>
    public WebhookDeliveryState State { get; private set; }

    /// <summary>How many times a dispatcher posted it.</summary>
    public int Attempts { get; private set; }

    /// <summary>When the next attempt may start; <see langword="null"/> for at once.</summary>
    public Instant? NextAttemptAt { get; private set; }

    /// <summary>Until when the dispatcher that claimed it holds it.</summary>
    public Instant? LeaseUntil { get; private set; }

    /// <summary>The HTTP status of the last answer; <see langword="null"/> when none came (time-out, refused connection).</summary>
    public int? LastStatus { get; private set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? LastError { get; private set; }

    /// <summary>When the receiver accepted it.</summary>
    public Instant? DeliveredAt { get; private set; }

    /// <summary>The delivery's identifier as receivers see it (<c>Webhook-Id</c> and the payload's <c>id</c>): <c>whd_</c> and <see cref="Id"/>.</summary>
    public string Key => KeyOf(Id);

    internal static string KeyOf(long id) => "whd_" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static WebhookDelivery Create(Guid subscription, long sequence, string eventType, Instant now) => new()
    {
        SubscriptionId = subscription,
        EventSequence = sequence,
        EventType = eventType,
        CreatedAt = now,
        State = WebhookDeliveryState.Pending,
    };
}

/// <summary>A subscription as the database keeps it; <see cref="WebhookStore"/> maps it to the core's record.</summary>
internal sealed class StoredWebhookSubscription
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public string Url { get; set; } = string.Empty;

    /// <summary>The chosen event types, space-separated; empty for every type.</summary>
    public string EventTypes { get; set; } = string.Empty;

    public string Secret { get; set; } = string.Empty;

    public bool IsActive { get; set; }

    public string? PausedReasonFa { get; set; }

    public string? PausedReasonEn { get; set; }

    public int ConsecutiveFailures { get; set; }

    public Instant CreatedAt { get; set; }
}
