using NodaTime;

namespace ParticipatoryGovernance.EntityFrameworkCore.Translation;

/// <summary>How the translation worker runs.</summary>
public sealed class TranslationOptions
{
    /// <summary>Events read per fan-out transaction. Default 200.</summary>
    public int FanOutBatchSize { get; init; } = 200;

    /// <summary>Translations requested per pass. Default 20.</summary>
    public int TranslateBatchSize { get; init; } = 20;

    /// <summary>How long to wait at a hole in the event sequence before passing it. Default 30 s.</summary>
    public Duration GapWait { get; init; } = Duration.FromSeconds(30);

    /// <summary>The first retry's delay; each later one doubles it. Default 1 minute.</summary>
    public Duration FirstRetryDelay { get; init; } = Duration.FromMinutes(1);

    /// <summary>Attempts before a request is marked failed. Default 5.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>How long a worker holds the rows it is translating. Default 2 minutes.</summary>
    public Duration ClaimFor { get; init; } = Duration.FromMinutes(2);

    /// <summary>The pause between passes that found nothing to do. Default 5 s.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);
}
