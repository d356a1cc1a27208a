using NodaTime;

namespace ParticipatoryGovernance.EntityFrameworkCore.Webhooks;

/// <summary>How the webhook fan-out and dispatcher pace themselves. Register your own instance before the storage to change them.</summary>
/// <remarks>Read on every run; change it only before they start.</remarks>
public sealed class WebhookOptions
{
    /// <summary>How many stored events one fan-out transaction reads. Default 100.</summary>
    public int FanOutBatchSize { get; set; } = 100;

    /// <summary>How many deliveries one dispatcher run posts. Default 50.</summary>
    public int DispatchBatchSize { get; set; } = 50;

    /// <summary>How many attempts a delivery gets before it is recorded as failed. Default 8.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed attempt; each further failure doubles it, and a random fifth either way is added (jitter). Default 30 seconds.</summary>
    public Duration FirstRetryDelay { get; set; } = Duration.FromSeconds(30);

    /// <summary>The longest wait between attempts, before jitter. Default six hours.</summary>
    public Duration MaxRetryDelay { get; set; } = Duration.FromHours(6);

    /// <summary>How long a receiver has to answer. Default ten seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a dispatcher holds a delivery it claimed; one still being posted after that (its dispatcher stopped) is
    /// posted again, with the same <c>Webhook-Id</c>. Default two minutes (longer than <see cref="Timeout"/>).
    /// </summary>
    public Duration Lease { get; set; } = Duration.FromMinutes(2);

    /// <summary>How many deliveries in a row may end failed before the subscription is paused. Default 5.</summary>
    public int PauseAfterFailedDeliveries { get; set; } = 5;

    /// <summary>How long the fan-out waits at a hole in the event sequence before passing it. Default 30 seconds.</summary>
    public Duration GapWait { get; set; } = Duration.FromSeconds(30);

    /// <summary>How long the <see cref="WebhookWorker"/> rests between runs that found nothing to do. Default 5 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1, after <paramref name="attempts"/> failures, without jitter.</summary>
    /// <param name="attempts">The failed attempts so far, at least 1.</param>
    /// <returns>The first delay doubled for each failure after the first, at most <see cref="MaxRetryDelay"/>.</returns>
    public Duration RetryDelay(int attempts)
    {
        var delay = FirstRetryDelay;
        for (var i = 1; i < attempts && delay < MaxRetryDelay; i++)
        {
            delay += delay;
        }

        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
