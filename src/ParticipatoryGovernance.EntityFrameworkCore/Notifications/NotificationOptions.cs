using NodaTime;

namespace ParticipatoryGovernance.EntityFrameworkCore.Notifications;

/// <summary>How the notification fan-out and dispatcher pace themselves. Register your own instance before the storage to change them.</summary>
/// <remarks>Read by the fan-out, the dispatcher and the worker on every run; change it only before they start.</remarks>
public sealed class NotificationOptions
{
    /// <summary>How many stored events one fan-out transaction reads. Default 100.</summary>
    public int FanOutBatchSize { get; set; } = 100;

    /// <summary>How many notifications one dispatcher run sends, and how many digests. Default 50.</summary>
    public int DispatchBatchSize { get; set; } = 50;

    /// <summary>How many attempts a notification gets before it is recorded as failed. Default 6.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait after the first failed attempt; each further failure doubles it. Default 30 seconds.</summary>
    public Duration FirstRetryDelay { get; set; } = Duration.FromSeconds(30);

    /// <summary>The longest wait between attempts. Default one hour.</summary>
    public Duration MaxRetryDelay { get; set; } = Duration.FromHours(1);

    /// <summary>
    /// How long a dispatcher holds a notification it claimed; one still being sent after that (its dispatcher stopped) is
    /// sent again, with the same key. Default two minutes.
    /// </summary>
    public Duration Lease { get; set; } = Duration.FromMinutes(2);

    /// <summary>
    /// How long the fan-out waits at a hole in the event sequence before passing it: on PostgreSQL a writer that took an
    /// earlier number may commit after a later one; a hole older than this was a rolled-back write. Default 30 seconds.
    /// </summary>
    public Duration GapWait { get; set; } = Duration.FromSeconds(30);

    /// <summary>How long the <see cref="NotificationWorker"/> rests between runs that found nothing to do. Default 5 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1, after <paramref name="attempts"/> failures.</summary>
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
