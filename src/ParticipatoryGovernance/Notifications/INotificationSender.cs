using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Notifications;

/// <summary>
/// Sends notifications on one channel: the email sender of the storage package, the city's SMS gateway, or anything a
/// host adds. The dispatcher calls it once per notification (or per daily digest) and retries with back-off when it
/// throws.
/// </summary>
/// <remarks>
/// Delivery is at least once: a dispatcher stopped between sending and recording the delivery sends again, with the
/// same <see cref="NotificationMessage.Key"/>. A sender passes the key on where the channel can use it (the email
/// Message-ID, a gateway's idempotency key) so that the second send is recognised as the first. Implementations are
/// called from one dispatcher at a time per message but may be shared: make them thread-safe.
/// </remarks>
public interface INotificationSender
{
    /// <summary>The channel this sender serves; one sender per channel is used.</summary>
    NotificationChannel Channel { get; }

    /// <summary>Sends one message.</summary>
    /// <param name="message">The message, with its address and its key.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes once the channel accepted the message.</returns>
    /// <exception cref="Exception">Any failure: the dispatcher records it and tries again later.</exception>
    Task SendAsync(NotificationMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Where to reach a resident on a channel: the host knows the addresses (its accounts), the model does not.</summary>
/// <remarks>Called by the dispatcher before each send; implementations may be shared and must be thread-safe.</remarks>
public interface INotificationAddressBook
{
    /// <summary>The resident's address on a channel: an email address, a phone number.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="channel">The channel (never <see cref="NotificationChannel.InApp"/>).</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The address, or <see langword="null"/> when the resident has none on that channel (the notification is then recorded as undeliverable).</returns>
    Task<string?> AddressAsync(ResidentId resident, NotificationChannel channel, CancellationToken cancellationToken = default);
}

/// <summary>One message to send: a notification, or a day's notifications gathered into a digest.</summary>
/// <param name="Key">
/// The message's stable identity: the same on every attempt, different for every message. Senders use it to make a
/// repeated send recognisable (the email Message-ID).
/// </param>
/// <param name="Resident">The recipient.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Address">The recipient's address on the channel.</param>
/// <param name="Language">The language the texts are in, <c>fa</c> or <c>en</c>.</param>
/// <param name="Subject">The subject line (emails) or first line.</param>
/// <param name="Body">The text.</param>
public sealed record NotificationMessage(string Key, ResidentId Resident, NotificationChannel Channel, string Address, string Language, string Subject, string Body);
