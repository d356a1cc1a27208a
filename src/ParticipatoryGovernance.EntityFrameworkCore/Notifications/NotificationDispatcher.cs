using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Notifications;

/// <summary>
/// Sends the email and text-message notifications the fan-out wrote, through the registered
/// <see cref="INotificationSender"/>s: each notification is claimed (its state and lease stored) before it is sent and
/// recorded as delivered after, so a dispatcher stopped in between leaves it to be sent again once the lease ends,
/// with the same key; failures are retried with exponential back-off up to <see cref="NotificationOptions.MaxAttempts"/>.
/// Residents who chose the daily digest get one message a day per channel instead (<see cref="RunDigestsAsync"/>).
/// </summary>
/// <remarks>
/// Several dispatchers may run against one database: a claim is a conditional update, so each notification is held by
/// one at a time. Scoped, like its context; not thread-safe. The <see cref="NotificationWorker"/> runs it.
/// </remarks>
public sealed class NotificationDispatcher
{
    private readonly GovernanceDbContext _db;
    private readonly IClock _clock;
    private readonly NotificationOptions _options;
    private readonly IReadOnlyDictionary<NotificationChannel, INotificationSender> _senders;
    private readonly INotificationAddressBook? _addresses;
    private readonly ILogger? _logger;

    /// <summary>Creates a dispatcher.</summary>
    /// <param name="db">The scope's context.</param>
    /// <param name="clock">The clock: leases, back-off and the digest's day.</param>
    /// <param name="options">Batch size, attempts, back-off and lease.</param>
    /// <param name="senders">The senders, one per channel (the last registered wins); a channel without one waits.</param>
    /// <param name="addresses">Where residents are reached; without it nothing is sent.</param>
    /// <param name="logger">Logs failed attempts.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public NotificationDispatcher(GovernanceDbContext db, IClock clock, NotificationOptions options, IEnumerable<INotificationSender> senders, INotificationAddressBook? addresses = null, ILogger<NotificationDispatcher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(senders);
        _db = db;
        _clock = clock;
        _options = options;
        var byChannel = new Dictionary<NotificationChannel, INotificationSender>();
        foreach (var sender in senders)
        {
            byChannel[sender.Channel] = sender;
        }

