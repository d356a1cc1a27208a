using Microsoft.Extensions.Logging;

namespace ParticipatoryGovernance.EntityFrameworkCore.Notifications;

/// <summary>The notification worker's and dispatcher's log messages.</summary>
internal static partial class NotificationLog
{
    [LoggerMessage(EventId = 1901, Level = LogLevel.Warning, Message = "Notification {Key} attempt {Attempt} failed (given up: {GaveUp}).")]
    public static partial void AttemptFailed(ILogger logger, Exception exception, string key, int attempt, bool gaveUp);

    [LoggerMessage(EventId = 1902, Level = LogLevel.Error, Message = "A notification pass failed; the next starts after the pause.")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}
