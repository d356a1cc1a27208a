using Microsoft.Extensions.Logging;

namespace ParticipatoryGovernance.EntityFrameworkCore.Diagnostics;

/// <summary>The storage package's log messages (source-generated: nothing formatted when the level is off).</summary>
internal static partial class StorageLog
{
    /// <summary>Every attempt of a change lost its race: the people behind it were refused with rule <c>persistence.ConcurrencyConflict</c>.</summary>
    [LoggerMessage(EventId = 2001, EventName = "ConcurrencyConflictGivenUp", Level = LogLevel.Warning,
        Message = "Gave up {Changes} change(s) to {Aggregate} after {Attempts} attempt(s) lost their race; the people were asked to try again")]
    public static partial void GaveUp(ILogger logger, string aggregate, int attempts, int changes);

    /// <summary>A budgeting round's outcome could not be computed; the worker tries again at its next check.</summary>
    [LoggerMessage(EventId = 2002, EventName = "BudgetingComputationFailed", Level = LogLevel.Error,
        Message = "Computing the outcome of budgeting round {BudgetingRound} failed; it is tried again at the next check")]
    public static partial void ComputationFailed(ILogger logger, Guid budgetingRound, Exception exception);
}
