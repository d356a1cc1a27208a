using NodaTime;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Notifications;

/// <summary>Where a notification is on its way to the resident.</summary>
public enum NotificationState
{
    /// <summary>Waiting for the dispatcher (or for its next attempt, after a failure).</summary>
    Pending = 1,

    /// <summary>Claimed by a dispatcher, which is sending it; released again if that dispatcher stops before it finishes.</summary>
    Sending = 2,

    /// <summary>Delivered: in the inbox (in-app), or accepted by the channel.</summary>
    Delivered = 3,

    /// <summary>Given up: every attempt failed, or the resident has no address on the channel.</summary>
    Failed = 4,

    /// <summary>Waiting for the resident's daily digest.</summary>
    AwaitingDigest = 5,
}

/// <summary>
/// One notification to one resident on one channel, written by the <see cref="NotificationFanOut"/> from a stored
/// domain event, in the resident's language. There is at most one per event, resident and channel.
/// </summary>
/// <remarks>Rows are written by the fan-out and changed by the dispatcher and the inbox; code never creates them itself.</remarks>
public sealed class Notification
{
    private Notification()
    {
        Language = string.Empty;
        Kind = string.Empty;
        Subject = string.Empty;
        Body = string.Empty;
    }

    /// <summary>The notification's number.</summary>
    public long Id { get; private set; }

    /// <summary>The <see cref="Events.StoredDomainEvent.Sequence"/> of the event it tells of.</summary>
    public long EventSequence { get; private set; }

    /// <summary>The recipient.</summary>
    public ResidentId ResidentId { get; private set; }

    /// <summary>The channel.</summary>
    public NotificationChannel Channel { get; private set; }

    /// <summary>The language of <see cref="Subject"/> and <see cref="Body"/>: <c>fa</c> or <c>en</c>.</summary>
    public string Language { get; private set; }

    /// <summary>What happened, as the event's short type name, such as <c>IdeaStatusChanged</c>.</summary>
    public string Kind { get; private set; }

    /// <summary>The subject line.</summary>
    public string Subject { get; private set; }

    /// <summary>The text.</summary>
    public string Body { get; private set; }

    /// <summary>What the notification is about, for a host to link to: <c>idea</c>, <c>meeting</c>, <c>neighbourhood</c>, <c>round</c>, <c>campaign</c> or <c>election</c>.</summary>
    public string? ThingKind { get; private set; }

    /// <summary>The identifier of what it is about.</summary>
    public Guid? ThingId { get; private set; }

    /// <summary>When the fan-out wrote it.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>Where it is on its way.</summary>
    public NotificationState State { get; private set; }

    /// <summary>How many times a dispatcher tried to send it.</summary>
    public int Attempts { get; private set; }

    /// <summary>When the next attempt may start; <see langword="null"/> for at once.</summary>
    public Instant? NextAttemptAt { get; private set; }

    /// <summary>Until when the dispatcher that claimed it holds it.</summary>
    public Instant? LeaseUntil { get; private set; }

    /// <summary>When it was delivered.</summary>
    public Instant? DeliveredAt { get; private set; }

    /// <summary>When the resident read it in the inbox (in-app only).</summary>
    public Instant? ReadAt { get; private set; }

    /// <summary>The last failure, for staff.</summary>
    public string? LastError { get; private set; }

    /// <summary>The digest it went out in, when it did.</summary>
    public string? DigestKey { get; private set; }

    /// <summary>The city date whose digest it waits for or went out in.</summary>
    public LocalDate? DigestDate { get; private set; }

    /// <summary>The key a sender receives: stable across attempts, unique per notification.</summary>
    public string Key => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"notification-{Id}");

    internal static Notification Create(long eventSequence, ResidentId resident, NotificationChannel channel, string language, string kind, string subject, string body,
        string? thingKind, Guid? thingId, Instant now, bool digest, LocalDate today) => new()
        {
            EventSequence = eventSequence,
            ResidentId = resident,
            Channel = channel,
            Language = language,
            Kind = kind,
            Subject = subject,
            Body = body,
            ThingKind = thingKind,
            ThingId = thingId,
            CreatedAt = now,
            // The inbox row is the delivery itself.
            State = channel == NotificationChannel.InApp ? NotificationState.Delivered : digest ? NotificationState.AwaitingDigest : NotificationState.Pending,
            DeliveredAt = channel == NotificationChannel.InApp ? now : null,
            DigestDate = digest && channel != NotificationChannel.InApp ? today : null,
        };
}

/// <summary>A resident following a thing.</summary>
internal sealed class StoredFollow
{
    public Guid ResidentId { get; set; }

    public FollowKind Kind { get; set; }

    public Guid ThingId { get; set; }

    public Instant FollowedAt { get; set; }
}

/// <summary>A resident's notification preferences, as stored.</summary>
internal sealed class StoredNotificationPreferences
{
    public Guid ResidentId { get; set; }

    public string Language { get; set; } = "fa";

    public bool InApp { get; set; }

    public bool Email { get; set; }

    public bool Sms { get; set; }

    public bool DailyDigest { get; set; }

    public NotificationPreferences ToPreferences() => new(Language, InApp, Email, Sms, DailyDigest);
}

/// <summary>How far a reader of the stored events has come: the last <see cref="Events.StoredDomainEvent.Sequence"/> it handled.</summary>
internal sealed class EventCursor
{
    public string Name { get; set; } = string.Empty;

    public long LastSequence { get; set; }
}
