using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Webhooks;

namespace ParticipatoryGovernance.EntityFrameworkCore.Webhooks;

/// <summary>
/// Posts the deliveries the fan-out wrote, signed (<see cref="WebhookSignature"/>): each is claimed (its state and lease
/// stored) before it is posted and recorded after, so a dispatcher stopped in between leaves it to be posted again once
/// the lease ends, with the same <c>Webhook-Id</c>. A failure (an answer other than 2xx, a time-out, a refused
/// connection) is retried with exponential back-off and jitter up to <see cref="WebhookOptions.MaxAttempts"/>; a
/// subscription whose last <see cref="WebhookOptions.PauseAfterFailedDeliveries"/> deliveries failed is paused, with the reason.
/// </summary>
/// <remarks>
/// Several dispatchers may run against one database: a claim is a conditional update, so each delivery is held by one
/// at a time. Scoped, like its context; not thread-safe. The <see cref="WebhookWorker"/> runs it.
/// </remarks>
public sealed class WebhookDispatcher
{
    private readonly GovernanceDbContext _db;
    private readonly IClock _clock;
    private readonly WebhookOptions _options;
    private readonly WebhookClient _client;
    private readonly ILogger? _logger;

    /// <summary>Creates a dispatcher.</summary>
    /// <param name="db">The scope's context.</param>
    /// <param name="clock">The clock: leases, back-off and the signature's timestamp.</param>
    /// <param name="options">Batch size, attempts, back-off, time-out and lease.</param>
    /// <param name="client">The HTTP client (public addresses only).</param>
    /// <param name="logger">Logs failed attempts.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public WebhookDispatcher(GovernanceDbContext db, IClock clock, WebhookOptions options, WebhookClient client, ILogger<WebhookDispatcher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(client);
        _db = db;
        _clock = clock;
        _options = options;
        _client = client;
        _logger = logger;
    }

    /// <summary>Posts the deliveries that are due, one batch, and releases those whose dispatcher stopped mid-post.</summary>
    /// <param name="cancellationToken">Cancels the run; a delivery claimed and not yet posted is released when its lease ends.</param>
    /// <returns>How many deliveries this run delivered.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = _clock.GetCurrentInstant();
        await _db.Set<WebhookDelivery>().Where(d => d.State == WebhookDeliveryState.Sending && d.LeaseUntil < now).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.State, WebhookDeliveryState.Pending).SetProperty(d => d.LeaseUntil, (Instant?)null),
            cancellationToken);
        var due = await (
                from d in _db.Set<WebhookDelivery>().AsNoTracking()
                join s in _db.Set<StoredWebhookSubscription>().AsNoTracking() on d.SubscriptionId equals s.Id
                where d.State == WebhookDeliveryState.Pending && (d.NextAttemptAt == null || d.NextAttemptAt <= now) && s.IsActive
                orderby d.Id
                select new Due(d.Id, d.Attempts, d.EventSequence, d.EventType, s.Id, s.MunicipalityId, s.Url, s.Secret))
            .Take(_options.DispatchBatchSize)
            .ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var delivery in due)
        {
            var attempt = delivery.Attempts + 1;
            var lease = _clock.GetCurrentInstant() + _options.Lease;
            var claimed = await _db.Set<WebhookDelivery>().Where(d => d.Id == delivery.Id && d.State == WebhookDeliveryState.Pending && d.Attempts == delivery.Attempts)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, WebhookDeliveryState.Sending).SetProperty(d => d.Attempts, attempt).SetProperty(d => d.LeaseUntil, lease), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            if (await PostAsync(delivery, attempt, cancellationToken))
            {
                delivered++;
            }
        }

        return delivered;
    }

    /// <summary>The JSON body posted for a stored event: <c>{id, type, occurredAt, municipality, sequence, data}</c>.</summary>
    internal static string Body(string key, string type, Instant occurredAt, Guid municipality, long sequence, string payload)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", key);
            writer.WriteString("type", type);
            writer.WriteString("occurredAt", InstantPattern.ExtendedIso.Format(occurredAt));
            writer.WriteString("municipality", municipality);
            writer.WriteNumber("sequence", sequence);
            writer.WritePropertyName("data");
            writer.WriteRawValue(payload);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private async Task<bool> PostAsync(Due delivery, int attempt, CancellationToken cancellationToken)
    {
        var claimed = _db.Set<WebhookDelivery>().Where(d => d.Id == delivery.Id && d.State == WebhookDeliveryState.Sending && d.Attempts == attempt);
        var stored = await _db.DomainEvents.AsNoTracking().Where(e => e.Sequence == delivery.EventSequence).Select(e => new { e.RecordedAt, e.Payload }).FirstOrDefaultAsync(cancellationToken);
        int? status = null;
        string? error;
        if (stored is null)
        {
            error = "The stored event is gone.";
        }
        else
        {
            var key = WebhookDelivery.KeyOf(delivery.Id);
            var body = Body(key, delivery.EventType, stored.RecordedAt, delivery.Municipality, delivery.EventSequence, stored.Payload);
            var timestamp = _clock.GetCurrentInstant().ToUnixTimeSeconds();
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(delivery.Url, UriKind.Absolute))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(WebhookSignature.IdHeader, key);
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(delivery.Secret, timestamp, body));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            try
            {
                status = await _client.SendAsync(request, timeout.Token);
                error = status is >= 200 and < 300 ? null : string.Create(CultureInfo.InvariantCulture, $"The receiver answered {status}.");
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                error = exception is OperationCanceledException
                    ? string.Create(CultureInfo.InvariantCulture, $"No answer within {_options.Timeout.TotalSeconds:0.#} seconds.")
                    : exception.GetType().Name + ": " + exception.Message;
            }
        }

        if (error is null)
        {
            // The receiver has it: record that even if the caller is stopping, or it would be posted again.
            var deliveredAt = _clock.GetCurrentInstant();
            await claimed.ExecuteUpdateAsync(
                s => s.SetProperty(d => d.State, WebhookDeliveryState.Delivered).SetProperty(d => d.DeliveredAt, deliveredAt)
                    .SetProperty(d => d.LeaseUntil, (Instant?)null).SetProperty(d => d.LastStatus, status).SetProperty(d => d.LastError, (string?)null),
                CancellationToken.None);
            await _db.Set<StoredWebhookSubscription>().Where(s => s.Id == delivery.Subscription && s.ConsecutiveFailures > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsecutiveFailures, 0), CancellationToken.None);
            return true;
        }

        var now = _clock.GetCurrentInstant();
        var giveUp = attempt >= _options.MaxAttempts || stored is null;
        var next = now + Jittered(_options.RetryDelay(attempt));
        error = error.Length <= 1000 ? error : error[..1000];
        if (_logger is not null)
        {
            WebhookLog.AttemptFailed(_logger, WebhookDelivery.KeyOf(delivery.Id), attempt, giveUp, error);
        }

        await claimed.ExecuteUpdateAsync(
            s => s.SetProperty(d => d.State, giveUp ? WebhookDeliveryState.Failed : WebhookDeliveryState.Pending)
                .SetProperty(d => d.NextAttemptAt, giveUp ? null : next)
                .SetProperty(d => d.LeaseUntil, (Instant?)null)
                .SetProperty(d => d.LastStatus, status)
                .SetProperty(d => d.LastError, error),
            CancellationToken.None);
        if (giveUp)
        {
            await CountFailureAsync(delivery.Subscription);
        }

        return false;
    }

    /// <summary>One more delivery of the subscription failed; enough in a row pause it, saying why.</summary>
    private async Task CountFailureAsync(Guid subscription)
    {
        var subscriptions = _db.Set<StoredWebhookSubscription>().Where(s => s.Id == subscription);
        await subscriptions.ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsecutiveFailures, x => x.ConsecutiveFailures + 1), CancellationToken.None);
        var most = _options.PauseAfterFailedDeliveries;
        var reason = new LocalizedText(
            $"پس از {Calendar.PersianDigits.Format(most)} ارسال ناموفق پیاپی خودکار متوقف شد؛ گیرنده را بررسی و سپس وب‌هوک را از سر بگیرید.",
            string.Create(CultureInfo.InvariantCulture, $"Paused automatically after {most} failed deliveries in a row; check the receiver, then resume the webhook."));
        await subscriptions.Where(s => s.IsActive && s.ConsecutiveFailures >= most).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.IsActive, false).SetProperty(x => x.PausedReasonFa, reason.Persian).SetProperty(x => x.PausedReasonEn, reason.English),
            CancellationToken.None);
    }

    /// <summary>The delay with a random fifth added or taken away, so that receivers coming back are not met by every retry at once.</summary>
    private static Duration Jittered(Duration delay) =>
        Duration.FromTicks((long)(delay.BclCompatibleTicks * (0.8 + (0.4 * Random.Shared.NextDouble()))));

    private sealed record Due(long Id, int Attempts, long EventSequence, string EventType, Guid Subscription, Guid Municipality, string Url, string Secret);
}
