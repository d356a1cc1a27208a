using System.Collections.Concurrent;
using ParticipatoryGovernance.Notifications;

namespace RazorDemo.Channels;

/// <summary>
/// The demo's SMS "gateway": the messages that would be sent, kept in memory per number (the last 20) for the phone
/// page to show. A city registers its operator's sender instead (docs/channels.md).
/// </summary>
public sealed class DemoSmsOutbox : INotificationSender
{
    /// <summary>The most messages kept per number.</summary>
    public const int Kept = 20;

    private readonly ConcurrentDictionary<string, ConcurrentQueue<NotificationMessage>> _sent = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public NotificationChannel Channel => NotificationChannel.Sms;

    /// <inheritdoc />
    public Task SendAsync(NotificationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var queue = _sent.GetOrAdd(message.Address, _ => new ConcurrentQueue<NotificationMessage>());
        queue.Enqueue(message);
        while (queue.Count > Kept && queue.TryDequeue(out _))
        {
        }

        return Task.CompletedTask;
    }

    /// <summary>The messages sent to a number, oldest first.</summary>
    public IReadOnlyList<NotificationMessage> SentTo(string phoneNumber) =>
        phoneNumber is not null && _sent.TryGetValue(phoneNumber, out var queue) ? [.. queue] : [];
}
