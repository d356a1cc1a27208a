using Microsoft.Extensions.Logging;

namespace ParticipatoryGovernance.Diagnostics;

/// <summary>The library's log messages about commands (source-generated: no formatting when the level is off).</summary>
internal static partial class CommandLog
{
    /// <summary>A command threw: a fault (the database is gone, say), never a person's input, which is refused instead.</summary>
    [LoggerMessage(EventId = 1001, EventName = "CommandThrew", Level = LogLevel.Error, Message = "Command {Command} threw")]
    public static partial void Threw(ILogger logger, string command, Exception exception);
}