        _senders = byChannel;
        _addresses = addresses;
        _logger = logger;
    }

    /// <summary>Sends the notifications that are due, one batch, and releases those whose dispatcher stopped mid-send.</summary>
    /// <param name="cancellationToken">Cancels the run; a notification claimed and not yet sent is released when its lease ends.</param>
    /// <returns>How many notifications this run delivered.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        if (_addresses is null || _senders.Count == 0)
        {
            return 0;
        }

        var now = _clock.GetCurrentInstant();
        await ReleaseExpiredAsync(now, cancellationToken);
        var delivered = 0;
        foreach (var channel in _senders.Keys)
        {
            var due = await Rows()
                .Where(n => n.State == NotificationState.Pending && n.Channel == channel && (n.NextAttemptAt == null || n.NextAttemptAt <= now))
                .OrderBy(n => n.Id)
                .Take(_options.DispatchBatchSize)
                .ToListAsync(cancellationToken);
            foreach (var notification in due)
            {
                var attempt = notification.Attempts + 1;
                if (!await ClaimAsync([notification.Id], NotificationState.Pending, attempt, null, cancellationToken))
                {
                    continue;
                }

                var message = await MessageAsync(notification.Key, notification.ResidentId, channel, notification.Language, notification.Subject, notification.Body, cancellationToken);
                if (await SendAsync(message, [notification.Id], attempt, NotificationState.Pending, cancellationToken))
                {
                    delivered++;
                }
            }
        }

        return delivered;
    }

    /// <summary>
    /// Sends the daily digests of days that have ended in the city: one message per resident, channel and day, holding
    /// every notification of that day, with a key made of the three (so a digest sent again is the same message).
    /// </summary>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>How many digests this run delivered.</returns>
    public async Task<int> RunDigestsAsync(CancellationToken cancellationToken = default)
    {
        if (_addresses is null || _senders.Count == 0)
        {
            return 0;
        }

        var now = _clock.GetCurrentInstant();
        var today = PersianDates.TodayInCity(_clock);
        await ReleaseExpiredAsync(now, cancellationToken);
        var delivered = 0;
        foreach (var channel in _senders.Keys)
        {
            var waiting = await Rows()
                .Where(n => n.State == NotificationState.AwaitingDigest && n.Channel == channel && n.DigestDate < today && (n.NextAttemptAt == null || n.NextAttemptAt <= now))
                .Select(n => new { n.Id, n.ResidentId, n.DigestDate, n.Attempts })
                .ToListAsync(cancellationToken);
            foreach (var day in waiting.GroupBy(n => (n.ResidentId, Date: n.DigestDate!.Value)).Take(_options.DispatchBatchSize))
            {
                var key = string.Create(CultureInfo.InvariantCulture, $"digest-{day.Key.ResidentId.Value:N}-{channel}-{day.Key.Date:yyyyMMdd}");
                var attempt = day.Max(n => n.Attempts) + 1;
                if (!await ClaimAsync([.. day.Select(n => n.Id)], NotificationState.AwaitingDigest, attempt, key, cancellationToken))
                {
                    continue;
                }

                var rows = await Rows().Where(n => n.DigestKey == key && n.State == NotificationState.Sending).OrderBy(n => n.Id).ToListAsync(cancellationToken);
                var language = rows[0].Language;
                var subject = language == "en"
                    ? string.Create(CultureInfo.InvariantCulture, $"Your daily digest for {PersianDates.FormatLatin(day.Key.Date)}: {rows.Count} notifications")
                    : $"خلاصهٔ روزانهٔ {PersianDates.FormatLong(day.Key.Date)}: {PersianDigits.Format(rows.Count)} اعلان";
                var body = string.Join("\n\n", rows.Select(n => n.Subject + "\n" + n.Body));
                var message = await MessageAsync(key, day.Key.ResidentId, channel, language, subject, body, cancellationToken);
                if (await SendAsync(message, [.. rows.Select(n => n.Id)], attempt, NotificationState.AwaitingDigest, cancellationToken))
                {
                    delivered++;
                }
            }
        }

        return delivered;
    }

    private IQueryable<Notification> Rows() => _db.Set<Notification>().AsNoTracking();

    private async Task<NotificationMessage?> MessageAsync(string key, ResidentId resident, NotificationChannel channel, string language, string subject, string body, CancellationToken cancellationToken) =>
        await _addresses!.AddressAsync(resident, channel, cancellationToken) is { Length: > 0 } address
            ? new NotificationMessage(key, resident, channel, address, language, subject, body)
            : null;

    /// <summary>Takes rows from a state to Sending, holding them for the lease; only rows still in that state are taken.</summary>
    private async Task<bool> ClaimAsync(long[] ids, NotificationState from, int attempt, string? digestKey, CancellationToken cancellationToken)
    {
        var lease = _clock.GetCurrentInstant() + _options.Lease;
        return await _db.Set<Notification>()
            .Where(n => ids.Contains(n.Id) && n.State == from)
            .ExecuteUpdateAsync(
                s => s.SetProperty(n => n.State, NotificationState.Sending)
                    .SetProperty(n => n.Attempts, attempt)
                    .SetProperty(n => n.LeaseUntil, lease)
                    .SetProperty(n => n.DigestKey, digestKey),
                cancellationToken) > 0;
    }

    /// <summary>Sends, then records the delivery; a failure schedules the next attempt or gives up.</summary>
    private async Task<bool> SendAsync(NotificationMessage? message, long[] ids, int attempt, NotificationState retryState, CancellationToken cancellationToken)
    {
        var claimed = _db.Set<Notification>().Where(n => ids.Contains(n.Id) && n.State == NotificationState.Sending && n.Attempts == attempt);
        if (message is null)
        {
            await claimed.ExecuteUpdateAsync(
                s => s.SetProperty(n => n.State, NotificationState.Failed).SetProperty(n => n.LeaseUntil, (Instant?)null).SetProperty(n => n.LastError, "The resident has no address on this channel."),
                cancellationToken);
            return false;
        }

        try
        {
            await _senders[message.Channel].SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var now = _clock.GetCurrentInstant();
            var giveUp = attempt >= _options.MaxAttempts;
            var next = now + _options.RetryDelay(attempt);
            var error = exception.GetType().Name + ": " + exception.Message;
            error = error.Length <= 1000 ? error : error[..1000];
            if (_logger is not null)
            {
                NotificationLog.AttemptFailed(_logger, exception, message.Key, attempt, giveUp);
            }
            await claimed.ExecuteUpdateAsync(
                s => s.SetProperty(n => n.State, giveUp ? NotificationState.Failed : retryState)
                    .SetProperty(n => n.NextAttemptAt, giveUp ? null : next)
                    .SetProperty(n => n.LeaseUntil, (Instant?)null)
                    .SetProperty(n => n.DigestKey, retryState == NotificationState.AwaitingDigest ? null : message.Key)
                    .SetProperty(n => n.LastError, error),
                CancellationToken.None);
            return false;
        }

        // The channel has it: record that even if the caller is stopping, or it would be sent again.
        var deliveredAt = _clock.GetCurrentInstant();
        await claimed.ExecuteUpdateAsync(
            s => s.SetProperty(n => n.State, NotificationState.Delivered).SetProperty(n => n.DeliveredAt, deliveredAt).SetProperty(n => n.LeaseUntil, (Instant?)null),
            CancellationToken.None);
        return true;
    }

    /// <summary>Rows still Sending after their lease: their dispatcher stopped; they go back to wait, and are sent again with the same key.</summary>
    private async Task ReleaseExpiredAsync(Instant now, CancellationToken cancellationToken)
    {
        var expired = _db.Set<Notification>().Where(n => n.State == NotificationState.Sending && n.LeaseUntil < now);
        await expired.Where(n => n.DigestDate == null).ExecuteUpdateAsync(
            s => s.SetProperty(n => n.State, NotificationState.Pending).SetProperty(n => n.LeaseUntil, (Instant?)null),
            cancellationToken);
        await expired.Where(n => n.DigestDate != null).ExecuteUpdateAsync(
            s => s.SetProperty(n => n.State, NotificationState.AwaitingDigest).SetProperty(n => n.LeaseUntil, (Instant?)null).SetProperty(n => n.DigestKey, (string?)null),
            cancellationToken);
    }
}
