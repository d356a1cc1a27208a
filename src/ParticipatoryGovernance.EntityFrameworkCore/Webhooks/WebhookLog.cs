using Microsoft.Extensions.Logging;

namespace ParticipatoryGovernance.EntityFrameworkCore.Webhooks;

/// <summary>The webhook parts' log messages.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {Key} failed on attempt {Attempt} (given up: {GaveUp}): {Error}")]
    public static partial void AttemptFailed(ILogger logger, string key, int attempt, bool gaveUp, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook pass failed; the worker goes on")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}
