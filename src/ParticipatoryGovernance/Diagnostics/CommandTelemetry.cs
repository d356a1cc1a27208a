using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Diagnostics;

/// <summary>
/// Runs a command handler with its telemetry: an activity named after the command (tags: municipality, outcome, the
/// refusing rule), the <see cref="GovernanceTelemetry.Instruments.Commands"/> counter and
/// <see cref="GovernanceTelemetry.Instruments.CommandDuration"/> histogram, and a log scope carrying the command and
/// the municipality, so that whatever the storage logs while the command runs says which act it was.
/// </summary>
/// <remarks>
/// Handlers resolved as <see cref="ICommandHandler{TCommand, TResult}"/> from the container that
/// <c>AddParticipatoryGovernance</c> filled already run through it (<see cref="ObservedCommandHandler{TCommand, TResult}"/>);
/// a host that holds a concrete handler calls <see cref="HandleObservedAsync{TCommand, TResult}(ICommandHandler{TCommand, TResult}, TCommand, CancellationToken)"/>.
/// With nobody listening and no logger, the cost is two checks and no allocation besides the handler's own.
/// </remarks>
public static class CommandTelemetry
{
    private static readonly Counter<long> Commands = GovernanceTelemetry.Meter.CreateCounter<long>(
        GovernanceTelemetry.Instruments.Commands, "{command}", "Commands handled, by command, outcome and refusing rule.");

    private static readonly Histogram<double> Duration = GovernanceTelemetry.Meter.CreateHistogram(
        GovernanceTelemetry.Instruments.CommandDuration,
        "s",
        "How long commands took, by command, outcome and refusing rule.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10] });

    private static readonly Func<ILogger, string, MunicipalityScope, IDisposable?> Scope =
        LoggerMessage.DefineScope<string, MunicipalityScope>("Command {Command} in municipality {MunicipalityId}");

    /// <summary>Handles a command as <see cref="ICommandHandler{TCommand, TResult}.HandleAsync"/> does, reporting it.</summary>
    /// <typeparam name="TCommand">The act.</typeparam>
    /// <typeparam name="TResult">What it produces.</typeparam>
    /// <param name="handler">The handler.</param>
    /// <param name="command">The raw input.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The handler's result, unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> or <paramref name="command"/> is null.</exception>
    public static Task<Result<TResult>> HandleObservedAsync<TCommand, TResult>(this ICommandHandler<TCommand, TResult> handler, TCommand command, CancellationToken cancellationToken)
        where TCommand : ICommand<TResult> =>
        HandleObservedAsync(handler, command, null, cancellationToken);

    /// <summary>Handles a command as <see cref="ICommandHandler{TCommand, TResult}.HandleAsync"/> does, reporting it and logging within its scope.</summary>
    /// <typeparam name="TCommand">The act.</typeparam>
    /// <typeparam name="TResult">What it produces.</typeparam>
    /// <param name="handler">The handler.</param>
    /// <param name="command">The raw input.</param>
    /// <param name="logger">
    /// Begins the scope (command, municipality) the command runs in, and logs a command that threw; null for none.
    /// Scopes are shared by every logger of one logger factory, so the storage's logs carry it too.
    /// </param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The handler's result, unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> or <paramref name="command"/> is null.</exception>
    public static async Task<Result<TResult>> HandleObservedAsync<TCommand, TResult>(this ICommandHandler<TCommand, TResult> handler, TCommand command, ILogger? logger, CancellationToken cancellationToken = default)
        where TCommand : ICommand<TResult>
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(command);
        var name = CommandName<TCommand>.Value;
        var measured = Commands.Enabled || Duration.Enabled;
        var started = measured ? Stopwatch.GetTimestamp() : 0;
        using var activity = GovernanceTelemetry.Source.HasListeners() ? GovernanceTelemetry.Source.StartActivity(name) : null;
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(GovernanceTelemetry.Tags.Command, name);
            activity.SetTag(GovernanceTelemetry.Tags.Municipality, command.Municipality.Value.ToString());
        }

        using var scope = logger is null ? null : Scope(logger, name, new MunicipalityScope(command.Municipality.Value));
        try
        {
            var result = await handler.HandleAsync(command, cancellationToken);
            var rule = result.IsSuccess ? null : result.Violations[0].Rule;
            var outcome = result.IsSuccess ? GovernanceTelemetry.Tags.Succeeded : GovernanceTelemetry.Tags.Refused;
            if (activity is not null)
            {
                activity.SetTag(GovernanceTelemetry.Tags.Outcome, outcome);
                activity.SetTag(GovernanceTelemetry.Tags.RuleId, rule);
            }

            if (measured)
            {
                Record(name, outcome, rule, null, started);
            }

            return result;
        }
        catch (Exception exception)
        {
            var cancelled = exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
            activity?.SetTag(GovernanceTelemetry.Tags.Outcome, GovernanceTelemetry.Tags.Failed)
                .SetTag(GovernanceTelemetry.Tags.ErrorType, exception.GetType().FullName)
                .SetStatus(ActivityStatusCode.Error, cancelled ? "cancelled" : exception.Message);
            if (measured)
            {
                Record(name, GovernanceTelemetry.Tags.Failed, null, exception.GetType().FullName, started);
            }

            if (!cancelled && logger is not null)
            {
                CommandLog.Threw(logger, name, exception);
            }

            throw;
        }
    }

    private static void Record(string name, string outcome, string? rule, string? error, long started)
    {
        var tags = new TagList
        {
            { GovernanceTelemetry.Tags.Command, name },
            { GovernanceTelemetry.Tags.Outcome, outcome },
        };
        if (rule is not null)
        {
            tags.Add(GovernanceTelemetry.Tags.RuleId, rule);
        }

        if (error is not null)
        {
            tags.Add(GovernanceTelemetry.Tags.ErrorType, error);
        }

        Commands.Add(1, tags);
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }

    /// <summary>The municipality in a log scope, formatted only when a provider writes the scope.</summary>
    private readonly record struct MunicipalityScope(Guid Id)
    {
        public override string ToString() => Id.ToString();
    }

    /// <summary>A command's type name, computed once per type.</summary>
    private static class CommandName<TCommand>
    {
        public static readonly string Value = typeof(TCommand).Name;
    }
}
